package kr.seorona.analytics.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs at once, in real child processes: from one folder (one H2 job repository) with different
 * outputs, both complete; two runs into one {@code datasets=} location are serialised by its lock,
 * and runs of different job repositories never share a staging folder there.
 */
class ConcurrentRunsFunctionalTests {

	@TempDir
	Path root;

	@Test
	void twoRunsFromOneFolderWithDifferentOutputsBothComplete() throws Exception {
		Path repository = this.root.resolve("repository");
		Path resumeFirst = this.root.resolve("resume-first");
		Path resumeSecond = this.root.resolve("resume-second");
		JobProcess first = JobProcess.start(repository, "charts", resumeFirst, "output=" + this.root.resolve("first"));
		assertThat(first.pausedAt("charts")).as(first.output()).isTrue();
		JobProcess second = JobProcess.start(repository, "charts", resumeSecond,
				"output=" + this.root.resolve("second"));
		second.awaitLine("Waiting: another run from this folder");

		Files.createFile(resumeFirst);
		assertThat(first.exitCode()).as(first.output()).isZero();
		Files.createFile(resumeSecond);
		assertThat(second.exitCode()).as(second.output()).isZero();
		assertThat(OutputComparison.differences(this.root.resolve("first"), this.root.resolve("second"))).isEmpty();
	}

	@Test
	void twoRunsIntoOneDatasetsLocationAreSerialisedAndStageApart() throws Exception {
		Path lake = this.root.resolve("lake");
		Path repositoryA = this.root.resolve("repository-a");
		Path repositoryB = this.root.resolve("repository-b");
		JobProcess a = JobProcess.start(repositoryA, "charts", "output=" + this.root.resolve("a"), "datasets=" + lake);
		a.awaitPause("charts");
		JobProcess refused = JobProcess.start(repositoryB, null, "output=" + this.root.resolve("b"),
				"datasets=" + lake);
		assertThat(refused.exitCode()).as(refused.output()).isEqualTo(AnnualReportLauncher.EXIT_ALREADY_RUNNING);
		assertThat(refused.output()).contains("Refused: another annualReport run is writing datasets to");
		a.kill();

		// B (job instance 1 of its own repository, like A) runs 2022 while A's staged 2019-2022 wait
		JobProcess b = JobProcess.start(repositoryB, null, "output=" + this.root.resolve("b"), "datasets=" + lake,
				"years=2022");
		assertThat(b.exitCode()).as(b.output()).isZero();
		JobProcess restartedA = JobProcess.start(repositoryA, null, "output=" + this.root.resolve("a"),
				"datasets=" + lake);
		assertThat(restartedA.exitCode()).as(restartedA.output()).isZero();

		assertThat(attendanceRowsByYear(lake)).isEqualTo(inputRowsByYear("attendance.csv"));
		Path staging = lake.resolve(".seorona-staging");
		if (Files.exists(staging)) {
			try (var left = Files.list(staging)) {
				assertThat(left.toList()).as("staging folders left in the lake").isEmpty();
			}
		}
	}

	private static Map<Integer, Long> attendanceRowsByYear(Path lake) throws Exception {
		Map<Integer, Long> rows = new TreeMap<>();
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet result = statement.executeQuery("SELECT year, count(*) FROM read_parquet('"
						+ lake.resolve("datasets/attendance/*/*.parquet") + "', hive_partitioning = true) GROUP BY year")) {
			while (result.next()) {
				rows.put(result.getInt(1), result.getLong(2));
			}
		}
		return rows;
	}

	/** Data lines of the bundled input file of each year (every bundled attendance row is accepted). */
	private static Map<Integer, Long> inputRowsByYear(String file) throws Exception {
		Map<Integer, Long> rows = new TreeMap<>();
		for (int year : List.of(2019, 2020, 2021, 2022)) {
			rows.put(year, (long) Files.readAllLines(Path.of("data", String.valueOf(year), file)).size() - 1);
		}
		return rows;
	}

}
