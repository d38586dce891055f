package kr.seorona.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seorona.analytics.dashboard.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;

/**
 * The dashboard of a real run on the bundled data, as its readers see it in headless Chromium: at
 * 1280 and 390 px the headline figures shown are those of the published datasets (read with
 * DuckDB from the run's Parquet), the headline lies in the first screen, nothing reaches outside
 * the viewport, group names do not wrap, chart images stay readable; printed, the page gives A4
 * pages whose first holds the headline figures. Skipped with the reason printed where Chromium or
 * poppler-utils is missing, except in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserFunctionalTests extends JobTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path root;

	private Chromium chromium;

	private Path output;

	private Headline expected;

	/** The latest year's headline figures, from the datasets. */
	record Headline(int year, long meetings, long previousMeetings, long participants, long respondents,
			long jointMeetings, Map<String, Long> groupMeetings, List<LocalDate> jointDates,
			List<Long> jointParticipants, Map<String, Double> scaleMeans, Map<String, Long> scaleN) {
	}

	@BeforeAll
	void runTheJob() throws Exception {
		this.chromium = Chromium.require("DashboardBrowserFunctionalTests");
		this.output = root.resolve("output");
		assertThat(run(Path.of("data"), this.output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.expected = headlineFromDatasets(this.output);
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "index.html, 1280, 800", "index.html, 390, 844", "index-en.html, 1280, 800",
			"index-en.html, 390, 844" })
	void showsTheDatasetsHeadlineInTheFirstScreenAndNothingOverflows(String page, int width, int height)
			throws Exception {
		JsonNode probe = probe(page, width, height);
		assertThat(probe.get("width").asInt()).isEqualTo(width);
		assertThat(probe.get("scrollWidth").asInt()).as("page wider than the viewport").isEqualTo(width);
		assertThat(texts(probe.get("overflowing"))).as("elements outside the viewport").isEmpty();
		assertThat(texts(probe.get("spills"))).as("elements reaching into the next column").isEmpty();
		assertThat(texts(probe.get("wrapped"))).as("labels wrapped onto several lines").isEmpty();
		assertThat(probe.get("narrowestImage").asDouble()).as("chart width in CSS px (chart text stays readable)")
			.isGreaterThanOrEqualTo(600);

		Locale locale = page.equals("index.html") ? Locale.KOREAN : Locale.ENGLISH;
		NumberFormat integer = NumberFormat.getIntegerInstance(locale);
		Map<String, List<String>> shown = figures(probe, true);
		Headline h = this.expected;
		assertThat(shown.get("meetings-total")).containsExactly(integer.format(h.meetings()));
		assertThat(shown.get("participants")).containsExactly(integer.format(h.participants()));
		assertThat(shown.get("respondents")).containsExactly(integer.format(h.respondents()));
		assertThat(figures(probe, false).get("meetings-total")).as("in the first screen").isNotNull();
		assertThat(figures(probe, false).get("participants")).as("in the first screen").isNotNull();
		assertThat(figures(probe, false).get("respondents")).as("in the first screen").isNotNull();
		assertThat(shown.get("joint-count")).containsExactly(integer.format(h.jointMeetings()));
		h.groupMeetings()
			.forEach((group, meetings) -> assertThat(shown.get("group-meetings-" + group)).as(group)
				.containsExactly(integer.format(meetings)));
		DateTimeFormatter date = DateTimeFormatter.ofPattern(locale == Locale.KOREAN ? "yyyy. M. d." : "d MMM yyyy",
				locale);
		assertThat(shown.get("joint-date")).containsExactlyElementsOf(h.jointDates().stream().map(date::format).toList());
		List<String> attendance = shown.get("joint-attendance");
		for (int i = 0; i < h.jointParticipants().size(); i++) {
			assertThat(attendance.get(i)).contains(integer.format(h.jointParticipants().get(i)));
		}
		h.scaleMeans().forEach((scale, mean) -> {
			assertThat(shown.get("scale-mean-" + scale)).containsExactly(twoDecimals(locale).format(mean));
			assertThat(shown.get("scale-n-" + scale)).containsExactly("n = " + integer.format(h.scaleN().get(scale)));
		});
		String meetingsChange = change(probe, "meetings-total");
		assertThat(meetingsChange).contains(Integer.toString(h.year() - 1))
			.contains(integer.format(h.previousMeetings()))
			.contains(signed(h.meetings() - h.previousMeetings(), integer));
		assertThat(probe.get("status").asString()).isEqualTo(locale == Locale.KOREAN ? "완료" : "Completed");
	}

	@Test
	void printsOnA4WithTheHeadlineFiguresOnTheFirstPage() throws Exception {
		Path pdftotext = Chromium.requireTool("DashboardBrowserFunctionalTests", "pdftotext", "poppler-utils");
		Path pdfinfo = Chromium.requireTool("DashboardBrowserFunctionalTests", "pdfinfo", "poppler-utils");
		Path pdf = root.resolve("dashboard.pdf");
		Chromium.Result printed = this.chromium.run(root, "--virtual-time-budget=15000", "--no-pdf-header-footer",
				"--print-to-pdf=" + pdf, this.output.resolve("index.html").toUri().toString());
		assertThat(pdf).as("PDF; stderr: %s", printed.stderr()).isRegularFile();

		String info = Chromium.exec(root, List.of(pdfinfo.toString(), "-f", "1", "-l", "1000", pdf.toString()))
			.stdout();
		List<String> sizes = Pattern.compile("Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts").matcher(info).results()
			.map((m) -> Math.round(Double.parseDouble(m.group(1))) + "x" + Math.round(Double.parseDouble(m.group(2))))
			.toList();
		assertThat(sizes).as("page sizes in points").isNotEmpty().allMatch("595x842"::equals);

		String first = Chromium.exec(root, List.of(pdftotext.toString(), "-f", "1", "-l", "1", "-enc", "UTF-8",
				pdf.toString(), "-")).stdout();
		NumberFormat integer = NumberFormat.getIntegerInstance(Locale.KOREAN);
		Headline h = this.expected;
		assertThat(first).contains(h.year() + "학년도")
			.contains("네트워크 회의")
			.contains(integer.format(h.meetings()))
			.contains(integer.format(h.participants()))
			.contains(integer.format(h.respondents()))
			.contains("합동 회의");
		h.scaleMeans().values().forEach((mean) -> assertThat(first).contains(twoDecimals(Locale.KOREAN).format(mean)));
		assertThat(first).as("run metadata is at the end, not on the first page").doesNotContain("실행 정보");
		String all = Chromium.exec(root, List.of(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-")).stdout();
		assertThat(all).as("on paper: the run's provenance, no download links or technical parameters")
			.contains("실행 정보")
			.contains("완료")
			.doesNotContain("자료 내려받기")
			.doesNotContain("실행 매개변수")
			.doesNotContain("PNG(문서용)")
			.doesNotContain("엑셀에서 열림")
			.doesNotContain("서버나 인터넷 연결 없이")
			.contains("제외 목록(reports/rejects.csv)에 있습니다.");

		// no section heading or table caption is left alone at the foot of a page, away from what it heads
		String html = Files.readString(this.output.resolve("index.html"));
		Set<String> headings = Pattern.compile("<(h2|h3|caption)[^>]*>([^<]+)</\\1>").matcher(html).results()
			.map((m) -> m.group(2).strip())
			.collect(java.util.stream.Collectors.toSet());
		assertThat(headings).contains("합동 회의");
		int pages = sizes.size();
		for (int page = 1; page < pages; page++) {
			String text = Chromium.exec(root, List.of(pdftotext.toString(), "-f", Integer.toString(page), "-l",
					Integer.toString(page), "-enc", "UTF-8", pdf.toString(), "-")).stdout();
			List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
			assertThat(headings).as("the last line of page %d of %d", page, pages)
				.doesNotContain(lines.get(lines.size() - 1));
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "index.html", "index-en.html" })
	void printedEveryPanelKeepsItsContentInItsColumn(String page) throws Exception {
		// the page as printed on A4 (190 mm between Chromium's default margins, 718 CSS px): the print
		// rules applied to the screen of that width
		JsonNode probe = probe(page, 718, 1000, (html) -> html.replace("@media print", "@media all"));
		assertThat(probe.get("scrollWidth").asInt()).as("page wider than the paper").isEqualTo(718);
		assertThat(texts(probe.get("overflowing"))).as("elements outside the paper").isEmpty();
		assertThat(texts(probe.get("spills"))).as("elements printed over the next column").isEmpty();
		// cards side by side show their figures on one line, whatever the length of their labels
		Map<Integer, Set<Integer>> valueTops = new TreeMap<>();
		probe.get("cards").forEach((card) -> valueTops.computeIfAbsent(card.get("top").asInt(), (top) -> new TreeSet<>())
			.add(card.get("valueTop").asInt()));
		assertThat(valueTops).as("cards by top").isNotEmpty();
		assertThat(valueTops.values()).as("tops of the figures of the cards in one row").allSatisfy((tops) -> assertThat(tops).hasSize(1));
	}

	/** Loads a copy of the page with the probe script in an iframe of the given size. */
	private JsonNode probe(String page, int width, int height) throws Exception {
		return probe(page, width, height, java.util.function.UnaryOperator.identity());
	}

	/** Loads a copy of the page, changed by {@code edit}, with the probe script in an iframe of the given size. */
	private JsonNode probe(String page, int width, int height, java.util.function.UnaryOperator<String> edit)
			throws Exception {
		String script = new String(getClass().getResourceAsStream("/dashboard-probe.js").readAllBytes(),
				StandardCharsets.UTF_8);
		String html = edit.apply(Files.readString(this.output.resolve(page)));
		Path probe = this.output.resolve(".probe-" + width + "-" + page);
		Files.writeString(probe, html.replaceFirst("<head>", Matcher.quoteReplacement("<head>\n<script>\n" + script
				+ "\n</script>")));
		Path frame = this.output.resolve(".frame-" + width + "-" + page);
		Files.writeString(frame, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0}"
				+ "iframe{border:0;display:block}</style><script>window.addEventListener('message', function (e) {"
				+ " document.documentElement.setAttribute('data-probe', e.data); });</script></head><body>"
				+ "<iframe src=\"" + probe.getFileName() + "\" width=\"" + width + "\" height=\"" + height
				+ "\"></iframe></body></html>");
		Chromium.Result result = this.chromium.run(root, "--window-size=1400,1000", "--virtual-time-budget=15000",
				"--dump-dom", frame.toUri().toString());
		Matcher attribute = Pattern.compile("data-probe=\"([^\"]*)\"").matcher(result.stdout());
		assertThat(attribute.find()).as("probe result; stderr: %s", result.stderr()).isTrue();
		String json = attribute.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
		return JSON.readTree(json);
	}

	/** Shown figures by name (several for repeated names), all or only those in the first screen. */
	private static Map<String, List<String>> figures(JsonNode probe, boolean all) {
		Map<String, List<String>> figures = new LinkedHashMap<>();
		for (JsonNode figure : probe.get("figures")) {
			assertThat(figure.get("visible").asBoolean()).as("figure %s visible", figure.get("name")).isTrue();
			if (all || figure.get("firstScreen").asBoolean()) {
				figures.computeIfAbsent(figure.get("name").asString(), (name) -> new ArrayList<>())
					.add(figure.get("text").asString());
			}
		}
		return figures;
	}

	private static String change(JsonNode probe, String name) {
		for (JsonNode change : probe.get("changes")) {
			if (change.get("name").asString().equals(name)) {
				return change.get("text").asString();
			}
		}
		throw new AssertionError("no change shown for " + name);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asString()));
		return texts;
	}

	private static NumberFormat twoDecimals(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format;
	}

	private static String signed(long change, NumberFormat integer) {
		return (change == 0) ? "±0" : ((change > 0) ? "+" : "−") + integer.format(Math.abs(change));
	}

	private static Headline headlineFromDatasets(Path output) throws Exception {
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
				Statement sql = duckdb.createStatement()) {
			String years = source(output, "year_summaries");
			int year;
			long meetings;
			long participants;
			long respondents;
			long joint;
			try (ResultSet rows = sql.executeQuery("SELECT year, meetings, distinct_participants, survey_respondents, "
					+ "joint_meetings FROM " + years + " ORDER BY year DESC LIMIT 1")) {
				rows.next();
				year = rows.getInt(1);
				meetings = rows.getLong(2);
				participants = rows.getLong(3);
				respondents = rows.getLong(4);
				joint = rows.getLong(5);
			}
			long previousMeetings = single(sql, "SELECT meetings FROM " + years + " WHERE year = " + (year - 1));
			Map<String, Long> groups = new LinkedHashMap<>();
			try (ResultSet rows = sql.executeQuery("SELECT group_code, meetings FROM " + source(output, "participation")
					+ " WHERE year = " + year)) {
				while (rows.next()) {
					groups.put(rows.getString(1), rows.getLong(2));
				}
			}
			List<LocalDate> dates = new ArrayList<>();
			List<Long> attendance = new ArrayList<>();
			try (ResultSet rows = sql.executeQuery("SELECT meeting_date, participants FROM "
					+ source(output, "joint_meeting_attendance") + " WHERE year = " + year + " ORDER BY meeting_date, session_id")) {
				while (rows.next()) {
					dates.add(rows.getObject(1, LocalDate.class));
					attendance.add(rows.getLong(2));
				}
			}
			Map<String, Double> means = new LinkedHashMap<>();
			Map<String, Long> n = new LinkedHashMap<>();
			try (ResultSet rows = sql.executeQuery("SELECT scale_code, mean, respondents FROM " + source(output, "survey_scales")
					+ " WHERE year = " + year + " AND group_code = 'ALL'")) {
				while (rows.next()) {
					means.put(rows.getString(1), rows.getDouble(2));
					n.put(rows.getString(1), rows.getLong(3));
				}
			}
			assertThat(groups).as("groups in %s", year).isNotEmpty();
			assertThat(means).as("scales in %s", year).isNotEmpty();
			return new Headline(year, meetings, previousMeetings, participants, respondents, joint, groups, dates,
					attendance, means, n);
		}
	}

	private static long single(Statement sql, String query) throws Exception {
		try (ResultSet rows = sql.executeQuery(query)) {
			assertThat(rows.next()).as(query).isTrue();
			return rows.getLong(1);
		}
	}

	private static String source(Path output, String dataset) {
		return "read_parquet('" + output.resolve("datasets").resolve(dataset) + "/**/*.parquet', hive_partitioning = true)";
	}

}
