package kr.seorona.analytics.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the job (SIGKILL, a real child process) at 23 moments spread over the whole run, from the
 * job repository's creation of the job instance and the first second of {@code prepare} to every
 * step of the publish, and runs the same command again each time. The output folder holds an
 * earlier publication (a 2022-only run of other input), so that every partition, chart and report
 * the run replaces is seen.
 * <p>
 * The kills are chained to keep the test's time to about one run plus one JVM start per kill: each
 * restart is itself paused and killed at the next moment. At every kill, what a reader sees is
 * checked: before the publish the earlier publication with its exact manifest; during the publish
 * either no manifest or one describing exactly the files present. At the end the output must equal
 * that of an uninterrupted run into a fresh folder: the same files, Parquet rows equal both ways
 * (DuckDB {@code EXCEPT ALL}), charts and {@code rejects.csv} byte for byte. The killed runs start as
 * the launcher does (Spring AOT's generated bean definitions), the uninterrupted one the ordinary way.
 */
class KillAnywhereFunctionalTests {

	/** In run order; each is reachable after a kill at the one before. */
	static final List<String> MOMENTS = List.of("job-instance-created", "prepare-start", "prepare-end", "ingest",
			"ingest-finished", "statistics-participation", "charts", "documents", "publish-start",
			"publish-manifest-removed", "publish-datasets-journal", "prepare-recover-trash attendance/year=2022",
			"prepare-recover-place attendance/year=2022", "prepare-recover-place survey_responses/year=2022",
			"prepare-recover-journal deleted", "publish-after-datasets", "publish-charts-trashed",
			"publish-charts-placed", "publish-reports-trashed", "publish-reports-placed", "publish-index-written",
			"publish-manifest-written", "publish-staging-deleted");

	@TempDir
	Path root;

	@Test
	void killedAtAnyMomentTheSameCommandPublishesWhatAnUninterruptedRunPublishes() throws Exception {
		Path baseline = this.root.resolve("baseline");
		// the ordinary start, while the killed runs start as the launcher does (Spring AOT): the end
		// comparison also shows that both publish the same
		JobProcess uninterrupted = JobProcess.startOrdinary(this.root.resolve("baseline-repository"),
				"output=" + baseline);
		assertThat(uninterrupted.exitCode()).as(uninterrupted.output()).isZero();

		Path repository = this.root.resolve("repository");
		Path output = this.root.resolve("output");
		Path earlierInput = earlierInput();
		JobProcess earlier = JobProcess.start(repository, null, "input=" + earlierInput, "years=2022",
				"output=" + output);
		assertThat(earlier.exitCode()).as(earlier.output()).isZero();
		String earlierManifest = Files.readString(output.resolve("manifest.json"));

		List<String> killedAt = new ArrayList<>();
		for (String moment : MOMENTS) {
			JobProcess run = JobProcess.start(repository, moment, "output=" + output);
			assertThat(run.pausedAt(moment)).as("%s is reached after a kill at %s; output:%n%s", moment, killedAt,
					run.output()).isTrue();
			run.kill();
			killedAt.add(moment);
			assertThat(OutputComparison.manifestProblems(output)).as("manifest after a kill at %s", moment).isEmpty();
			if (MOMENTS.indexOf(moment) < MOMENTS.indexOf("publish-manifest-removed")) {
				assertThat(Files.readString(output.resolve("manifest.json")))
					.as("before the publish, readers see the earlier publication (kill at %s)", moment)
					.isEqualTo(earlierManifest);
			}
		}
		JobProcess last = JobProcess.start(repository, null, "output=" + output);
		assertThat(last.exitCode()).as(last.output()).isZero();

		assertThat(killedAt).hasSizeGreaterThanOrEqualTo(20);
		assertThat(OutputComparison.differences(baseline, output)).isEmpty();
		assertThat(output.resolve("manifest.json")).exists();
		assertThat(OutputComparison.manifestProblems(output)).isEmpty();
		try (var files = Files.list(output)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.as("no temporary files left in the output folder")
				.noneMatch((name) -> name.endsWith(".tmp"));
		}
	}

	/** The bundled 2022 input without its last 100 attendance rows: an earlier, different publication. */
	private Path earlierInput() throws Exception {
		Path input = this.root.resolve("earlier-input");
		Files.createDirectories(input.resolve("2022"));
		try (var files = Files.list(Path.of("data", "2022"))) {
			for (Path file : files.toList()) {
				Files.copy(file, input.resolve("2022").resolve(file.getFileName()));
			}
		}
		Path attendance = input.resolve("2022/attendance.csv");
		List<String> lines = Files.readAllLines(attendance);
		Files.write(attendance, lines.subList(0, lines.size() - 100));
		return input;
	}

}
