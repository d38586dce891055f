package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the job on the bundled data seeded with personal data: 2022 attendance carries names
 * instead of ids, and survey comments carry names, phone numbers and e-mail addresses. Then scans
 * every file under the output (Parquet decoded through DuckDB, text files as text) for any of them,
 * for raw participant ids and for school ids (beside a group, a school id identifies its principal).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyFunctionalTests extends JobTestSupport {

	static final List<String> SURNAMES = List.of("김", "이", "박", "최", "정", "강", "조", "윤");

	static final List<String> GIVEN_NAMES = List.of("민준", "서연", "도윤", "지우", "하준", "서윤", "시우", "하은", "주원");

	static final List<String> COMMENTS = List.of("김민준 선생님 덕분에 많이 배웠습니다. 연락처 010-1234-5678",
			"자료 공유는 parent.lee@example.com 으로 부탁드립니다", "이서연 교감님께 감사드려요 01098765432",
			"박지우님 사례가 유익했습니다, 문의 +82 10-2222-3333", "제 번호는 P000116 입니다", "메일 park@학교.kr 으로 주세요",
			"메일은 lee @ example.org 입니다", "전화는 공일공-4321-8765 로 주세요");

	static final List<String> SECRETS = List.of("김민준", "이서연", "박지우", "010-1234-5678", "01098765432",
			"10-2222-3333", "parent.lee@example.com", "example.com", "park@", "학교.kr", "example.org", "공일공",
			"4321-8765");

	@TempDir
	static Path root;

	Path output;

	List<String> seededNames = new ArrayList<>();

	@BeforeAll
	void runOnSeededData() throws Exception {
		Path input = root.resolve("input");
		JobRuns.copy(Path.of("data"), input);
		namesInsteadOfIds(input.resolve("2022/attendance.csv"));
		personalDataInComments(input.resolve("2022/survey.csv"));
		// a participant id typed into a meeting topic, which is read before any attendance file
		Path sessions = input.resolve("2022/sessions.csv");
		Files.writeString(sessions, Files.readString(sessions).replace("교육공동체 신뢰 회복 방안", "P000245 님 발표: 신뢰 회복 방안"));
		this.output = root.resolve("output");
		JobExecution execution = run(input,
				this.output);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void noNamePhoneNumberEmailOrRawIdReachesTheOutput() throws Exception {
		Pattern rawId = Pattern.compile("\\bP\\d{6}\\b");
		Pattern schoolId = Pattern.compile("\\bS\\d{4}\\b");
		List<String> found = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(this.output)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		assertThat(files).anyMatch((file) -> file.toString().endsWith(".parquet"));
		for (Path file : files) {
			String fileName = file.getFileName().toString();
			if (fileName.endsWith(".ttf") || fileName.endsWith(".png")) {
				// the bundled font, and charts whose only text is drawn glyphs (also written as SVG text, scanned)
				continue;
			}
			String text = fileName.endsWith(".parquet") ? parquetText(file)
					: (fileName.endsWith(".docx") || fileName.endsWith(".hwpx")) ? packageText(file)
							: new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			for (String secret : SECRETS) {
				if (text.contains(secret)) {
					found.add(this.output.relativize(file) + " contains " + secret);
				}
			}
			for (String name : this.seededNames) {
				if (text.contains(name)) {
					found.add(this.output.relativize(file) + " contains the name " + name);
				}
			}
			Matcher id = rawId.matcher(text);
			if (id.find()) {
				found.add(this.output.relativize(file) + " contains the raw id " + id.group());
			}
			Matcher school = schoolId.matcher(text);
			if (school.find()) {
				found.add(this.output.relativize(file) + " contains the school id " + school.group());
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void namesWereCountedAsParticipantsUnderTheirPseudonyms() throws SQLException {
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT participant_key), "
						+ "(SELECT count(*) FROM read_parquet('" + this.output.resolve("datasets/rejects/year=2022/*.parquet")
						+ "') WHERE reason = 'DUPLICATE_ATTENDANCE') FROM read_parquet('"
						+ this.output.resolve("datasets/attendance/year=2022/*.parquet") + "')")) {
			rows.next();
			// two people with the same name at one meeting are one row: the rest are duplicates
			assertThat(rows.getLong(1) + rows.getLong(3)).isEqualTo(686);
			assertThat(rows.getLong(2)).isBetween(2L, (long) this.seededNames.size());
		}
	}

	@Test
	void schoolsAreCountedUnderTheirPseudonymsTheSameInEveryDataset() throws Exception {
		long schools = read(Path.of("data/2022/survey.csv")).stream()
			.skip(1)
			.map((record) -> record.getField(2))
			.distinct()
			.count();
		String attendance = "read_parquet('" + this.output.resolve("datasets/attendance/year=2022/*.parquet") + "')";
		String responses = "read_parquet('" + this.output.resolve("datasets/survey_responses/year=2022/*.parquet")
				+ "')";
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet rows = statement.executeQuery("SELECT count(DISTINCT school_key), "
						+ "(SELECT count(*) FROM " + attendance + " WHERE NOT regexp_full_match(school_key, 'p_[0-9a-f]{16}')), "
						+ "count(DISTINCT school_key) FILTER (WHERE school_key IN (SELECT school_key FROM " + attendance
						+ ")) FROM " + responses)) {
			rows.next();
			assertThat(rows.getLong(1)).as("distinct schools of the respondents, as in the input").isEqualTo(schools);
			assertThat(rows.getLong(2)).as("school keys that are not pseudonyms").isZero();
			assertThat(rows.getLong(3)).as("respondents' schools found among the participants' (same pseudonym)")
				.isPositive();
		}
	}

	private void namesInsteadOfIds(Path attendance) throws IOException {
		List<CsvRecord> records = read(attendance);
		try (Writer out = Files.newBufferedWriter(attendance, StandardCharsets.UTF_8);
				CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord("session_id", "participant_name", "group", "school_id");
			for (CsvRecord record : records.subList(1, records.size())) {
				int id = Integer.parseInt(record.getField(1).substring(1));
				String name = SURNAMES.get(id % SURNAMES.size()) + GIVEN_NAMES.get((id / 8) % GIVEN_NAMES.size());
				if (!this.seededNames.contains(name)) {
					this.seededNames.add(name);
				}
				csv.writeRecord(record.getField(0), name, record.getField(2), record.getField(3));
			}
		}
	}

	private static void personalDataInComments(Path survey) throws IOException {
		List<CsvRecord> records = read(survey);
		try (Writer out = Files.newBufferedWriter(survey, StandardCharsets.UTF_8);
				CsvWriter csv = CsvWriter.builder().build(out)) {
			csv.writeRecord(records.get(0).getFields());
			for (int i = 1; i < records.size(); i++) {
				List<String> fields = new ArrayList<>(records.get(i).getFields());
				fields.set(fields.size() - 1, COMMENTS.get(i % COMMENTS.size()));
				csv.writeRecord(fields);
			}
		}
	}

	private static List<CsvRecord> read(Path file) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
			return reader.stream().toList();
		}
	}

	/** The XML and text entries of a report package (DOCX, HWPX: zip files), inflated. */
	private static String packageText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		for (String name : ReportDocumentsFunctionalTests.entries(Files.newInputStream(file))) {
			if (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".txt") || name.endsWith(".hpf")) {
				text.append(new String(ReportDocumentsFunctionalTests.zipEntry(file, name), StandardCharsets.UTF_8))
					.append('\n');
			}
		}
		assertThat(text).as("text of %s", file).isNotEmpty();
		return text.toString();
	}

	private static String parquetText(Path file) throws SQLException {
		StringBuilder text = new StringBuilder();
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				for (int c = 1; c <= columns; c++) {
					text.append(rows.getString(c)).append('\t');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

}
