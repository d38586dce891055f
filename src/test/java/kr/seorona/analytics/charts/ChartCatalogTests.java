package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
		return new ChartCatalog(ChartTheme.bundled());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ko", "en" })
	void everyTextOfEveryChartIsDisplayableByTheBundledFont(String language) {
		Locale locale = Locale.forLanguageTag(language);
		List<ChartFile> files = catalog(locale).build(ChartFixtures.inputs(), ChartFixtures.options(locale));
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
		JFreeChart ko = catalog(Locale.KOREAN).build(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN)).get(0).chart();
		JFreeChart en = catalog(Locale.ENGLISH).build(ChartFixtures.inputs(), ChartFixtures.options(Locale.ENGLISH))
			.get(0)
			.chart();
		assertThat(ko.getTitle().getText()).isEqualTo("집단별 네트워크 회의 수");
		assertThat(ChartTexts.of(ko)).contains("학부모", "교육공무직");
		assertThat(en.getTitle().getText()).isEqualTo("Network meetings by group");
		assertThat(ChartTexts.of(en)).contains("Parents", "Education affairs staff");
		assertThat(ChartTexts.of(en)).noneMatch((text) -> text.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ko", "en" })
	void noTitleOrNoteIsBrokenAgainWhereJFreeChartLaysItOut(String language) {
		// JFreeChart measures a line as the sum of its break segments (each Hangul syllable): a line
		// wrapped by measuring it whole came out broken inside a word ("신" / "규:")
		Locale locale = Locale.forLanguageTag(language);
		ChartOptions options = ChartFixtures.options(locale);
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g2 = image.createGraphics();
		g2.scale(options.dpi() / 72.0, options.dpi() / 72.0);
		g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
				java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g2.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
				java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		int titles = 0;
		for (ChartFile file : catalog(locale).build(ChartFixtures.inputs(), options)) {
			JFreeChart chart = file.chart();
			double width = options.widthPx() * 72.0 / options.dpi() - chart.getPadding().getLeft()
					- chart.getPadding().getRight();
			for (Object title : chart.getSubtitles()) {
				if (!(title instanceof org.jfree.chart.title.TextTitle text)) {
					continue;
				}
				g2.setFont(text.getFont());
				float room = (float) (width - text.getPadding().getLeft() - text.getPadding().getRight());
				for (String line : text.getText().split("\n")) {
					assertThat(org.jfree.chart.text.TextUtils
						.createTextBlock(line, text.getFont(), java.awt.Color.BLACK, room,
								new org.jfree.chart.text.G2TextMeasurer(g2))
						.getLines()).as("%s: %s", file.stem(), line).hasSize(1);
				}
				titles++;
			}
		}
		assertThat(titles).as("subtitles, notes and keys checked").isGreaterThan(20);
	}

	@Test
	void theCatalogueDrawsExactlyTheChartsChartNamesNames() throws Exception {
		java.util.Set<String> names = new java.util.TreeSet<>();
		for (java.lang.reflect.Field field : ChartNames.class.getFields()) {
			names.add((String) field.get(null));
		}
		java.util.Set<String> drawn = new java.util.TreeSet<>();
		for (ChartFile file : catalog(Locale.KOREAN).build(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN))) {
			drawn.add(file.stem().substring(file.stem().lastIndexOf('/') + 1));
		}
		assertThat(drawn).isEqualTo(names).hasSize(7);
	}

	@Test
	void everyChartHasASubtitleWithSourceYearsAndN() {
		for (ChartFile file : catalog(Locale.KOREAN).build(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN))) {
			assertThat(ChartTexts.of(file.chart())).as(file.stem())
				.anySatisfy((text) -> assertThat(text).startsWith("자료: " + ChartFixtures.DEFINITIONS.identity().organisation().ko()
						+ " " + ChartFixtures.DEFINITIONS.identity().programme().ko() + " 기록")
					.containsPattern("20\\d\\d")
					.contains("n = "));
		}
	}

	@Test
	void writesPngAndSvgOfEachChartUnderItsYearFolderInStableOrder(@TempDir Path dir) {
		ChartOptions options = ChartFixtures.options(Locale.KOREAN).withSize(600, 150);
		List<Path> files = catalog(Locale.KOREAN).renderAll(ChartFixtures.inputs(), options, dir.resolve("charts"));
		List<String> relative = files.stream().map((file) -> dir.relativize(file).toString()).toList();
		assertThat(relative).startsWith("charts/2019-2022/meetings-by-group.png", "charts/2019-2022/meetings-by-group.svg",
				"charts/2019-2022/participation-trend.png", "charts/2019-2022/participation-trend.svg");
		assertThat(files).allSatisfy((file) -> assertThat(file).isRegularFile().isNotEmptyFile());
		assertThat(relative).doesNotHaveDuplicates();
	}

	@Test
	void renderingTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
		ChartOptions options = ChartFixtures.options(Locale.KOREAN);
		List<Path> first = catalog(Locale.KOREAN).renderAll(ChartFixtures.inputs(), options, dir.resolve("a"));
		List<Path> second = catalog(Locale.KOREAN).renderAll(ChartFixtures.inputs(), options, dir.resolve("b"));
		assertThat(second).hasSameSizeAs(first);
		for (int i = 0; i < first.size(); i++) {
			assertThat(Files.readAllBytes(second.get(i))).as(second.get(i).toString())
				.isEqualTo(Files.readAllBytes(first.get(i)));
		}
	}

	@Test
	void chartsEncodedInTheBackgroundAreTheBytesOfChartsEncodedOnTheDrawingThread(@TempDir Path dir) throws Exception {
		List<ChartOptions> languages = List.of(ChartFixtures.options(Locale.KOREAN).withSize(900, 150),
				ChartFixtures.options(Locale.ENGLISH).withSize(900, 150));
		List<Path> sequential = new ChartCatalog(ChartTheme.bundled(), false).renderAll(ChartFixtures.inputs(), languages,
				dir.resolve("one"));
		List<Path> parallel = new ChartCatalog(ChartTheme.bundled(), true).renderAll(ChartFixtures.inputs(), languages,
				dir.resolve("two"));
		assertThat(parallel.stream().map((file) -> dir.resolve("two").relativize(file)).toList())
			.isEqualTo(sequential.stream().map((file) -> dir.resolve("one").relativize(file)).toList());
		for (int i = 0; i < sequential.size(); i++) {
			assertThat(Files.readAllBytes(parallel.get(i))).as(parallel.get(i).toString())
				.isEqualTo(Files.readAllBytes(sequential.get(i)));
		}
	}

	@Test
	void oneRenderingWritesEveryChartInKoreanAndUnderEnInEnglish(@TempDir Path dir) throws Exception {
		List<ChartOptions> languages = ChartCatalog.LANGUAGES.stream()
			.map((locale) -> ChartFixtures.options(locale).withSize(600, 150))
			.toList();
		Path charts = dir.resolve("charts");
		List<String> written = new ChartCatalog(ChartTheme.bundled()).renderAll(ChartFixtures.inputs(), languages, charts)
			.stream()
			.map((file) -> charts.relativize(file).toString().replace('\\', '/'))
			.toList();
		List<String> korean = written.stream().filter((file) -> !file.startsWith("en/")).toList();
		List<String> english = written.stream().filter((file) -> file.startsWith("en/")).toList();
		assertThat(korean).isNotEmpty().startsWith("2019-2022/meetings-by-group.png");
		assertThat(english).isEqualTo(korean.stream().map((file) -> "en/" + file).toList());
		assertThat(written).startsWith(korean.toArray(String[]::new));
		for (String file : written) {
			assertThat(ChartCatalog.languageOf(Path.of("charts", file)))
				.isEqualTo(file.startsWith("en/") ? Locale.ENGLISH : Locale.KOREAN);
		}
		for (String file : written.stream().filter((name) -> name.endsWith(".svg")).toList()) {
			List<String> texts = SvgWriterTests.strings(Files.readString(charts.resolve(file)));
			assertThat(texts).as(file).isNotEmpty();
			if (file.startsWith("en/")) {
				assertThat(texts).as(file).noneMatch(ChartCatalogTests::hasHangul);
			}
			else {
				assertThat(texts).as(file).anyMatch(ChartCatalogTests::hasHangul);
			}
		}
	}

	static boolean hasHangul(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

	@Test
	void aChartThatCannotBeWrittenFailsTheWholeCatalogWithItsOwnException(@TempDir Path dir) throws Exception {
		Path notAFolder = Files.writeString(dir.resolve("charts"), "a file where the charts folder should be");
		assertThatExceptionOfType(java.io.UncheckedIOException.class)
			.isThrownBy(() -> catalog(Locale.KOREAN).renderAll(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN)
				.withSize(300, 72), notAFolder))
			.withMessageContaining("cannot write chart");
	}

	@Test
	void chartsWithoutDataAreSkippedNotDrawnEmpty() {
		List<String> stems = catalog(Locale.KOREAN).build(ChartFixtures.inputsWithoutSurvey(), ChartFixtures.options(Locale.KOREAN))
			.stream()
			.map(ChartFile::stem)
			.toList();
		assertThat(stems).containsExactly("2019-2022/meetings-by-group", "2019-2022/participation-trend",
				"2019-2022/participants-retention", "2019-2022/joint-meeting-composition", "2020/year-over-year",
				"2021/year-over-year", "2022/year-over-year");
		ChartInputs empty = new ChartInputs(ChartFixtures.DEFINITIONS.groups(), null, List.of(), List.of(), List.of());
		assertThat(catalog(Locale.KOREAN).build(empty, ChartFixtures.options(Locale.KOREAN))).isEmpty();
	}

	@Test
	void longLabelsAreWrappedNeverCut() {
		java.awt.Font font = ChartTheme.bundled().font(7, false);
		java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
		String label = "Useful for school innovation and for the wider community of schools in the district";
		List<String> lines = LabelWrapper.wrap(label, font, frc, 60);
		assertThat(lines).hasSizeGreaterThan(3);
		assertThat(String.join(" ", lines)).isEqualTo(label);
		assertThat(lines).allSatisfy((line) -> assertThat(LabelWrapper.width(line, font, frc)).isLessThanOrEqualTo(60));
		List<String> korean = LabelWrapper.wrap("서로나눔학교네트워크합동회의참여자구성", font, frc, 30);
		assertThat(String.join("", korean)).isEqualTo("서로나눔학교네트워크합동회의참여자구성");
		assertThat(korean).hasSizeGreaterThan(1).noneMatch((line) -> line.contains("..."));
	}

}
