package kr.seorona.analytics.operations;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real child process running the job (SIGKILL) at several points, restarts it with the
 * same command, and compares every output file with an uninterrupted run. Also launches the same
 * run twice at once: the second is refused.
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
	@ValueSource(strings = { "ingest", "ingest-finished", "statistics-participation", "charts",
			"publish-after-datasets" })
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
	void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstRuns() throws Exception {
		Path repository = root.resolve("repository-concurrent");
		Path output = root.resolve("output-concurrent");
		JobProcess first = JobProcess.start(repository, "charts", "output=" + output);
		try {
			first.awaitPause("charts");
			JobProcess second = JobProcess.start(repository, null, "output=" + output);
			assertThat(second.exitCode()).as(second.output()).isEqualTo(AnnualReportLauncher.EXIT_ALREADY_RUNNING);
			assertThat(second.output()).contains("Refused: another annualReport run is writing to");
		}
		finally {
			first.kill();
		}
	}

}
