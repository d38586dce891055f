package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.OutputComparison;
import kr.seorona.analytics.operations.RunLayout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import kr.seorona.analytics.parquet.FooterCheck;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole {@code annualReport} job on the bundled data against an H2 file job repository,
 * then reads the published Parquet datasets back with DuckDB and checks the public facts about
 * the networks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportJobFunctionalTests extends JobTestSupport {

	@TempDir
	static Path output;

	JobExecution execution;

	@BeforeAll
	void runJobOnBundledData() throws Exception {
		this.execution = run(Path.of("data"), output);
	}

	@Test
	void jobCompletesAndEveryStepRan() throws IOException {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.execution.getStepExecutions()).extracting(StepExecution::getStepName)
			.filteredOn((name) -> !name.contains(":"))
			.containsExactly("prepare", "ingest", "qualityGate", "statistics", "charts", "documents", "publish");
		// the ingest step's partitions: per year, networks and sessions, attendance (with the survey)
		assertThat(this.execution.getStepExecutions()).extracting(StepExecution::getStepName)
			.filteredOn((name) -> name.contains(":"))
			.containsExactlyInAnyOrder("ingestPartition:2019-attendance", "ingestPartition:2019-sessions",
					"ingestPartition:2020-attendance", "ingestPartition:2020-sessions", "ingestPartition:2021-attendance",
					"ingestPartition:2021-sessions", "ingestPartition:2022-attendance", "ingestPartition:2022-sessions");
		StepExecution ingest = this.execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals("ingest"))
			.findFirst()
			.orElseThrow();
		// the step's items are batches of rows; its counts are rows, as the per-file summary counts them
		long rowsInSummary = java.util.regex.Pattern.compile("\"rowsRead\" : (\\d+)")
			.matcher(Files.readString(output.resolve("reports/ingest-summary.json")))
			.results()
			.mapToLong((match) -> Long.parseLong(match.group(1)))
			.sum();
		assertThat(rowsInSummary).isEqualTo(2_446);
		assertThat(ingest.getReadCount()).isEqualTo(rowsInSummary);
		assertThat(ingest.getWriteCount()).isEqualTo(rowsInSummary);
		assertThat(RunLayout.of(this.execution).staging()).as("staging removed after publish").doesNotExist();
		assertThat(RunLayout.of(this.execution).staging().getParent()).as("and the empty .staging/ with it").doesNotExist();
	}

	@Test
	void meetingsOf2022ByGroupMatchThePublicFacts() throws SQLException {
		Map<String, Long> meetings = queryCounts("SELECT group_code, count(*) FROM "
				+ dataset("sessions") + " WHERE year = 2022 GROUP BY group_code");
		assertThat(meetings).containsExactlyInAnyOrderEntriesOf(Map.of("PRINCIPAL", 3L, "VICE_PRINCIPAL", 2L,
				"TEACHER", 5L, "EDU_STAFF", 2L, "ADMIN_DIRECTOR", 1L, "PARENT", 18L, "JOINT", 2L));
		Map<String, Long> beforeSecondJoint = queryCounts("SELECT 'all', count(*) FROM " + dataset("sessions")
				+ " WHERE year = 2022 AND meeting_date < DATE '2022-11-29'");
		assertThat(beforeSecondJoint).containsEntry("all", 32L);
	}

	@Test
	void fourGroupsIn2019AndSixFrom2020() throws SQLException {
		Map<String, Long> groups = queryCounts("SELECT CAST(year AS VARCHAR), count(DISTINCT group_code) FROM "
				+ dataset("participation") + " GROUP BY year");
		assertThat(groups).containsExactlyInAnyOrderEntriesOf(
				Map.of("2019", 4L, "2020", 6L, "2021", 6L, "2022", 6L));
	}

	@Test
	void secondJointMeetingHadAbout120ParticipantsFromAllSixGroups() throws SQLException {
		Map<String, Long> composition = queryCounts("SELECT group_code, participants FROM "
				+ dataset("joint_meetings") + " WHERE meeting_date = DATE '2022-11-29'");
		assertThat(composition).hasSize(6);
		long total = composition.values().stream().mapToLong(Long::longValue).sum();
		assertThat(total).isBetween(110L, 130L);
		assertThat(composition.values()).allMatch((n) -> n > 0);
	}

	/**
	 * 22 of the 90 respondents of 2020, 25 of 115 in 2021 and 37 of 121 in 2022 answered the year
	 * before too (same respondent id in the bundled files): the year comparisons of all groups pair
	 * them (per item, those with an answer both years) and name the partially overlapping samples
	 * t-test.
	 */
	@Test
	void yearComparisonsPairRespondentsOfConsecutiveYears() throws SQLException {
		Map<String, Long> paired = queryCounts("SELECT CAST(to_year AS VARCHAR), max(paired_observations) FROM "
				+ dataset("year_comparisons") + " WHERE group_code = 'ALL' GROUP BY to_year");
		// the scale scores: every returning respondent has one in both years
		assertThat(paired).containsExactlyInAnyOrderEntriesOf(Map.of("2020", 22L, "2021", 25L, "2022", 37L));
		Map<String, Long> methods = queryCounts("SELECT coalesce(test_method, 'null'), count(*) FROM "
				+ dataset("year_comparisons") + " WHERE group_code = 'ALL' GROUP BY 1");
		assertThat(methods).containsOnlyKeys("PARTIALLY_OVERLAPPING_T");
		assertThat(queryCounts("SELECT 'inconsistent', count(*) FROM " + dataset("year_comparisons")
				+ " WHERE (test_method = 'WELCH_T' AND paired_observations >= 2) OR (test_method = 'PARTIALLY_OVERLAPPING_T' "
				+ "AND paired_observations < 2) OR (t_statistic IS NULL) <> (test_method IS NULL)")).containsEntry("inconsistent", 0L);
	}

	/**
	 * With 3 or 4 years and no ties Kendall's p-value is exact: twice a tail of the distribution of
	 * the concordant pairs over the n! orderings, a multiple of 1/12 for 4 years and of 1/3 for 3.
	 */
	@Test
	void trendsNameHowTheirKendallPValueWasComputed() throws SQLException {
		Map<String, Long> methods = queryCounts("SELECT kendall_p_method, count(*) FROM "
				+ dataset("participation_trends") + " WHERE kendall_p_value IS NOT NULL GROUP BY 1");
		assertThat(methods).containsKey("EXACT");
		assertThat(methods.keySet()).isSubsetOf("EXACT", "NORMAL_APPROXIMATION");
		assertThat(queryCounts("SELECT 'off the exact grid', count(*) FROM " + dataset("participation_trends")
				+ " WHERE kendall_p_method = 'EXACT' AND abs(kendall_p_value * (CASE years WHEN 4 THEN 12 ELSE 3 END)"
				+ " - round(kendall_p_value * (CASE years WHEN 4 THEN 12 ELSE 3 END))) > 1e-9"))
			.containsEntry("off the exact grid", 0L);
		assertThat(queryCounts("SELECT 'method without p', count(*) FROM " + dataset("participation_trends")
				+ " WHERE (kendall_p_value IS NULL) <> (kendall_p_method IS NULL)")).containsEntry("method without p", 0L);
	}

	@Test
	void yearSummariesStateThe2022HeadlineAndAgreeWithTheRecords() throws SQLException {
		Map<String, Long> meetings2022 = queryCounts("SELECT 'regular', regular_meetings FROM " + dataset("year_summaries")
				+ " WHERE year = 2022 UNION ALL SELECT 'joint', joint_meetings FROM " + dataset("year_summaries")
				+ " WHERE year = 2022 UNION ALL SELECT 'all', meetings FROM " + dataset("year_summaries")
				+ " WHERE year = 2022");
		// public facts: 31 regular network meetings and 2 joint meetings (April and 29 November)
		assertThat(meetings2022).containsExactlyInAnyOrderEntriesOf(Map.of("regular", 31L, "joint", 2L, "all", 33L));
		// every figure recomputed from the record datasets, per year
		String recomputed = "SELECT CAST(y.year AS VARCHAR), "
				+ "(y.distinct_participants = (SELECT count(DISTINCT participant_key) FROM " + dataset("attendance")
				+ " a WHERE a.year = y.year))::INT + (y.meetings = (SELECT count(*) FROM " + dataset("sessions")
				+ " s WHERE s.year = y.year))::INT + (y.attendances = (SELECT count(*) FROM " + dataset("attendance")
				+ " a JOIN " + dataset("sessions") + " s USING (year, session_id) WHERE a.year = y.year AND s.meeting_type = 'REGULAR'))::INT"
				+ " + (y.survey_respondents = (SELECT count(*) FROM " + dataset("survey_responses")
				+ " r WHERE r.year = y.year))::INT FROM " + dataset("year_summaries") + " y";
		assertThat(queryCounts(recomputed)).containsExactlyInAnyOrderEntriesOf(
				Map.of("2019", 4L, "2020", 4L, "2021", 4L, "2022", 4L));
		// data/README.md: 74 survey respondents in 2019
		assertThat(queryCounts("SELECT 'n', survey_respondents FROM " + dataset("year_summaries") + " WHERE year = 2019"))
			.containsEntry("n", 74L);
	}

	@Test
	void secondJointMeetingAttendanceIsOneRowWithAllSixGroups() throws SQLException {
		Map<String, Long> attendance = queryCounts("SELECT CAST(meeting_date AS VARCHAR), participants FROM "
				+ dataset("joint_meeting_attendance") + " WHERE year = 2022");
		Map<String, Long> recomputed = queryCounts("SELECT CAST(s.meeting_date AS VARCHAR), count(DISTINCT a.participant_key) FROM "
				+ dataset("attendance") + " a JOIN " + dataset("sessions")
				+ " s USING (year, session_id) WHERE s.year = 2022 AND s.meeting_type = 'JOINT' GROUP BY s.meeting_date");
		assertThat(attendance).isEqualTo(recomputed).containsKey("2022-11-29");
		assertThat(attendance.get("2022-11-29")).isBetween(110L, 130L);
		assertThat(queryCounts("SELECT 'groups', group_count FROM " + dataset("joint_meeting_attendance")
				+ " WHERE meeting_date = DATE '2022-11-29'")).containsEntry("groups", 6L);
	}

	@Test
	void datasetsHaveBiFriendlyTypes() throws SQLException {
		Map<String, String> types = columnTypes("sessions");
		assertThat(types).containsEntry("meeting_date", "DATE")
			.containsEntry("session_id", "VARCHAR")
			.containsEntry("group_code", "VARCHAR")
			.containsEntry("headcount", "INTEGER")
			.containsEntry("year", "BIGINT");
		assertThat(columnTypes("participation")).containsEntry("attendances", "BIGINT")
			.containsEntry("participation_rate", "DOUBLE");
		for (String name : List.of("networks", "sessions", "attendance", "participation", "joint_meetings")) {
			assertThat(columnTypes(name).values()).as(name).doesNotContain("BLOB");
		}
	}

	@Test
	void everyPublishedParquetFilePassesTheFooterCheck() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(output.resolve("datasets"))) {
			files = walk.filter((file) -> file.toString().endsWith(".parquet")).toList();
		}
		assertThat(files).hasSizeGreaterThan(40);
		assertThat(files).allSatisfy((file) -> assertThat(FooterCheck.violations(file)).as(file.toString()).isEmpty());
	}

	@Test
	void chartsArePngsAtPrintSize() throws IOException {
		List<Path> pngs;
		try (Stream<Path> files = Files.walk(output.resolve("charts"))) {
			pngs = files.filter((file) -> file.toString().endsWith(".png")).sorted().toList();
		}
		assertThat(pngs).isNotEmpty();
		for (Path png : pngs) {
			BufferedImage image = ImageIO.read(png.toFile());
			assertThat(image).as(png.toString()).isNotNull();
			assertThat(image.getWidth()).as(png.toString()).isGreaterThanOrEqualTo(1800);
		}
		assertThat(output.resolve("index.html")).isRegularFile();
		assertThat(output.resolve("manifest.json")).isRegularFile();
	}

	@Test
	void dashboardShowsTheRunParametersAsTheReadmeWritesThem() throws IOException {
		String page = Files.readString(output.resolve("index.html"));
		Map<String, String> shown = new LinkedHashMap<>();
		java.util.regex.Pattern.compile("<tr><td><code>(\\w+)</code></td><td><code>([^<]*)</code></td></tr>")
			.matcher(page)
			.results()
			.forEach((row) -> shown.put(row.group(1), row.group(2)));
		// the defaults of jobs/annualReport.yml, in the words of the README's parameter table
		assertThat(shown).containsEntry("maxRejectCount", "none")
			.containsEntry("allowEmpty", "none")
			.containsEntry("encoding", "auto")
			.containsEntry("datasets", "output")
			.containsEntry("minCellSize", "5")
			.containsEntry("locale", "ko");
	}

	@Test
	void dashboardNamesTheAnswerScaleAsSurveyYmlAndTheChartsDo() throws IOException {
		String page = Files.readString(output.resolve("index.html"));
		assertThat(page).contains("<th class=\"num\" scope=\"col\">1 전혀 그렇지 않다</th>")
			.contains("<th class=\"num\" scope=\"col\">5 매우 그렇다</th>")
			.doesNotContain("전혀 아니다");
		assertThat(Files.readString(output.resolve("index-en.html")))
			.contains("<th class=\"num\" scope=\"col\">1 Strongly disagree</th>")
			.contains("<th class=\"num\" scope=\"col\">5 Strongly agree</th>");
	}

	@Test
	void aSecondRunOverTheSameInputGivesTheSameFiles() throws Exception {
		Path again = Files.createTempDirectory("seorona-again");
		try {
			JobExecution second = run(Path.of("data"),
					again);
			assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(second.getJobInstanceId()).isNotEqualTo(this.execution.getJobInstanceId());
			assertThat(OutputComparison.differences(output, again)).isEmpty();
		}
		finally {
			RunLayout.deleteRecursively(again);
		}
	}

	private String dataset(String name) {
		return "read_parquet('" + output.resolve("datasets").resolve(name) + "/**/*.parquet', hive_partitioning=true)";
	}

	private Map<String, String> columnTypes(String dataset) throws SQLException {
		Map<String, String> types = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM " + dataset(dataset))) {
			while (rows.next()) {
				types.put(rows.getString(1), rows.getString(2));
			}
		}
		return types;
	}

	private Map<String, Long> queryCounts(String sql) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getLong(2));
			}
		}
		return counts;
	}

}
