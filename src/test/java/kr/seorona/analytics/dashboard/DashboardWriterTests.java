package kr.seorona.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.seorona.analytics.charts.ChartInputs;
import kr.seorona.analytics.charts.Messages;

class DashboardWriterTests {

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	static ChartInputs inputs() {
		return new ChartInputs(DashboardFixtures.groups(), DashboardFixtures.DEFINITIONS.survey(),
				DashboardFixtures.participation(), List.of(), List.of(), List.of());
	}

	static String write(Path dir, Locale locale) throws Exception {
		RunReport report = DashboardFixtures.report(dir, locale, inputs());
		DashboardWriter.write(report, DashboardFixtures.groups(), Messages.bundle(locale), dir);
		return Files.readString(dir.resolve("index.html"));
	}

	@Test
	void aPageThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
		// index.html a non-empty folder: the final rename fails, as on a full disk
		Files.createDirectories(dir.resolve("index.html"));
		Files.writeString(dir.resolve("index.html/keep"), "x");
		RunReport report = DashboardFixtures.report(dir, Locale.KOREAN, inputs());
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(java.io.UncheckedIOException.class)
			.isThrownBy(() -> DashboardWriter.write(report, DashboardFixtures.groups(), Messages.bundle(Locale.KOREAN),
					dir));
		assertThat(dir.resolve(".index.html.tmp")).doesNotExist();
	}

	@Test
	void showsRunStatusParametersQualityAndKeyFigures(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.KOREAN);
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"ko\">")
			.contains("<span class=\"status ok\">COMPLETED</span>")
			.contains("2026-03-02 09:00:01")
			.contains("<code>years</code></td><td><code>2019-2022</code>")
			.contains("2022/sessions.xlsx")
			.contains("BAD_DATE 1, UNKNOWN_GROUP 2")
			.contains(">1,261<")
			.contains("<td>2022</td><td>학부모</td>")
			.contains(">401<");
	}

	@Test
	void suppressedGroupShowsNoPeopleCounts(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.KOREAN);
		Matcher row = Pattern.compile("<tr class=\"suppressed\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(row.find()).isTrue();
		String cells = row.group(1);
		assertThat(cells).contains("<td>2021</td><td>행정실장</td>").contains("비공개");
		// every figure is withheld, as in the published dataset: networks (1), meetings (1),
		// attendances 4 and participants 4 must not appear
		assertThat(cells).doesNotContain(">4<").doesNotContain(">1<").doesNotContain("50.0%");
		assertThat(row.find()).as("only one suppressed row").isFalse();
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
		assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("url(http");
		assertThat(dir.resolve("assets/fonts/NanumGothic.ttf")).isRegularFile();
		assertThat(dir.resolve("assets/fonts/OFL-NanumGothic.txt")).content().contains("SIL OPEN FONT LICENSE");
	}

	@Test
	void englishRunGivesAnEnglishPage(@TempDir Path dir) throws Exception {
		String html = write(dir, Locale.ENGLISH);
		assertThat(html).contains("<html lang=\"en\">").contains("Data quality").contains("Parents");
		assertThat(html).doesNotContain("자료 품질");
	}

	@Test
	void escapesTextFromTheRun(@TempDir Path dir) throws Exception {
		RunReport report = new RunReport("annualReport", 7, "FAILED",
				new TreeMap<>(Map.of("input", "<script>alert(1)</script>")), LocalDateTime.of(2026, 3, 2, 9, 0), null,
				List.of(), List.of(), List.of(), 5);
		DashboardWriter.write(report, DashboardFixtures.groups(), Messages.bundle(Locale.KOREAN), dir);
		String html = Files.readString(dir.resolve("index.html"));
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		assertThat(html).contains("status failed").contains("이번 실행에서 만든 그림이 없습니다.");
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
