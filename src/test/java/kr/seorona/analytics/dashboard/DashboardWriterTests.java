package kr.seorona.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.seorona.analytics.charts.ChartInputs;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.YearSummary;

class DashboardWriterTests {

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	static ChartInputs inputs() {
		return new ChartInputs(DashboardFixtures.groups(), DashboardFixtures.DEFINITIONS.survey(),
				DashboardFixtures.participation(), List.of(), List.of());
	}

	@Test
	void aPageThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
		// index.html a non-empty folder: the final rename fails, as on a full disk
		Files.createDirectories(dir.resolve("index.html"));
		Files.writeString(dir.resolve("index.html/keep"), "x");
		RunReport report = DashboardFixtures.report(dir, Locale.KOREAN, inputs());
		org.assertj.core.api.Assertions.assertThatExceptionOfType(java.io.UncheckedIOException.class)
			.isThrownBy(() -> DashboardWriter.write(report, DashboardFixtures.DEFINITIONS, Locale.KOREAN, dir));
		assertThat(dir.resolve(".index.html.tmp")).doesNotExist();
	}

	static String write(Path dir, Locale locale) throws Exception {
		RunReport report = DashboardFixtures.report(dir, locale, inputs());
		DashboardWriter.write(report, DashboardFixtures.DEFINITIONS, locale, dir);
		return Files.readString(dir.resolve("index.html"));
	}

	private static String section(String html, String id) {
		Matcher section = Pattern.compile("<section id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
		assertThat(section.find()).as("section %s", id).isTrue();
		return section.group(1);
	}

	private static String figure(String html, String name) {
		Matcher figure = Pattern.compile("data-figure=\"" + Pattern.quote(name) + "\">([^<]*)<").matcher(html);
		assertThat(figure.find()).as("figure %s", name).isTrue();
		return figure.group(1).replace("&#x3D;", "=");
	}

	private static String change(String html, String name) {
		Matcher change = Pattern.compile("data-change=\"" + Pattern.quote(name) + "\">([^<]*)<").matcher(html);
		assertThat(change.find()).as("change of %s", name).isTrue();
		return change.group(1);
	}

	@Test
	void headlineOfTheLatestYearComesFirstWithChangesFromTheYearBefore(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.KOREAN);
		assertThat(html.indexOf("<section id=\"headline\">")).as("the first section").isEqualTo(html.indexOf("<section"));
		String headline = section(html, "headline");
		assertThat(headline).contains("<h1>2022학년도 서로나눔학교 네트워크 주요 현황</h1>").contains("정기 22회 · 합동 2회");
		assertThat(figure(headline, "meetings-total")).isEqualTo("24");
		assertThat(change(headline, "meetings-total")).isEqualTo("전년(2021) 5 대비 +19");
		assertThat(figure(headline, "participants")).isEqualTo("171");
		assertThat(change(headline, "participants")).isEqualTo("전년(2021) 150 대비 +21");
		assertThat(figure(headline, "respondents")).isEqualTo("121");
		assertThat(figure(headline, "joint-count")).isEqualTo("2");
		assertThat(headline).contains("2022. 4. 29.").contains("2022. 11. 29.").contains("120명 참여");
		assertThat(figure(headline, "group-meetings-PRINCIPAL")).isEqualTo("3");
		assertThat(headline).contains("data-figure=\"group-meetings-PARENT\">18</td><td class=\"num\">–</td><td class=\"num\">신규<");
		assertThat(headline).contains("data-figure=\"group-meetings-total\">22</td><td class=\"num\">4</td><td class=\"num\">+18<");
		assertThat(figure(headline, "scale-mean-collaboration")).isEqualTo("4.05");
		assertThat(figure(headline, "scale-n-collaboration")).isEqualTo("n = 118");
		assertThat(headline).contains("전년(2021) 3.91 (n &#x3D; 70) 대비 +0.14")
			.contains("증감은 반올림하기 전의 평균으로 계산하여, 표시된 두 평균의 차와 0.01 다를 수 있음.");
		assertThat(headline).contains("소통과 협력").contains("참여 가치");
		assertThat(headline).doesNotContain("매개변수").doesNotContain("annualReport");
	}

	@Test
	void datesAsTheReportsWriteThemAndEveryRateDefined(@TempDir Path dir) throws Exception {
		String korean = write(dir, Locale.KOREAN);
		// the run date as the reports' 집계일, not the ISO date of a log
		assertThat(section(korean, "headline")).contains("집계일 2026. 3. 2.").doesNotContain("2026-03-02");
		// a joint meeting's people are its participants; 실참여자 is the year's distinct people
		assertThat(section(korean, "joint")).contains("scope=\"col\">참여자</th>").doesNotContain("실참여자");
		assertThat(section(korean, "participation")).contains("참여율: 참여 연인원 ÷ 회의마다 그 네트워크의 회원 수를 더한 값")
			.contains("학년도 합계의 실참여자에는 합동 회의에만 참여한 사람도 들어 있어");
		// the first year published has no year before it: –, not 신규 (new in that year)
		assertThat(section(korean, "participation"))
			.containsPattern("<td>2021</td><td class=\"name\">교장</td>(\\s*<td class=\"num\">[^<]*</td>){3}\\s*<td class=\"num\">–</td>")
			.containsPattern("<td>2022</td><td class=\"name\">학부모</td>(\\s*<td class=\"num\">[^<]*</td>){3}\\s*<td class=\"num\">신규</td>");
		String english = write(dir, Locale.ENGLISH);
		assertThat(section(english, "headline")).contains("as of 2 Mar 2026");
	}

	@Test
	void respondentsWithheldFromAYearWithASurveyReadSuppressedNotAsNoSurvey(@TempDir Path dir) throws Exception {
		RunReport base = DashboardFixtures.report(dir, Locale.KOREAN, inputs());
		PublishedFigures published = base.figures();
		List<YearSummary> years = published.years()
			.stream()
			.map((year) -> (year.year() == 2022) ? year.withSurveyRespondents(null) : year)
			.toList();
		PublishedFigures figures = new PublishedFigures(years, published.participation(), published.jointAttendance(),
				published.jointMeetings(), published.scales(), published.items());
		DashboardWriter.write(new RunReport(base.run(), base.identity(), figures, base.quality(), base.charts(),
				base.datasets(), base.minCellSize()), DashboardFixtures.DEFINITIONS, Locale.KOREAN, dir);
		String html = Files.readString(dir.resolve("index.html")).replaceAll(">\\s+<", "><");
		// the year totals: 2022 has scale statistics, so its missing respondents are withheld
		assertThat(section(html, "participation")).containsPattern("<th scope=\"row\">2022</th>(<td class=\"num\">[^<]*</td>){5}"
				+ "<td class=\"num\">비공개</td></tr>");
	}

	@Test
	void aYearOfManyJointMeetingsShowsItsLargestAndPointsToTheDatasets(@TempDir Path dir) throws Exception {
		RunReport base = DashboardFixtures.report(dir, Locale.KOREAN, inputs());
		PublishedFigures published = base.figures();
		List<JointMeetingAttendance> attendance = new java.util.ArrayList<>();
		List<JointMeetingComposition> composition = new java.util.ArrayList<>();
		// 25 joint meetings in 2022 on 25 days, 11..35 participants: the 20 largest are days 6..25
		for (int day = 1; day <= 25; day++) {
			LocalDate date = LocalDate.of(2022, 3, day);
			attendance.add(new JointMeetingAttendance(2022, "J" + day, date, 10 + day, 1, false));
			composition.add(new JointMeetingComposition(2022, "J" + day, date, "PARENT", 10 + day, 1.0, false));
		}
		List<YearSummary> years = published.years()
			.stream()
			.map((y) -> (y.year() == 2022) ? new YearSummary(2022, y.groups(), y.networks(), y.regularMeetings(), 25,
					y.regularMeetings() + 25, y.attendances(), 575, y.distinctParticipants(), y.surveyRespondents(), false)
					: y)
			.toList();
		PublishedFigures figures = new PublishedFigures(years, published.participation(), attendance, composition,
				published.scales(), published.items());
		DashboardWriter.write(new RunReport(base.run(), base.identity(), figures, base.quality(), base.charts(),
				base.datasets(), base.minCellSize()), DashboardFixtures.DEFINITIONS, Locale.KOREAN, dir);
		String html = Files.readString(dir.resolve("index.html")).replaceAll(">\\s+<", "><");

		assertThat(figure(html, "joint-count")).isEqualTo("25");
		assertThat(Pattern.compile("data-figure=\"joint-date\"").matcher(html).results().count()).isEqualTo(20);
		assertThat(figure(html, "joint-date")).as("the first listed, in date order").isEqualTo("2022. 3. 6.");
		assertThat(html).contains("참여자가 가장 많았던 20회만 보임(모든 합동 회의: 데이터셋 joint_meeting_attendance)");
		String joint = section(html, "joint");
		assertThat(Pattern.compile("<td class=\"name\">합계</td>").matcher(joint).results().count()).isEqualTo(20);
		assertThat(joint).doesNotContain("2022. 3. 5.").contains("2022. 3. 25.");
		assertThat(joint).contains("2022학년도: 합동 회의 25회 중 참여자가 가장 많았던 20회. 모든 합동 회의와 집단별 구성은 데이터셋 "
				+ "joint_meeting_attendance, joint_meetings에 있다.");
	}

	@Test
	void suppressedFiguresAreLabelledNeverShownAsSmallCells(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.KOREAN);
		Matcher row = Pattern.compile("<tr class=\"suppressed\">(.*?)</tr>", Pattern.DOTALL).matcher(section(html, "participation"));
		assertThat(row.find()).isTrue();
		String cells = row.group(1);
		assertThat(cells).contains("<td>2021</td><td class=\"name\">행정실장</td>").contains("비공개");
		// every figure is withheld, as in the published dataset: networks (1), meetings (1),
		// attendances 4 and participants 4 must not appear
		assertThat(cells).doesNotContain(">4<").doesNotContain(">1<").doesNotContain("50.0%");
		String joint = section(html, "joint");
		assertThat(joint).contains("<td class=\"name\">행정실장</td><td class=\"num\">비공개</td>").doesNotContain(">3<");
		assertThat(joint).contains("<td class=\"name\">합계</td><td class=\"num\">120</td>");
		String survey = section(html, "survey");
		assertThat(survey).containsPattern("행정실장</td><td class=\"num\">비공개</td><td class=\"num\">비공개</td>")
			.doesNotContain(">3<")
			.doesNotContain("4.50");
	}

	@Test
	void statusAndLabelsAreTranslatedAndRunMetadataComesLast(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.KOREAN);
		assertThat(html).doesNotContain("COMPLETED").contains("<span class=\"status ok\" data-status>완료</span>");
		assertThat(html.indexOf("<section id=\"run\">")).isGreaterThan(html.indexOf("<section id=\"downloads\">"));
		String run = section(html, "run");
		assertThat(run).contains("2026-03-02 09:00:01").contains("<code>years</code></td><td><code>2019-2022</code>");
		assertThat(html).contains("울산광역시교육청").contains("울산광역시교육청 서로나눔학교 담당 부서");
	}

	@Test
	void qualityCoversEveryPublishedYearWithTranslatedReasons(@TempDir Path dir) throws Exception {
		String quality = section(write(dir, Locale.KOREAN), "quality");
		assertThat(quality).contains("2021/networks.csv").contains("2022/sessions.xlsx").contains("2021–2022");
		assertThat(quality).contains("날짜 오류 1 (INVALID_DATE), 알 수 없는 집단 2 (UNKNOWN_GROUP)");
		assertThat(quality).contains(">1,272<").contains("href=\"reports/rejects.csv\"");
	}

	@Test
	void linksEveryDatasetTheDictionaryRejectsAndManifest(@TempDir Path dir) throws Exception {
		String downloads = section(write(dir, Locale.KOREAN), "downloads");
		assertThat(Pattern.compile("href=\"([^\"]+)\"").matcher(downloads).results()
			.map((m) -> m.group(1).replace("&#x3D;", "="))
			.toList())
			.containsExactly("DATASETS.md", "reports/rejects.csv", "reports/ingest-summary.json", "manifest.json",
					"datasets/participation/year=2021/part-00000.parquet",
					"datasets/participation/year=2022/part-00000.parquet");
	}

	@Test
	void referencesEveryChartByRelativePathAndNothingExternal(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.KOREAN);
		List<String> sources = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html).results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(sources).containsExactly("charts/2021-2022/meetings-by-group.png",
				"charts/2021-2022/participation-trend.png", "charts/2021-2022/participants-retention.png",
				"charts/2022/year-over-year.png");
		assertThat(sources).allSatisfy((source) -> assertThat(dir.resolve(source)).isRegularFile());
		assertThat(html).contains("href=\"charts/2022/year-over-year.svg\"");
		List<String> english = Pattern.compile("<img src=\"([^\"]+)\"").matcher(Files.readString(dir.resolve("index-en.html")))
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(english).isEqualTo(sources.stream().map((source) -> source.replace("charts/", "charts/en/")).toList());
		assertThat(english).allSatisfy((source) -> assertThat(dir.resolve(source)).isRegularFile());
		assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("url(http");
		assertThat(dir.resolve("assets/fonts/NanumGothic.ttf")).isRegularFile();
		assertThat(dir.resolve("assets/fonts/OFL-NanumGothic.txt")).content().contains("SIL OPEN FONT LICENSE");
	}

	@Test
	void oneRunWritesBothLanguagesWithASwitch(@TempDir Path dir) throws Exception {
		String korean = write(dir, Locale.KOREAN);
		String english = Files.readString(dir.resolve("index-en.html"));
		assertThat(korean).contains("<html lang=\"ko\">").contains("href=\"index-en.html\" hreflang=\"en\" lang=\"en\">English<");
		assertThat(english).contains("<html lang=\"en\">").contains("href=\"index.html\" hreflang=\"ko\" lang=\"ko\">한국어<");
		assertThat(english).contains("Data quality").contains("Parents").contains("Completed").contains("29 Nov 2022")
			.contains("Ulsan Metropolitan Office of Education").contains("Suppressed");
		// the only Hangul on the English page is the name of the Korean switch
		assertThat(english.replace(">한국어<", "")).doesNotContainPattern("[\\uAC00-\\uD7A3]");
		assertThat(english).doesNotContain("COMPLETED");
	}

	@Test
	void englishRunPutsTheEnglishPageFirst(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.ENGLISH);
		assertThat(html).contains("<html lang=\"en\">").contains("href=\"index-ko.html\"");
		assertThat(dir.resolve("index-ko.html")).content().contains("<html lang=\"ko\">");
		assertThat(dir.resolve("index-en.html")).doesNotExist();
		// each page shows the charts of its own language, whichever language the run is in
		assertThat(html).contains("<img src=\"charts/en/2022/year-over-year.png\"").doesNotContain("src=\"charts/2022/");
		assertThat(dir.resolve("index-ko.html")).content().contains("<img src=\"charts/2022/year-over-year.png\"")
			.doesNotContain("charts/en/");
	}

	@Test
	void aPhoneReaderIsToldChartsScrollSidewaysBeforeTheFirstChart(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.KOREAN);
		assertThat(html).contains("<p class=\"scroll-hint\">그림은 옆으로 밀어 볼 수 있습니다.");
		assertThat(html.indexOf("class=\"scroll-hint\"")).isLessThan(html.indexOf("<figure>"));
	}

	@Test
	void englishScaleChangeNamesThePreviousMeanAndItsNInOneBracket(@TempDir Path dir) throws Exception {
		String headline = section(write(dir, Locale.ENGLISH), "headline");
		assertThat(headline.replace("&#x3D;", "=")).contains("+0.14 from 2021 (3.91, n = 70)")
			.doesNotContain("(n = 70))");
		assertThat(headline).contains("<span class=\"n\" data-figure=\"scale-n-collaboration\">");
	}

	@Test
	void everyDashboardTextExistsInBothLanguages() throws Exception {
		// the files themselves: a key missing in English would silently fall back to the Korean base bundle
		Set<String> korean = dashboardKeys("/messages.properties");
		Set<String> english = dashboardKeys("/messages_en.properties");
		assertThat(english).isEqualTo(korean);
		for (kr.seorona.analytics.parquet.DatasetDefinition<?> dataset : kr.seorona.analytics.parquet.DatasetCatalog.all()) {
			assertThat(korean).contains("dashboard.dataset." + dataset.name());
		}
		for (String code : List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED", "UNKNOWN")) {
			assertThat(korean).contains("dashboard.status." + code);
		}
		for (java.lang.reflect.Field reason : kr.seorona.analytics.ingest.RejectReasons.class.getFields()) {
			assertThat(korean).as("label of reject reason %s", reason.getName()).contains("dashboard.reason." + reason.getName());
		}
	}

	private static Set<String> dashboardKeys(String resource) throws Exception {
		java.util.Properties properties = new java.util.Properties();
		try (var in = DashboardWriterTests.class.getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		Set<String> keys = new TreeSet<>(properties.stringPropertyNames());
		keys.removeIf((key) -> !key.startsWith("dashboard."));
		return keys;
	}

	@Test
	void escapesTextFromTheRun(@TempDir Path dir) throws Exception {
		RunInfo run = new RunInfo("annualReport", 7, "FAILED", new TreeMap<>(Map.of("input", "<script>alert(1)</script>")),
				LocalDateTime.of(2026, 3, 2, 9, 0), null);
		RunReport report = new RunReport(run, DashboardFixtures.DEFINITIONS.identity(), PublishedFigures.none(),
				List.of(), List.of(), List.of(), 5);
		DashboardWriter.write(report, DashboardFixtures.DEFINITIONS, Locale.KOREAN, dir);
		String html = Files.readString(dir.resolve("index.html"));
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		assertThat(html).contains("status failed").contains("실패").contains("통계가 없습니다.");
	}

	@Test
	void browserReadyFontKeepsEveryGlyphTable() throws Exception {
		byte[] original;
		try (var in = getClass().getResourceAsStream("/fonts/NanumGothic.ttf")) {
			original = in.readAllBytes();
		}
		byte[] web = WebFont.withoutSourceTables(original);
		java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(web));
		assertThat(font.canDisplayUpTo("서로나눔학교 네트워크 분석 ABC 123")).isEqualTo(-1);
		assertThat(new String(web, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("TSI3");
		assertThat(WebFont.withoutSourceTables(original)).isEqualTo(web);
	}

}
