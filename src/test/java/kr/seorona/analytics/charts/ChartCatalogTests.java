package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartCatalogTests {

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	private static ChartCatalog catalog(Locale locale) {
		return new ChartCatalog(ChartTheme.bundled(), Messages.bundle(locale));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ko", "en" })
	void everyTextOfEveryChartIsDisplayableByTheBundledFont(String language) {
		Locale locale = Locale.forLanguageTag(language);
		List<ChartFile> files = catalog(locale).build(ChartFixtures.inputs(), ChartOptions.defaults(locale));
		assertThat(files).isNotEmpty();
		ChartTheme theme = ChartTheme.bundled();
		for (boolean bold : new boolean[] { false, true }) {
			Font font = theme.font(8, bold);
			for (ChartFile file : files) {
				List<String> texts = ChartTexts.of(file.chart());
				assertThat(texts).as(file.stem()).isNotEmpty();
				for (String text : texts) {
					assertThat(font.canDisplayUpTo(text)).as("%s: %s", file.stem(), text).isEqualTo(-1);
				}
			}
		}
	}

	@Test
	void koreanChartsUseKoreanTextsAndEnglishChartsEnglishOnes() {
		JFreeChart ko = catalog(Locale.KOREAN).build(ChartFixtures.inputs(), ChartOptions.defaults()).get(0).chart();
		JFreeChart en = catalog(Locale.ENGLISH).build(ChartFixtures.inputs(), ChartOptions.defaults(Locale.ENGLISH))
			.get(0)
			.chart();
		assertThat(ko.getTitle().getText()).isEqualTo("집단별 네트워크 회의 수");
		assertThat(ChartTexts.of(ko)).contains("학부모", "교육공무직");
		assertThat(en.getTitle().getText()).isEqualTo("Network meetings by group");
		assertThat(ChartTexts.of(en)).contains("Parents", "Education affairs staff");
		assertThat(ChartTexts.of(en)).noneMatch((text) -> text.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL));
	}

	@Test
	void everyChartHasASubtitleWithSourceYearsAndN() {
		for (ChartFile file : catalog(Locale.KOREAN).build(ChartFixtures.inputs(), ChartOptions.defaults())) {
			assertThat(ChartTexts.of(file.chart())).as(file.stem())
				.anySatisfy((text) -> assertThat(text).startsWith("자료: 서울특별시교육청 서로나눔학교 네트워크 기록")
					.containsPattern("20\\d\\d")
					.contains("n = "));
		}
	}

	@Test
	void writesPngAndSvgOfEachChartUnderItsYearFolderInStableOrder(@TempDir Path dir) {
		ChartOptions options = ChartOptions.defaults().withSize(600, 150);
		List<Path> files = catalog(Locale.KOREAN).renderAll(ChartFixtures.inputs(), options, dir.resolve("charts"));
		List<String> relative = files.stream().map((file) -> dir.relativize(file).toString()).toList();
		assertThat(relative).startsWith("charts/2019-2022/meetings-by-group.png", "charts/2019-2022/meetings-by-group.svg",
				"charts/2019-2022/participation-trend.png", "charts/2019-2022/participation-trend.svg");
		assertThat(files).allSatisfy((file) -> assertThat(file).isRegularFile().isNotEmptyFile());
		assertThat(relative).doesNotHaveDuplicates();
	}

	@Test
	void renderingTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
		ChartOptions options = ChartOptions.defaults();
		List<Path> first = catalog(Locale.KOREAN).renderAll(ChartFixtures.inputs(), options, dir.resolve("a"));
		List<Path> second = catalog(Locale.KOREAN).renderAll(ChartFixtures.inputs(), options, dir.resolve("b"));
		assertThat(second).hasSameSizeAs(first);
		for (int i = 0; i < first.size(); i++) {
			assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString())
				.isEqualTo(Files.readAllBytes(first.get(i)));
		}
	}

}
