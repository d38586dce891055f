package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.AnnualReportLauncher;
import kr.seorona.analytics.operations.JobProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
