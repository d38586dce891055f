package kr.seorona.analytics.jobs;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kr.seorona.analytics.report.ReadBack;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Small cells as a reader meets them, after whole runs on the bundled data. At k = 14 one group is
 * small in 2020 (교감, 13 participants) among groups of 16 and more: with its year total, joint
 * meeting totals and the survey's all-groups rows published, complementary suppression must leave
 * no withheld value that subtraction from a published total gives back (checked generically with
 * DuckDB on the published Parquet, for every total and its cells). At the default k = 5 small groups
 * are published: an interval past the 1..5 scale (교감 2020) and a negative alpha (교감 2021) must
 * reach the datasets as computed and every reader-facing place cut, marked and warned of.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallCellsFunctionalTests extends JobTestSupport {

	private static final int K = 14;

	/**
	 * Every additive relation between a published total and its cells: the total's dataset and
	 * column, the cells' dataset and column, the keys joining them, and filters picking the total
	 * rows and the cell rows (the all-groups row of the survey is the total of the group rows).
	 */
	record Relation(String totals, String totalColumn, String cells, String cellColumn, String keys,
			String totalFilter, String cellFilter) {
	}

	static final List<Relation> RELATIONS = List.of(
			new Relation("year_summaries", "networks", "participation", "networks", "year", "true", "true"),
			new Relation("year_summaries", "regular_meetings", "participation", "meetings", "year", "true", "true"),
			new Relation("year_summaries", "attendances", "participation", "attendances", "year", "true", "true"),
			new Relation("year_summaries", "joint_attendances", "joint_meeting_attendance", "participants", "year",
					"true", "true"),
			new Relation("joint_meeting_attendance", "participants", "joint_meetings", "participants",
					"year, session_id", "true", "true"),
			new Relation("survey_items", "answers", "survey_items", "answers", "year, item_code", "group_code = 'ALL'",
					"group_code <> 'ALL'"),
			new Relation("survey_scales", "respondents", "survey_scales", "respondents", "year, scale_code",
					"group_code = 'ALL'", "group_code <> 'ALL'"));

	@TempDir
	static Path root;

	Path output;

	Path defaults;

	@BeforeAll
	void runAtKFourteenAndAtTheDefault() throws Exception {
		this.output = root.resolve("k14");
		assertThat(run(Map.of("input", "data", "output", this.output.toString(), "minCellSize",
				Integer.toString(K))).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.defaults = root.resolve("k5");
		assertThat(run(Map.of("input", "data", "output", this.defaults.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void noWithheldValueCanBeRecoveredBySubtractingPublishedCellsFromAPublishedTotal() throws SQLException {
		int totalsWithOnePrimaryCell = 0;
		for (Relation relation : RELATIONS) {
			String perTotal = "SELECT " + qualified(relation.keys(), "t") + ", any_value(t." + relation.totalColumn()
					+ ") AS total, count(*) FILTER (WHERE c." + relation.cellColumn() + " IS NULL) AS withheld, sum(c."
					+ relation.cellColumn() + ") AS published_sum FROM (SELECT * FROM %s WHERE "
					+ relation.totalFilter() + ") t JOIN (SELECT * FROM %s WHERE " + relation.cellFilter()
					+ ") c USING (" + relation.keys() + ") GROUP BY ALL";
			String published = String.format(perTotal, source(this.output, relation.totals()),
					source(this.output, relation.cells()));
			assertThat(rows("SELECT * FROM (" + published + ") WHERE total IS NOT NULL AND withheld = 1"))
				.as(relation + ": published totals with exactly one withheld cell").isEmpty();
			// the relation is additive (else this check proves nothing): totals without withheld cells add up
			assertThat(rows("SELECT * FROM (" + published + ") WHERE total IS NOT NULL AND withheld = 0 AND "
					+ "total <> published_sum")).as(relation + ": totals that are not the sum of their cells").isEmpty();
			assertThat(count("SELECT count(*) FROM (" + published + ") WHERE total IS NOT NULL"))
				.as(relation + ": published totals").isPositive();
			// how many of these totals had one small cell only: the case complementary suppression is for
			totalsWithOnePrimaryCell += count("SELECT count(*) FROM (" + published.replace("IS NULL) AS withheld",
					"IS NULL AND c.suppression = 'PRIMARY') AS withheld") + ") WHERE total IS NOT NULL AND withheld = 1");
		}
		assertThat(totalsWithOnePrimaryCell).as("published totals with exactly one primary cell").isPositive();
	}

	@Test
	void secondaryCellsAreMarkedApartFromPrimaryOnesAndCarryNoBand() throws SQLException {
		int secondary = 0;
		for (String dataset : List.of("participation", "joint_meetings", "joint_meeting_attendance", "year_summaries",
				"survey_items", "survey_scales", "participation_trends", "year_comparisons")) {
			String published = source(this.output, dataset);
			assertThat(count("SELECT count(*) FROM " + published + " WHERE suppressed <> (suppression IS NOT NULL)"))
				.as(dataset).isZero();
			assertThat(count("SELECT count(*) FROM " + published + " WHERE suppression = 'PRIMARY' AND count_band <> '<"
					+ K + "'")).as(dataset).isZero();
			assertThat(count("SELECT count(*) FROM " + published + " WHERE suppression = 'SECONDARY' AND count_band IS "
					+ "NOT NULL")).as(dataset).isZero();
			secondary += count("SELECT count(*) FROM " + published + " WHERE suppression = 'SECONDARY'");
		}
		assertThat(secondary).isPositive();
		// a group's trends rest on every year of it
		assertThat(count("SELECT count(*) FROM " + source(this.output, "participation_trends") + " t WHERE NOT t.suppressed"
				+ " AND EXISTS (SELECT 1 FROM " + source(this.output, "participation")
				+ " p WHERE p.group_code = t.group_code AND p.suppressed)")).isZero();
		// a change from a withheld year would give that year's figure back
		assertThat(count("SELECT count(*) FROM " + source(this.output, "participation") + " p JOIN "
				+ source(this.output, "participation") + " b ON b.group_code = p.group_code AND b.year = p.year - 1 "
				+ "WHERE b.suppressed AND NOT p.suppressed AND (p.attendances_change IS NOT NULL OR p.meetings_change "
				+ "IS NOT NULL OR p.retention IS NOT NULL OR p.new_participants IS NOT NULL)")).isZero();
		// small counts of people inside published rows: 1..k-1 never published
		assertThat(count("SELECT count(*) FROM " + source(this.output, "participation")
				+ " WHERE new_participants BETWEEN 1 AND " + (K - 1))).isZero();
		assertThat(count("SELECT count(*) FROM " + source(this.output, "participation")
				+ " WHERE distinct_participants - new_participants BETWEEN 1 AND " + (K - 1))).isZero();
		assertThat(count("SELECT count(*) FROM " + source(this.output, "year_comparisons")
				+ " WHERE paired_observations BETWEEN 1 AND " + (K - 1))).isZero();
		assertThat(count("SELECT count(*) FROM " + source(this.output, "survey_scales")
				+ " WHERE complete_cases BETWEEN 1 AND " + (K - 1))).isZero();
	}

	@Test
	void theDashboardShowsEveryWithheldParticipationRowAsWithheld() throws Exception {
		String page = Files.readString(this.output.resolve("index.html"), StandardCharsets.UTF_8);
		List<List<String>> withheld = rows("SELECT p.year, g.label_ko FROM " + source(this.output, "participation")
				+ " p JOIN " + source(this.output, "groups") + " g USING (group_code) WHERE p.suppressed");
		assertThat(withheld).isNotEmpty();
		for (List<String> row : withheld) {
			// the by-group table: year, group, then every figure withheld
			Pattern line = Pattern.compile("<tr class=\"suppressed\"><td>" + row.get(0) + "</td><td class=\"name\">"
					+ Pattern.quote(row.get(1)) + "</td>(<td class=\"num\">비공개</td>)+</tr>");
			assertThat(line.matcher(page.replaceAll(">\\s+<", "><")).find()).as(row.toString()).isTrue();
		}
		// the year after a withheld year says 비공개 for the change, never 신규
		List<List<String>> after = rows("SELECT p.year, g.label_ko FROM " + source(this.output, "participation") + " p JOIN "
				+ source(this.output, "participation") + " b ON b.group_code = p.group_code AND b.year = p.year - 1 JOIN "
				+ source(this.output, "groups") + " g ON g.group_code = p.group_code WHERE b.suppressed AND NOT p.suppressed");
		assertThat(after).isNotEmpty();
		String flat = page.replaceAll(">\\s+<", "><");
		for (List<String> row : after) {
			Matcher cells = Pattern.compile("<tr class=\"\"><td>" + row.get(0) + "</td><td class=\"name\">"
					+ Pattern.quote(row.get(1)) + "</td>((?:<td class=\"num\">[^<]*</td>)+)</tr>").matcher(flat);
			assertThat(cells.find()).as(row.toString()).isTrue();
			List<String> values = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(cells.group(1))
				.results().map((m) -> m.group(1)).toList();
			assertThat(values.get(3)).as("change of " + row).isEqualTo("비공개");
		}
		// each joint meeting's total is its attendance, not the sum of the published groups
		for (List<String> meeting : rows("SELECT participants FROM " + source(this.output, "joint_meeting_attendance")
				+ " WHERE NOT suppressed")) {
			assertThat(flat).contains("<td class=\"num\">" + meeting.get(0) + "</td><td class=\"num\">100.0%</td>");
		}
	}

	@Test
	void intervalsAreComputedInTheDatasetsAndCutAndMarkedOnThePageAndInTheReports() throws Exception {
		// the datasets keep the Student t interval as computed: mean + t(0.975, n-1) * se, past 5
		List<List<String>> past = rows("SELECT mean, standard_error, answers, ci_lower95, ci_upper95 FROM "
				+ source(this.defaults, "survey_items") + " WHERE NOT suppressed AND ci_upper95 > 5");
		assertThat(past).isNotEmpty();
		String page = Files.readString(this.defaults.resolve("index.html"), StandardCharsets.UTF_8);
		for (List<String> row : past) {
			double t = new TDistribution(Long.parseLong(row.get(2)) - 1).inverseCumulativeProbability(0.975);
			assertThat(Double.parseDouble(row.get(4)))
				.isCloseTo(Double.parseDouble(row.get(0)) + t * Double.parseDouble(row.get(1)), within(1e-9));
			assertThat(page).contains(String.format("%.2f–5.00▶", Double.parseDouble(row.get(3))));
		}
		Matcher interval = Pattern.compile("(\\d\\.\\d\\d)–(\\d\\.\\d\\d)").matcher(page);
		int intervals = 0;
		while (interval.find()) {
			intervals++;
			assertThat(Double.parseDouble(interval.group(1))).isGreaterThanOrEqualTo(1.0);
			assertThat(Double.parseDouble(interval.group(2))).isLessThanOrEqualTo(5.0);
		}
		assertThat(intervals).isPositive();
		assertThat(page).contains("◀ ▶: 95% 신뢰구간이 척도 범위(1–5)를 벗어나 끝에서 자른 값.");
		// the report of a year with such a scale row shows it cut and marked, with the note
		List<List<String>> scales = rows("SELECT year, ci_lower95 FROM " + source(this.defaults, "survey_scales")
				+ " WHERE NOT suppressed AND ci_upper95 > 5");
		assertThat(scales).isNotEmpty();
		for (List<String> row : scales) {
			String text = report(row.get(0)).allText();
			assertThat(text).contains(String.format("%.2f~5.00▶", Double.parseDouble(row.get(1))))
				.contains("◀ ▶: 95% 신뢰구간이 척도 범위(1–5)를 벗어나");
		}
	}

	@Test
	void aNegativeAlphaIsPublishedAsComputedAndWarnedOfOnThePageAndInTheReport() throws Exception {
		List<List<String>> negative = rows("SELECT s.year, c.label_ko, g.label_ko, s.cronbach_alpha FROM "
				+ source(this.defaults, "survey_scales") + " s JOIN " + source(this.defaults, "scales")
				+ " c USING (scale_code) JOIN " + source(this.defaults, "groups")
				+ " g USING (group_code) WHERE NOT s.suppressed AND s.cronbach_alpha < 0");
		assertThat(negative).isNotEmpty();
		String flat = Files.readString(this.defaults.resolve("index.html"), StandardCharsets.UTF_8)
			.replaceAll(">\\s+<", "><");
		String english = Files.readString(this.defaults.resolve("index-en.html"), StandardCharsets.UTF_8);
		for (List<String> row : negative) {
			String alpha = String.format("%.2f", Double.parseDouble(row.get(3)));
			assertThat(flat).containsPattern("<td>" + row.get(0) + "</td><td>" + Pattern.quote(row.get(1))
					+ "</td><td class=\"name\">" + Pattern.quote(row.get(2)) + "</td>.*?<td class=\"num\">[−-]"
					+ Pattern.quote(alpha.substring(1)) + " <strong class=\"warning\">신뢰도 낮음</strong></td></tr>");
			assertThat(report(row.get(0)).allText()).contains(alpha + " (신뢰도 낮음)")
				.contains("신뢰도 낮음: 문항이 같은 개념을 재지 않거나 역채점 문항이 섞였을 수 있음");
		}
		assertThat(flat).contains("신뢰도 낮음: 문항이 같은 개념을 재지 않거나 역채점 문항이 섞였을 수 있음");
		assertThat(english).contains("Low reliability: the items may not measure the same thing");
	}

	private ReadBack report(String year) throws Exception {
		try (var files = Files.list(this.defaults.resolve("reports").resolve(year))) {
			Path docx = files.filter((file) -> file.toString().endsWith(".docx")).findFirst().orElseThrow();
			return ReadBack.docx(docx);
		}
	}

	private static String qualified(String keys, String alias) {
		return java.util.Arrays.stream(keys.split(",\\s*")).map((key) -> alias + "." + key)
			.collect(Collectors.joining(", "));
	}

	private static String source(Path output, String dataset) {
		Path folder = output.resolve("datasets").resolve(dataset);
		String glob = Files.isDirectory(folder.resolve("year=2022")) ? "*/*.parquet" : "*.parquet";
		return "read_parquet('" + folder.resolve(glob) + "', hive_partitioning = false)";
	}

	private static int count(String sql) throws SQLException {
		return Integer.parseInt(rows(sql).get(0).get(0));
	}

	private static List<List<String>> rows(String sql) throws SQLException {
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duckdb.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<List<String>> rows = new ArrayList<>();
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> row = new ArrayList<>();
				for (int c = 1; c <= columns; c++) {
					row.add(result.getString(c));
				}
				rows.add(row);
			}
			return rows;
		}
	}

}
