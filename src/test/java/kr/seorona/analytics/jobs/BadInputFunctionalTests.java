package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.AnnualReportLauncher;
import kr.seorona.analytics.operations.JobProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input as an analyst meets it, through the real command line in a child process: one clear
 * message naming file and column, a non-zero exit code, no stack trace on the console, and
 * nothing published.
 */
class BadInputFunctionalTests {

	@TempDir
	Path root;

	@Test
	void aMissingRequiredColumnStopsTheRunBeforeAnyOutput() throws Exception {
		Path input = copyOfBundledData();
		dropColumn(input.resolve("2022/sessions.csv"), "date");
		Path output = this.root.resolve("output");

		JobProcess run = JobProcess.start(this.root.resolve("repository"), null, "input=" + input, "output=" + output);

		assertThat(run.exitCode()).isEqualTo(5);
		assertThat(run.output()).contains("2022/sessions.csv").contains("date").contains("annualReport FAILED");
		assertThat(run.output()).doesNotContain("\tat ").doesNotContain("Exception:");
		assertThat(publishedFiles(output)).isEmpty();
	}

	@Test
	void tooManyRejectedRowsFailTheRunAndPublishNothing() throws Exception {
		Path input = copyOfBundledData();
		Path attendance = input.resolve("2021/attendance.csv");
		List<String> lines = Files.readAllLines(attendance, StandardCharsets.UTF_8);
		for (int i = 1; i < 40; i++) {
			lines.set(i, lines.get(i).replaceFirst(",(PRINCIPAL|VICE_PRINCIPAL|TEACHER|PARENT|ADMIN_DIRECTOR|EDU_STAFF),",
					",UNKNOWN_GROUP_X,"));
		}
		Files.write(attendance, lines, StandardCharsets.UTF_8);
		Path output = this.root.resolve("output");

		JobProcess run = JobProcess.start(this.root.resolve("repository"), null, "input=" + input, "output=" + output,
				"maxRejectShare=0.01");

		assertThat(run.exitCode()).as(run.output()).isEqualTo(5);
		assertThat(run.output()).contains("rows were rejected").contains("maxRejectShare=0.01");
		assertThat(run.output()).contains("2021/attendance.csv").contains("UNKNOWN_GROUP");
		assertThat(run.output()).doesNotContain("\tat ");
		assertThat(publishedFiles(output)).isEmpty();

		// the analyst fixes the rejects with an alias: a changed definition is a new run, not a restart
		Path definitions = JobRuns.copy(Path.of("jobs"), this.root.resolve("jobs"));
		Path aliases = definitions.resolve("aliases.yml");
		Files.writeString(aliases, Files.readString(aliases).replace("PARENT: [학부모,", "PARENT: [UNKNOWN_GROUP_X, 학부모,"));
		JobProcess fixed = JobProcess.start(this.root.resolve("repository"), null, "input=" + input, "output=" + output,
				"maxRejectShare=0.01", "definitions=" + definitions);
		assertThat(fixed.exitCode()).as(fixed.output()).isZero();
		assertThat(fixed.output()).contains("annualReport COMPLETED");
	}

	@Test
	void invalidParametersExitWithCode2AndSayWhy() throws Exception {
		JobProcess run = JobProcess.start(this.root.resolve("repository"), null, "years=2017",
				"output=" + this.root.resolve("output"));
		assertThat(run.exitCode()).isEqualTo(AnnualReportLauncher.EXIT_INVALID_PARAMETERS);
		assertThat(run.output()).contains("Invalid parameters: parameter 'years': no input folder for [2017]");
	}

	@Test
	void anInputThatIsNotAReadableFileStopsTheRunAndKeepsThePublishedYear() throws Exception {
		Path input = copyOfBundledData();
		Path output = this.root.resolve("output");
		Path repository = this.root.resolve("repository");
		Map<String, String> published = published2022(repository, input, output);

		Path survey = input.resolve("2022/survey.csv");
		Files.delete(survey);
		Files.createDirectory(survey);
		assertRefused(repository, input, output, published, "2022/survey.csv is a folder, not a file");

		Files.delete(survey);
		Process mkfifo = new ProcessBuilder("mkfifo", survey.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor()).isZero();
		assertRefused(repository, input, output, published, "2022/survey.csv is not a regular file");

		Files.delete(survey);
		Files.createSymbolicLink(survey, input.resolve("2022/survey-old.csv"));
		assertRefused(repository, input, output, published, "2022/survey.csv is a symbolic link to");

		// a file the operating system will not read (root can read a chmod 000 file: /proc/self/mem gives EIO)
		Files.delete(survey);
		Files.createSymbolicLink(survey, Path.of("/proc/self/mem"));
		assertRefused(repository, input, output, published, "2022/survey.csv cannot be read");
	}

	@Test
	void anEmptyYearOrAYearWithoutAKindStopsTheRunUnlessAllowed() throws Exception {
		Path input = copyOfBundledData();
		Path output = this.root.resolve("output");
		Path repository = this.root.resolve("repository");
		Map<String, String> published = published2022(repository, input, output);

		Files.delete(input.resolve("2022/attendance.csv"));
		assertRefused(repository, input, output, published, "2022/", "has no attendance file", "allowEmpty=attendance");
		Files.copy(Path.of("data/2022/attendance.csv"), input.resolve("2022/attendance.csv"));

		Files.createDirectory(input.resolve("2023"));
		JobProcess all = JobProcess.start(repository, null, "input=" + input, "output=" + output);
		assertThat(all.exitCode()).as(all.output()).isEqualTo(5);
		assertThat(all.output()).contains("2023/").contains("has no input file").doesNotContain("\tat ");
		assertThat(snapshot(output)).isEqualTo(published);
		Files.delete(input.resolve("2023"));

		// a survey never run that year is a choice the analyst states
		Files.delete(input.resolve("2022/survey.csv"));
		assertRefused(repository, input, output, published, "has no survey file", "allowEmpty=survey");
		JobProcess allowed = JobProcess.start(repository, null, "input=" + input, "output=" + output, "years=2022",
				"allowEmpty=survey");
		assertThat(allowed.exitCode()).as(allowed.output()).isZero();
	}

	@Test
	void aJobParameterWrittenAsASpringOptionIsRefused() throws Exception {
		JobProcess run = JobProcess.start(this.root.resolve("repository"), null, "--years=2022",
				"output=" + this.root.resolve("output"));
		assertThat(run.exitCode()).as(run.output()).isEqualTo(AnnualReportLauncher.EXIT_INVALID_PARAMETERS);
		assertThat(run.output()).contains("'--years=...' is a Spring option").contains("years=...")
			.doesNotContain("annualReport COMPLETED");
	}

	@Test
	void anOutputFolderThatCannotBeCreatedIsNamed() throws Exception {
		JobProcess run = JobProcess.start(this.root.resolve("repository"), null, "output=/proc/seorona-x");
		assertThat(run.exitCode()).as(run.output()).isEqualTo(AnnualReportLauncher.EXIT_INVALID_PARAMETERS);
		assertThat(run.output()).contains("parameter 'output': cannot create the folder /proc/seorona-x")
			.doesNotContain("Application run failed").doesNotContain("\tat ");
	}

	/** Runs 2022 into the output and returns what it published. */
	private static Map<String, String> published2022(Path repository, Path input, Path output) throws Exception {
		JobProcess first = JobProcess.start(repository, null, "input=" + input, "output=" + output, "years=2022");
		assertThat(first.exitCode()).as(first.output()).isZero();
		Map<String, String> published = snapshot(output);
		assertThat(published.keySet()).anyMatch((name) -> name.contains("survey_responses"));
		return published;
	}

	/** Runs 2022 again: exit 5, one message with the given parts, the published files unchanged. */
	private static void assertRefused(Path repository, Path input, Path output, Map<String, String> published,
			String... message) throws Exception {
		JobProcess run = JobProcess.start(repository, null, "input=" + input, "output=" + output, "years=2022");
		assertThat(run.exitCode()).as(run.output()).isEqualTo(5);
		assertThat(run.output()).contains(message).doesNotContain("\tat ").doesNotContain("Exception:");
		assertThat(snapshot(output)).as(run.output()).isEqualTo(published);
	}

	/** The published files (not the hidden bookkeeping) and their SHA-256. */
	private static Map<String, String> snapshot(Path output) throws Exception {
		Map<String, String> files = new TreeMap<>();
		for (Path file : publishedFiles(output)) {
			files.put(output.relativize(file).toString(),
					HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
		}
		return files;
	}

	private Path copyOfBundledData() throws IOException {
		return JobRuns.copy(Path.of("data"), this.root.resolve("input"));
	}

	private static void dropColumn(Path file, String column) throws IOException {
		List<CsvRecord> records;
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
			records = reader.stream().toList();
		}
		int index = records.get(0).getFields().indexOf(column);
		assertThat(index).isNotNegative();
		try (CsvWriter csv = CsvWriter.builder().build(file)) {
			for (CsvRecord record : records) {
				List<String> fields = new ArrayList<>(record.getFields());
				fields.remove(index);
				csv.writeRecord(fields);
			}
		}
	}

	/** Files under the output folder other than the run's hidden bookkeeping (lock, staging). */
	private static List<Path> publishedFiles(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(output)) {
			return walk.filter(Files::isRegularFile)
				.filter((file) -> !output.relativize(file).toString().startsWith("."))
				.toList();
		}
	}

}
