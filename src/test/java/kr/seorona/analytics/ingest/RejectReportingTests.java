package kr.seorona.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Reject report, summary and reject limit. */
class RejectReportingTests {

	private static final InputFile SESSIONS = new InputFile(2022, RecordKind.SESSIONS, Path.of("2022/sessions.csv"),
			"2022/sessions.csv");

	private static final InputFile NETWORKS = new InputFile(2022, RecordKind.NETWORKS, Path.of("2022/networks.csv"),
			"2022/networks.csv");

	private static Reject reject(InputFile file, long line, String column, String value, String reason) {
		return Rejects.of(file, line, column, value, reason, "test");
	}

	@Test
	void reportIsUtf8WithBomCrlfSortedAndBilingual(@TempDir Path dir) throws Exception {
		Path report = dir.resolve("reports/rejects.csv");
		List<Reject> rejects = List.of(reject(SESSIONS, 9, "일자", "2022-02-30", "INVALID_DATE"),
				reject(NETWORKS, 3, "group", "장학사", "UNKNOWN_GROUP"), reject(SESSIONS, 2, null, null, "MALFORMED_QUOTES"),
				reject(SESSIONS, 9, "유형", "=HYPERLINK(\"x\")", "UNKNOWN_TYPE"),
				reject(SESSIONS, 4, "참석인원", "-3", "NEGATIVE_NUMBER"));
		RejectReportWriter.writeCsv(rejects, report);
		byte[] bytes = Files.readAllBytes(report);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("연도(year),파일(file),행(line),열(column),값(value),사유(reason),설명(message)\r\n"
				+ "2022,2022/networks.csv,3,group,장학사,UNKNOWN_GROUP,2022/networks.csv line 3, column 'group', value '장학사': test (UNKNOWN_GROUP)\r\n"
						.replace("2022/networks.csv line 3, column 'group', value '장학사': test (UNKNOWN_GROUP)",
								"\"2022/networks.csv line 3, column 'group', value '장학사': test (UNKNOWN_GROUP)\"")
				+ "2022,2022/sessions.csv,2,,,MALFORMED_QUOTES,2022/sessions.csv line 2: test (MALFORMED_QUOTES)\r\n"
				+ "2022,2022/sessions.csv,4,참석인원,-3,NEGATIVE_NUMBER,\"2022/sessions.csv line 4, column '참석인원', value '-3': test (NEGATIVE_NUMBER)\"\r\n"
				+ "2022,2022/sessions.csv,9,유형,\"'=HYPERLINK(\"\"x\"\")\",UNKNOWN_TYPE,\"2022/sessions.csv line 9, column '유형', value '=HYPERLINK(\"\"x\"\")': test (UNKNOWN_TYPE)\"\r\n"
				+ "2022,2022/sessions.csv,9,일자,2022-02-30,INVALID_DATE,\"2022/sessions.csv line 9, column '일자', value '2022-02-30': test (INVALID_DATE)\"\r\n");
	}

	@Test
	void theReportHasThePermissionsOfThePublishedFilesBesideIt(@TempDir Path dir) throws Exception {
		// the dashboard links it: an owner-only report (a temporary file's permissions) fails where the
		// output folder is served by another user
		Path report = dir.resolve("reports/rejects.csv");
		RejectReportWriter.writeCsv(List.of(reject(SESSIONS, 9, "일자", "2022-02-30", "INVALID_DATE")), report);
		Path beside = Files.writeString(dir.resolve("reports/ingest-summary.json"), "{}");
		assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(beside));
		try (var files = Files.list(dir.resolve("reports"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).doesNotContain(".rejects.csv.tmp");
		}
	}

	@Test
	void cellsStartingWithATabOrLineBreakBeforeAFormulaAreDefused(@TempDir Path dir) throws Exception {
		assertThat(RejectReportWriter.safeCell("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(RejectReportWriter.safeCell("\r=cmd|' /C calc'!A0")).isEqualTo("'\r=cmd|' /C calc'!A0");
		assertThat(RejectReportWriter.safeCell("\n@SUM(A1)")).isEqualTo("'\n@SUM(A1)");
		assertThat(RejectReportWriter.safeCell("+82 10")).isEqualTo("'+82 10");
		assertThat(RejectReportWriter.safeCell("-3")).isEqualTo("-3");
		assertThat(RejectReportWriter.safeCell("장학사")).isEqualTo("장학사");
		Path report = dir.resolve("rejects.csv");
		RejectReportWriter.writeCsv(List.of(reject(SESSIONS, 9, "유형", "\t=HYPERLINK(\"x\")", "UNKNOWN_TYPE")), report);
		try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(report)) {
			List<CsvRecord> records = csv.stream().toList();
			assertThat(records.get(1).getField(4)).isEqualTo("'\t=HYPERLINK(\"x\")");
			assertThat(records.get(1).getField(6)).doesNotStartWith("\t").doesNotStartWith("=");
		}
	}

	@Test
	void longValuesAreCutWithTheirLengthStated() {
		String huge = "x".repeat(5_000_000);
		Reject reject = Rejects.of(SESSIONS, 2, "group", huge, RejectReasons.UNKNOWN_GROUP,
				ValueParsers.integer(huge, false).detail());
		assertThat(reject.rawValue()).hasSize(Rejects.MAX_VALUE_CHARS + " (5,000,000 characters)".length() + 1)
			.endsWith("… (5,000,000 characters)");
		assertThat(reject.message()).hasSizeLessThan(1500).contains("(5,000,000 characters)");
	}

	@Test
	void rewritingReplacesTheReport(@TempDir Path dir) throws Exception {
		Path report = dir.resolve("rejects.csv");
		List<Reject> rejects = List.of(reject(SESSIONS, 2, null, null, "MALFORMED_QUOTES"));
		RejectReportWriter.writeCsv(rejects, report);
		byte[] first = Files.readAllBytes(report);
		RejectReportWriter.writeCsv(rejects, report);
		assertThat(Files.readAllBytes(report)).isEqualTo(first);
		try (var files = Files.list(dir)) {
			assertThat(files).containsExactly(report);
		}
	}

	@Test
	void summaryCountsRowsAndReasonsPerFile() {
		IngestSummary summary = new IngestSummary();
		summary.add(new ParsedRow<>(SESSIONS, 2, "ok", List.of()));
		summary.add(new ParsedRow<>(SESSIONS, 3, null, List.of(reject(SESSIONS, 3, "일자", "x", "INVALID_DATE"),
				reject(SESSIONS, 3, "유형", "y", "UNKNOWN_TYPE"))));
		summary.add(new ParsedRow<>(SESSIONS, 4, null, List.of(reject(SESSIONS, 4, "일자", "z", "INVALID_DATE"))));
		summary.add(new ParsedRow<>(NETWORKS, 2, "ok", List.of()));
		summary.add(new ParsedRow<>(NETWORKS, 3, "ok", List.of()));
		summary.addRejects(NETWORKS, List.of(reject(NETWORKS, 3, null, "N1", "DUPLICATE_NETWORK")));
		summary.addUnknownColumns(NETWORKS, List.of("비고"));
		assertThat(summary.files()).containsExactly(
				new FileSummary("2022/networks.csv", RecordKind.NETWORKS, 2022, 2, 1, 1,
						new TreeMap<>(Map.of("DUPLICATE_NETWORK", 1L))),
				new FileSummary("2022/sessions.csv", RecordKind.SESSIONS, 2022, 3, 1, 2,
						new TreeMap<>(Map.of("INVALID_DATE", 2L, "UNKNOWN_TYPE", 1L))));
		assertThat(summary.rowsRead()).isEqualTo(5);
		assertThat(summary.rejectedRows()).isEqualTo(3);
		assertThat(summary.unknownColumns()).containsExactly(Map.entry("2022/networks.csv", List.of("비고")));
		assertThat(summary.report()).contains("unused columns [비고]").contains("{INVALID_DATE=2, UNKNOWN_TYPE=1}");
	}

	private static IngestSummary summaryWith(int accepted, int rejected) {
		IngestSummary summary = new IngestSummary();
		for (int i = 0; i < accepted; i++) {
			summary.add(new ParsedRow<>(SESSIONS, i + 2, "ok", List.of()));
		}
		for (int i = 0; i < rejected; i++) {
			summary.add(new ParsedRow<>(SESSIONS, i + 100, null, List.of(reject(SESSIONS, i + 100, null, null, "X"))));
		}
		return summary;
	}

	@Test
	void rejectLimitByShare() {
		assertThatNoException().isThrownBy(() -> new RejectLimit(null, 0.05).check(summaryWith(95, 5)));
		assertThatExceptionOfType(RejectLimitExceededException.class)
			.isThrownBy(() -> new RejectLimit(null, 0.05).check(summaryWith(94, 6)))
			.withMessage("6 of 100 rows (6.0%) were rejected, more than the limit of 5.0%; see the reject report");
	}

	@Test
	void rejectLimitByCount() {
		assertThatNoException().isThrownBy(() -> new RejectLimit(2L, null).check(summaryWith(10, 2)));
		assertThatExceptionOfType(RejectLimitExceededException.class)
			.isThrownBy(() -> new RejectLimit(2L, 1.0).check(summaryWith(10, 3)))
			.withMessage("3 of 13 rows were rejected, more than the limit of 2 rows; see the reject report");
		assertThatNoException().isThrownBy(() -> RejectLimit.none().check(summaryWith(0, 50)));
	}

}
