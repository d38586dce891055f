package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static kr.seorona.analytics.ingest.IngestFixtures.PARSERS;
import static kr.seorona.analytics.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Workbooks made to exhaust memory (issue 13): each is read at a bounded cost, as a reject or as
 * one message naming the file. The workbooks are written by POI, then their XML edited in the zip.
 */
class XlsxLimitsTests {

	@TempDir
	Path dir;

	@Test
	void aNumberOfABillionDigitsIsRejectedNotExpanded() throws IOException {
		InputFile file = networks((sheet) -> sheet.replaceFirst("<v>18(\\.0)?</v>", "<v>1E+999999999</v>"), null);
		List<ParsedRow<NetworkRecord>> rows = readAll(PARSERS.networks(file));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).record()).isNull();
		assertThat(rows.get(0).rejects()).extracting(Reject::column, Reject::rawValue, Reject::reason)
			.containsExactly(tuple("member_count", "1E+999999999", RejectReasons.NOT_A_NUMBER));
		assertThat(rows.get(1).accepted()).isTrue();
	}

	@Test
	void aTinyNumberIsKeptAsWrittenToo() throws IOException {
		InputFile file = networks((sheet) -> sheet.replaceFirst("<v>18(\\.0)?</v>", "<v>1E-999999999</v>"), null);
		assertThat(readAll(PARSERS.networks(file)).get(0).rejects()).extracting(Reject::rawValue)
			.containsExactly("1E-999999999");
	}

	@Test
	void aTableOfTextsDeclaredTooLargeStopsBeforeReadingIt() throws IOException {
		InputFile file = networks(null, (strings) -> strings.replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"6000000\""));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
			.withMessageStartingWith("Input file 2022/networks.xlsx has 6000000 distinct texts in its table of texts "
					+ "(sharedStrings.xml); at most 2,000,000 texts")
			.withMessageEndingWith("Save the sheet as CSV UTF-8 and use that file");
	}

	@Test
	void aTableOfTextsLargerThanItsDeclarationStopsAtTheLimit() throws IOException {
		InputFile file = networks(null, (strings) -> strings.replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"3\""));
		SharedStrings.Limits limits = new SharedStrings.Limits(5, 1_000);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new XlsxRowSource(file, null, limits).close())
			.withMessageStartingWith("Input file 2022/networks.xlsx has more than 5 distinct texts");
		SharedStrings.Limits fewChars = new SharedStrings.Limits(1_000, 20);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new XlsxRowSource(file, null, fewChars).close())
			.withMessageStartingWith("Input file 2022/networks.xlsx has more than 20 characters of text");
		try (XlsxRowSource rows = new XlsxRowSource(file, null, new SharedStrings.Limits(1_000, 1_000))) {
			assertThat(rows.next().cells()).containsExactly("network_id", "network_name", "group", "member_count");
		}
	}

	@Test
	void aCellBeyondTheLastColumnIsADamagedWorkbook() throws IOException {
		InputFile file = networks((sheet) -> sheet.replace("r=\"D2\"", "r=\"AAAAAAA2\""), null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> readAll(PARSERS.networks(file)))
			.withMessage("Input file 2022/networks.xlsx row 2: cell AAAAAAA2 is beyond Excel's last column (XFD); "
					+ "the workbook is damaged");
	}

	/** A networks workbook of two rows (member counts 18 and 20), its sheet and shared strings edited. */
	private InputFile networks(UnaryOperator<String> sheet, UnaryOperator<String> sharedStrings) throws IOException {
		Path written = this.dir.resolve("written.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet networks = workbook.createSheet("networks");
			String[][] rows = { { "network_id", "network_name", "group", "member_count" },
					{ "NET-1", "교장 네트워크", "교장" }, { "NET-2", "학부모 네트워크", "학부모" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = networks.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
				if (r > 0) {
					row.createCell(3).setCellValue(16 + 2 * r);
				}
			}
			try (OutputStream out = Files.newOutputStream(written)) {
				workbook.write(out);
			}
		}
		Path edited = this.dir.resolve("networks.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(written));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(edited))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				UnaryOperator<String> edit = entry.getName().equals("xl/worksheets/sheet1.xml") ? sheet
						: entry.getName().equals("xl/sharedStrings.xml") ? sharedStrings : null;
				if (edit != null) {
					String xml = new String(bytes, StandardCharsets.UTF_8);
					String changed = edit.apply(xml);
					assertThat(changed).as("edit of " + entry.getName()).isNotEqualTo(xml);
					bytes = changed.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return IngestFixtures.file(edited, 2022, RecordKind.NETWORKS);
	}

}
