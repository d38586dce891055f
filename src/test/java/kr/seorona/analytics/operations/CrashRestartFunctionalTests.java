package kr.seorona.analytics.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real child process running the job (SIGKILL) at several points, restarts it with the
 * same command, and compares every output file with an uninterrupted run; a killed year partition
 * of the ingest is the only one run again. Also launches the same run twice at once: the second
 * is refused, and runs the year partitions on two threads: same output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRestartFunctionalTests {

	@TempDir
	static Path root;

	Path baseline;

	@BeforeAll
	void uninterruptedRun() throws Exception {
		this.baseline = root.resolve("baseline");
		JobProcess run = JobProcess.start(root.resolve("baseline-repository"), null,
				"output=" + this.baseline);
		assertThat(run.exitCode()).as(run.output()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest", "publish-after-datasets" })
	void killedRunRestartsToTheSameOutput(String point) throws Exception {
		Path repository = root.resolve("repository-" + point);
		Path output = root.resolve("output-" + point);
		JobProcess killed = JobProcess.start(repository, point, "output=" + output);
		killed.awaitPause(point);
		killed.kill();

		JobProcess restarted = JobProcess.start(repository, null, "output=" + output);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		assertThat(restarted.output()).contains("marking it FAILED to restart it");
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	@Test
	void onlyTheUnfinishedPartitionsOfAKilledRunRunAgain() throws Exception {
		Path repository = root.resolve("repository-partition");
		Path output = root.resolve("output-partition");
		// partitions run in name order: 2019 and 2020 are complete when 2021-attendance is killed, the
		// others not started
		JobProcess killed = JobProcess.start(repository, "ingest-2021-attendance", "output=" + output);
		killed.awaitPause("ingest-2021-attendance");
		killed.kill();

		JobProcess restarted = JobProcess.start(repository, null, "output=" + output);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		Map<Long, List<String>> partitions = partitionsByExecution(repository);
		List<String> first = new ArrayList<>(RemotePartitioningFunctionalTests.partitions(" COMPLETED", 2019, 2020));
		first.addAll(RemotePartitioningFunctionalTests.partitions(" FAILED", 2021, 2022));
		assertThat(partitions.values()).containsExactly(first,
				RemotePartitioningFunctionalTests.partitions(" COMPLETED", 2021, 2022));
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	@Test
	void yearPartitionsOnTwoThreadsGiveTheSameOutput() throws Exception {
		Path output = root.resolve("output-two-threads");
		JobProcess run = JobProcess.start(root.resolve("repository-two-threads"), null, "output=" + output,
				"--seorona.partitioning.local-threads=2");
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	/** The ingest partitions of each job execution in the child's H2 job repository: name and status. */
	private static Map<Long, List<String>> partitionsByExecution(Path repository) throws SQLException {
		Map<Long, List<String>> partitions = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + repository.resolve("jobrepository") + ";AUTO_SERVER=TRUE", "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS FROM "
						+ "BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'ingestPartition:%' ORDER BY STEP_NAME")) {
			while (rows.next()) {
				partitions.computeIfAbsent(rows.getLong(1), (id) -> new ArrayList<>())
					.add(rows.getString(2) + " " + rows.getString(3));
			}
		}
		return partitions;
	}

	@Test
	void aRunWhoseStagingFolderWasDeletedIsAbandonedForAFreshRun() throws Exception {
		Path repository = root.resolve("repository-deleted-staging");
		Path output = root.resolve("output-deleted-staging");
		JobProcess killed = JobProcess.start(repository, "charts", "output=" + output);
		killed.awaitPause("charts");
		killed.kill();
		RunLayout.deleteRecursively(output.resolve(RunLayout.STAGING_FOLDER));

		JobProcess restarted = JobProcess.start(repository, null, "output=" + output);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		assertThat(restarted.output()).contains("Abandoning it and starting a fresh run");
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	@Test
	void aPublishThatFailsPartWaySaysWhatItMovedAndTheSameCommandCompletesIt() throws Exception {
		Path repository = root.resolve("repository-failed-publish");
		Path output = root.resolve("output-failed-publish");
		Path resume = root.resolve("resume-failed-publish");
		JobProcess run = JobProcess.start(repository, "publish-after-datasets", resume, "output=" + output);
		run.awaitPause("publish-after-datasets");
		// index.html a non-empty folder: writing the page fails, as on a full disk
		java.nio.file.Files.createDirectories(output.resolve("index.html"));
		java.nio.file.Files.writeString(output.resolve("index.html/blocker"), "x");
		java.nio.file.Files.createFile(resume);
		assertThat(run.exitCode()).as(run.output()).isEqualTo(5);
		assertThat(run.output()).contains("FAILED while publishing")
			.containsPattern("publish stopped \\(done so far: manifest.json removed, [1-9]\\d* dataset partition "
					+ "folder\\(s\\) moved into place, charts/ replaced, reports/ replaced\\)")
			.doesNotContain("nothing was published");
		assertThat(output.resolve("manifest.json")).doesNotExist();
		assertThat(output.resolve(".index.html.tmp")).doesNotExist();

		RunLayout.deleteRecursively(output.resolve("index.html"));
		JobProcess restarted = JobProcess.start(repository, null, "output=" + output);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
		assertThat(OutputComparison.manifestProblems(output)).isEmpty();
	}

	@Test
	void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstRuns() throws Exception {
		Path repository = root.resolve("repository-concurrent");
		Path output = root.resolve("output-concurrent");
		JobProcess first = JobProcess.start(repository, "charts", "output=" + output);
		try {
			first.awaitPause("charts");
			// from another folder (its own job repository): one from the same folder would wait for the
			// job repository first (see ConcurrentRunsFunctionalTests)
			JobProcess second = JobProcess.start(root.resolve("repository-concurrent-other"), null, "output=" + output);
			assertThat(second.exitCode()).as(second.output()).isEqualTo(AnnualReportLauncher.EXIT_ALREADY_RUNNING);
			assertThat(second.output()).contains("Refused: another annualReport run is writing to");
		}
		finally {
			first.kill();
		}
	}

}
