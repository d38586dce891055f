package kr.seorona.analytics.jobs;

import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.operations.AnnualReportParameters;
import kr.seorona.analytics.report.ReadBack;
import kr.seorona.analytics.report.ReportFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-running one year after its input was corrected: a new job instance that replaces exactly that
 * year's record partitions, leaves the other years' files byte for byte, and still computes the
 * corrected year's year-over-year figures from the published previous year; the reports and the
 * dashboard's data quality still cover every published year, and so do the report documents.
 */
class RerunFunctionalTests extends JobTestSupport {

	@TempDir
	Path root;

	@Test
	void correctedYearIsANewInstanceThatReplacesOnlyThatYear() throws Exception {
		Path input = JobRuns.copy(Path.of("data"), this.root.resolve("input"));
		Path output = this.root.resolve("output");
		assertThat(run(Map.of("input", input.toString(), "output", output.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Map<String, byte[]> before = new HashMap<>();
		for (String dataset : List.of("networks", "sessions", "attendance", "survey_answers")) {
			for (int year = 2019; year <= 2021; year++) {
				String name = "datasets/" + dataset + "/year=" + year + "/part-00000.parquet";
				before.put(name, Files.readAllBytes(output.resolve(name)));
			}
		}
		long attendances2022 = count(output, "attendance", 2022);

		Path attendance = input.resolve("2022/attendance.csv");
		List<String> lines = Files.readAllLines(attendance, StandardCharsets.UTF_8);
		Files.write(attendance, lines.subList(0, lines.size() - 10), StandardCharsets.UTF_8);
		JobExecution corrected = run(Map.of("input", input.toString(), "output", output.toString(), "years", "2022"));

		assertThat(corrected.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(corrected.getJobParameters().getLong(AnnualReportParameters.RERUN)).isPositive();
		assertThat(count(output, "attendance", 2022)).isEqualTo(attendances2022 - 10);
		before.forEach((name, bytes) -> assertThat(output.resolve(name)).as(name).hasBinaryContent(bytes));
		// data quality still covers every published year, with the corrected year's new counts
		String summary = Files.readString(output.resolve("reports/ingest-summary.json"));
		for (int year = 2019; year <= 2022; year++) {
			assertThat(summary).contains("\"" + year + "/sessions.csv\"");
		}
		// every year's report documents are still published, each with its own year's data quality
		String manifest = Files.readString(output.resolve("manifest.json"));
		Definitions definitions = Definitions.load(Path.of("jobs"));
		for (int year = 2019; year <= 2022; year++) {
			String name = "reports/" + year + "/" + ReportFiles.name(definitions.identity(), year, Locale.KOREAN);
			assertThat(output.resolve(name + ".hwpx")).as(name).isRegularFile();
			assertThat(manifest).contains("\"path\" : \"" + name + ".docx\"");
			ReadBack document = ReadBack.docx(output.resolve(name + ".docx"));
			assertThat(document.allText()).as(name).contains(year + "/attendance.csv").contains(year + "/survey.csv");
		}
		String quality = Files.readString(output.resolve("index.html")).replaceAll("(?s).*<section id=\"quality\">", "")
			.replaceAll("(?s)</section>.*", "");
		assertThat(quality).contains("2019/attendance.csv").contains("2021/survey.csv").contains("2019–2022");
		assertThat(quality).containsPattern("2022/attendance.csv</code></td><td class=\"num\">"
				+ java.text.NumberFormat.getIntegerInstance(java.util.Locale.KOREAN).format(attendances2022 - 10) + "<");
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FILTER (WHERE meetings_change IS NULL AND suppression IS NULL), "
						+ "sum(attendances) FROM read_parquet('" + output.resolve("datasets/participation/year=2022/*.parquet")
						+ "')")) {
			rows.next();
			assertThat(rows.getLong(1)).as("2022 changes from the year before need the published 2021 "
					+ "(retention may be withheld where few returned, the changes are not)").isZero();
			assertThat(rows.getLong(2)).isLessThan(attendances2022);
		}
	}

	@Test
	void datasetsArePublishedUnderAFileSystemUriApartFromTheOutput() throws Exception {
		Path output = this.root.resolve("output");
		String lake = "file://" + this.root.resolve("lake").toAbsolutePath() + "/";
		JobExecution all = run(Map.of("input", "data", "output", output.toString(), "datasets", lake));
		assertThat(all.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JobExecution again = run(Map.of("input", "data", "output", output.toString(), "datasets", lake, "years", "2022"));
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(output.resolve("datasets")).doesNotExist();
		assertThat(output.resolve("index.html")).isRegularFile();
		assertChartsInBothLanguagesListedInTheManifest(output);
		Path staging = this.root.resolve("lake/.seorona-staging");
		if (Files.exists(staging)) {
			try (java.util.stream.Stream<Path> left = Files.list(staging)) {
				assertThat(left.toList()).as("staged datasets are removed after the commit").isEmpty();
			}
		}
		assertThat(count(this.root.resolve("lake"), "sessions", 2022)).isEqualTo(33);
		assertThat(count(this.root.resolve("lake"), "sessions", 2019)).isEqualTo(20);
	}

	/**
	 * Every chart is published in Korean and, under {@code charts/en/}, in English, all listed in the
	 * manifest; {@code index.html} shows the Korean charts and {@code index-en.html} the English ones.
	 */
	static void assertChartsInBothLanguagesListedInTheManifest(Path output) throws Exception {
		Path charts = output.resolve("charts");
		List<String> files;
		try (java.util.stream.Stream<Path> walk = Files.walk(charts)) {
			files = walk.filter(Files::isRegularFile)
				.map((file) -> charts.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		List<String> korean = files.stream().filter((file) -> !file.startsWith("en/")).toList();
		assertThat(korean).hasSizeGreaterThan(20).contains("2019-2022/participation-trend.svg");
		assertThat(files.stream().filter((file) -> file.startsWith("en/")).toList())
			.isEqualTo(korean.stream().map((file) -> "en/" + file).toList());
		String manifest = Files.readString(output.resolve("manifest.json"));
		assertThat(files).allSatisfy((file) -> assertThat(manifest).contains("\"charts/" + file + "\""));
		assertThat(output.resolve("index.html")).content().contains("<img src=\"charts/2019-2022/participation-trend.png\"");
		assertThat(output.resolve("index-en.html")).content()
			.contains("<img src=\"charts/en/2019-2022/participation-trend.png\"")
			.doesNotContain("<img src=\"charts/20");
	}

	private static long count(Path output, String dataset, int year) throws Exception {
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_parquet('"
						+ output.resolve("datasets").resolve(dataset).resolve("year=" + year) + "/*.parquet')")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
