package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetDefinition;
import kr.seorona.analytics.sample.SampleDataGenerator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled records as real exports bring them, mixed across years: 2019 as XLSX workbooks with a
 * title row, 2020 as UTF-8 CSV with a BOM, 2021 as Excel "Unicode text" (UTF-16 with BOM,
 * tab-separated), 2022 as Korean Excel CSV (CP949); all with Korean headers, Korean group labels and
 * dates like {@code 2022. 4. 29.}. The job must produce the same datasets as from the clean
 * UTF-8 English originals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MixedExportsFunctionalTests extends JobTestSupport {

	static final Charset CP949 = Charset.forName("MS949");

	@TempDir
	static Path root;

	@BeforeAll
	void runOnCleanAndOnMixedExports() throws Exception {
		Path mixed = root.resolve("mixed");
		SampleDataGenerator.generate(new SampleDataGenerator.Options(SampleDataGenerator.DEFAULT_SEED,
				SampleDataGenerator.Style.KOREAN_EXCEL, 0, 0), mixed);
		for (Path file : csvFiles(mixed.resolve("2019"))) {
			toXlsx(file);
		}
		for (Path file : csvFiles(mixed.resolve("2020"))) {
			reencode(file, file, StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, ',');
		}
		for (Path file : csvFiles(mixed.resolve("2021"))) {
			Path txt = file.resolveSibling(file.getFileName().toString().replace(".csv", ".txt"));
			reencode(file, txt, StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }, '\t');
			Files.delete(file);
		}
		runCompleted(Path.of("data"), root.resolve("clean-output"));
		runCompleted(mixed, root.resolve("mixed-output"));
	}

	static Stream<String> datasets() {
		return DatasetCatalog.all().stream().map(DatasetDefinition::name).filter((name) -> !name.equals("rejects"));
	}

	@ParameterizedTest
	@MethodSource("datasets")
	void mixedExportsGiveTheSameDatasetAsTheCleanOriginals(String dataset) throws Exception {
		String clean = "read_parquet('" + root.resolve("clean-output/datasets").resolve(dataset)
				+ "/**/*.parquet', hive_partitioning=true, union_by_name=true)";
		String mixed = "read_parquet('" + root.resolve("mixed-output/datasets").resolve(dataset)
				+ "/**/*.parquet', hive_partitioning=true, union_by_name=true)";
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM " + clean + "), "
						+ "(SELECT count(*) FROM (SELECT * FROM " + clean + " EXCEPT ALL SELECT * FROM " + mixed + ")), "
						+ "(SELECT count(*) FROM (SELECT * FROM " + mixed + " EXCEPT ALL SELECT * FROM " + clean + "))")) {
			rows.next();
			assertThat(rows.getLong(1)).as("rows in the clean dataset").isPositive();
			assertThat(rows.getLong(2)).as("clean rows missing from the mixed run").isZero();
			assertThat(rows.getLong(3)).as("mixed rows not in the clean run").isZero();
		}
	}

	private void runCompleted(Path input, Path output) throws Exception {
		JobExecution execution = run(input, output);
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private static List<Path> csvFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.toString().endsWith(".csv")).sorted().toList();
		}
	}

	private static List<CsvRecord> readCp949(Path file) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, CP949)) {
			return reader.stream().toList();
		}
	}

	private static void reencode(Path from, Path to, Charset charset, byte[] bom, char separator) throws IOException {
		List<CsvRecord> records = readCp949(from);
		try (OutputStream out = Files.newOutputStream(to)) {
			out.write(bom);
			Writer writer = new java.io.OutputStreamWriter(out, charset);
			CsvWriter csv = CsvWriter.builder().fieldSeparator(separator).build(writer);
			for (CsvRecord record : records) {
				csv.writeRecord(record.getFields());
			}
			csv.flush();
			writer.flush();
		}
	}

	/** A workbook as offices keep them: a title row and a blank row above the header; numbers as numbers. */
	private static void toXlsx(Path csvFile) throws IOException {
		List<CsvRecord> records = readCp949(csvFile);
		Path xlsx = csvFile.resolveSibling(csvFile.getFileName().toString().replace(".csv", ".xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("자료");
			sheet.createRow(0).createCell(0).setCellValue("서로나눔학교 네트워크 " + csvFile.getFileName());
			for (int r = 0; r < records.size(); r++) {
				Row row = sheet.createRow(r + 2);
				List<String> fields = records.get(r).getFields();
				for (int c = 0; c < fields.size(); c++) {
					String value = fields.get(c);
					if (r > 0 && value.matches("\\d{1,6}")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
		}
		Files.delete(csvFile);
	}

}
