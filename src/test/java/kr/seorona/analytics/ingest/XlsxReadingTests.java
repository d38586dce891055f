package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static kr.seorona.analytics.ingest.IngestFixtures.PARSERS;
import static kr.seorona.analytics.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** XLSX input, workbooks written by Apache POI in the test. */
class XlsxReadingTests {

	private static final Map<String, String> NETWORKS = Map.of("NET-1", "PRINCIPAL", "NET-2", "PARENT");

	@TempDir
	Path dir;

	/**
	 * A sessions sheet as Korean Excel users make it: a merged title row, a blank row, Korean
	 * headers, typed date cells (one with a time), numeric cells, a numeric cell formatted with
	 * thousands separators, a formula, a text date, a blank row in the middle.
	 */
	private Path sessionsWorkbook(String firstSheet, boolean date1904) throws IOException {
		Path file = this.dir.resolve("sessions.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			if (date1904) {
				workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
			}
			if (firstSheet != null) {
				workbook.createSheet(firstSheet).createRow(0).createCell(0).setCellValue("다른 시트");
			}
			Sheet sheet = workbook.createSheet("회의");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy. m. d. AM/PM h:mm"));
			CellStyle thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			sheet.createRow(0).createCell(0).setCellValue("2022학년도 서로나 네트워크 회의 현황");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
			Row header = sheet.createRow(2);
			String[] headers = { "회의ID", "네트워크ID", "회의일자", "유형", "운영방식", "시간(분)", "참석인원", "주제" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			Row r1 = sheet.createRow(3);
			r1.createCell(0).setCellValue("S-01");
			r1.createCell(1).setCellValue("NET-1");
			r1.createCell(2).setCellValue(LocalDate.of(2022, 4, 29));
			r1.getCell(2).setCellStyle(date);
			r1.createCell(3).setCellValue("정기");
			r1.createCell(4).setCellValue("대면");
			r1.createCell(5).setCellValue(90);
			r1.createCell(6).setCellValue(1200);
			r1.getCell(6).setCellStyle(thousands);
			r1.createCell(7).setCellValue("학교 자치");
			Row r2 = sheet.createRow(5);
			r2.createCell(0).setCellValue(1002);
			r2.createCell(1).setCellValue("NET-2");
			r2.createCell(2).setCellValue(LocalDateTime.of(2022, 5, 13, 15, 0));
			r2.getCell(2).setCellStyle(dateTime);
			r2.createCell(3).setCellValue("정기");
			r2.createCell(4).setCellValue("비대면");
			r2.createCell(5).setCellFormula("30*2");
			r2.createCell(6).setCellValue(20);
			Row r3 = sheet.createRow(6);
			r3.createCell(0).setCellValue("S-03");
			r3.createCell(2).setCellValue("2022. 11. 25.");
			r3.createCell(3).setCellValue("합동");
			r3.createCell(4).setCellValue("혼합");
			r3.createCell(5).setCellValue(120.5);
			r3.createCell(6).setCellValue(40);
			workbook.setForceFormulaRecalculation(true);
			org.apache.poi.ss.usermodel.FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			evaluator.evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	@Test
	void readsTypedCellsBelowTitleRows() throws IOException {
		InputFile file = IngestFixtures.file(sessionsWorkbook(null, false), 2022, RecordKind.SESSIONS);
		PARSERS.validateHeaders(List.of(file));
		List<ParsedRow<SessionRecord>> rows = readAll(PARSERS.sessions(file, NETWORKS));
		assertThat(rows).extracting(ParsedRow::line).containsExactly(4L, 6L, 7L);
		assertThat(rows.get(0).record()).isEqualTo(new SessionRecord(2022, "S-01", "NET-1", "PRINCIPAL",
				LocalDate.of(2022, 4, 29), MeetingType.REGULAR, MeetingMode.OFFLINE, 90, 1200, "학교 자치"));
		assertThat(rows.get(1).record()).isEqualTo(new SessionRecord(2022, "1002", "NET-2", "PARENT",
				LocalDate.of(2022, 5, 13), MeetingType.REGULAR, MeetingMode.ONLINE, 60, 20, null));
		assertThat(rows.get(2).record()).isNull();
		assertThat(rows.get(2).rejects()).extracting(Reject::column, Reject::rawValue, Reject::reason)
			.containsExactly(tuple("시간(분)", "120.5", "NOT_AN_INTEGER"));
	}

	@Test
	void readsANamedSheet() throws IOException {
		InputFile file = IngestFixtures.file(sessionsWorkbook("안내", false), 2022, RecordKind.SESSIONS);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
			.withMessageStartingWith("Input file 2022/sessions.xlsx has no column ");
		RecordParsers named = PARSERS.withSheet("회의");
		named.validateHeaders(List.of(file));
		assertThat(readAll(named.sessions(file, NETWORKS))).hasSize(3);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PARSERS.withSheet("없음").validateHeaders(List.of(file)))
			.withMessage("Input file 2022/sessions.xlsx has no sheet named '없음'; its sheets are [안내, 회의]");
	}

	@Test
	void readsDatesOfThe1904DateSystem() throws IOException {
		InputFile file = IngestFixtures.file(sessionsWorkbook(null, true), 2022, RecordKind.SESSIONS);
		List<ParsedRow<SessionRecord>> rows = readAll(PARSERS.sessions(file, NETWORKS));
		assertThat(rows.get(0).record().date()).isEqualTo(LocalDate.of(2022, 4, 29));
		assertThat(rows.get(1).record().date()).isEqualTo(LocalDate.of(2022, 5, 13));
	}

	@Test
	void notAWorkbookIsAnErrorNamingTheFile() throws IOException {
		Path file = this.dir.resolve("networks.xlsx");
		Files.writeString(file, "network_id,group\n");
		InputFile input = IngestFixtures.file(file, 2022, RecordKind.NETWORKS);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(input)))
			.withMessageStartingWith("Input file 2022/networks.xlsx cannot be read as an Excel workbook (.xlsx)");
	}

	@Test
	void streamsALargeSheet() throws IOException {
		Path path = this.dir.resolve("attendance.xlsx");
		int rows = 10_000;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("session_id");
			header.createCell(1).setCellValue("participant_id");
			header.createCell(2).setCellValue("group");
			for (int i = 1; i <= rows; i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue("S-01");
				row.createCell(1).setCellValue("T" + i);
				row.createCell(2).setCellValue("교사");
			}
			try (OutputStream out = Files.newOutputStream(path)) {
				workbook.write(out);
			}
		}
		InputFile file = IngestFixtures.file(path, 2022, RecordKind.ATTENDANCE);
		long accepted = 0;
		long lastLine = 0;
		try (RecordFileReader<AttendanceRecord> reader = PARSERS.attendance(file, Set.of("S-01"))) {
			while (reader.hasNext()) {
				ParsedRow<AttendanceRecord> row = reader.next();
				accepted += row.accepted() ? 1 : 0;
				lastLine = row.line();
			}
		}
		assertThat(accepted).isEqualTo(rows);
		assertThat(lastLine).isEqualTo(rows + 1);
	}

}
