package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class YearOverYearChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	private List<String> row(int year, String code) {
		YearOverYearChart.Data data = YearOverYearChart.dataset(this.context, year);
		int row = data.groupCodes().indexOf(code);
		return data.cells().stream()
			.filter((cell) -> cell.row() == row)
			.map((cell) -> cell.text() + ((cell.bases() != null) ? " " + cell.bases() : ""))
			.toList();
	}

	@Test
	void everyChangeStandsBesideItsBases() {
		// fixture principals 2021 -> 2022: meetings 3 -> 3, attendances 47 -> 51, distinct 21 -> 22
		assertThat(row(2022, "PRINCIPAL")).startsWith("변화 없음 3→3", "+8.5% 47→51", "+4.8% 21→22");
		assertThat(row(2022, "PRINCIPAL").get(3)).matches("[+-]\\d+\\.\\d%p \\d+\\.\\d%→\\d+\\.\\d%");
	}

	private static double rate(int year, String code) {
		return ChartFixtures.inputs()
			.participation()
			.stream()
			.filter((row) -> row.year() == year && row.groupCode().equals(code))
			.findFirst()
			.orElseThrow()
			.participationRate();
	}

	@Test
	void participationRateChangeIsLaterMinusEarlierWithTheBasesInYearOrder() {
		for (String code : List.of("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "PARENT")) {
			String cell = row(2022, code).get(3);
			java.util.regex.Matcher m = java.util.regex.Pattern
				.compile("([+-]\\d+\\.\\d)%p (\\d+\\.\\d)%→(\\d+\\.\\d)%")
				.matcher(cell);
			assertThat(m.matches()).as(code + ": " + cell).isTrue();
			double change = Double.parseDouble(m.group(1));
			double before = Double.parseDouble(m.group(2));
			double after = Double.parseDouble(m.group(3));
			assertThat(change).as(code + ": " + cell).isCloseTo(after - before, org.assertj.core.data.Offset.offset(0.11));
			// the bases are the fixture's 2021 and 2022 rates, in that order
			assertThat(before).as(code + ": " + cell).isCloseTo(100 * rate(2021, code), org.assertj.core.data.Offset.offset(0.051));
			assertThat(after).as(code + ": " + cell).isCloseTo(100 * rate(2022, code), org.assertj.core.data.Offset.offset(0.051));
		}
	}

	@Test
	void noChangeIsSaidInWordsNeverAsPlusZeroPercent() {
		JFreeChart chart = new YearOverYearChart().charts(this.context).get(0).chart();
		assertThat(ChartTexts.of(chart)).noneMatch((text) -> text.matches("[+-]0\\.0%.*")).contains("변화 없음");
		assertThat(YearOverYearCells.signed(0.03)).isEqualTo("+<0.1");
		assertThat(YearOverYearCells.signed(-12.34)).isEqualTo("-12.3");
	}

	@Test
	void theChartSaysWhatItsParticipationRateIs() {
		JFreeChart chart = new YearOverYearChart().charts(this.context).get(0).chart();
		assertThat(ChartTexts.of(chart)).contains("집단 정기 회의 기준(합동 회의 제외). 참여율: 참여 연인원 ÷ 회의마다 그 네트워크의 회원 수를 더한 값");
	}

	@Test
	void groupsNewThatYearReadNewAndNCountsOnlyGroupsWithAPreviousYear() {
		// 2020: administrative directors and education affairs staff are new; 4 groups had 2019
		assertThat(row(2020, "EDU_STAFF")).containsOnly("신규");
		YearOverYearChart.Data data = YearOverYearChart.dataset(this.context, 2020);
		assertThat(data.compared()).isEqualTo(4);
		JFreeChart chart = new YearOverYearChart().charts(this.context).get(0).chart();
		assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text).endsWith("n = 전년 자료가 있는 4개 집단"));
	}

	@Test
	void everyLineOfTheNotesUnderTheTableStartsAtTheSameLeftEdge() {
		// in English the colour key is too long for one line: its second line starts where the first does
		ChartOptions options = ChartFixtures.options(Locale.ENGLISH);
		ChartContext english = new ChartContext(ChartFixtures.inputs(), options, Messages.bundle(Locale.ENGLISH),
				ChartTheme.bundled());
		JFreeChart chart = new YearOverYearChart().charts(english).get(0).chart();
		java.awt.image.BufferedImage image = PngWriter.render(chart, options.widthPx(), options.heightPx(),
				options.dpi());

		List<Integer> lineStarts = new java.util.ArrayList<>();
		int y = image.getHeight() - 1;
		while (y >= 0) {
			while (y >= 0 && firstInk(image, y) < 0) {
				y--;
			}
			int bottom = y;
			int left = Integer.MAX_VALUE;
			for (int start; y >= 0 && (start = firstInk(image, y)) >= 0; y--) {
				left = Math.min(left, start);
			}
			if (bottom - y > image.getHeight() / 10) {
				break; // the table: the notes are above it no more
			}
			if (bottom >= 0) {
				lineStarts.add(left);
			}
		}
		assertThat(lineStarts).as("rate note and the two lines of the key, bottom up").hasSizeGreaterThanOrEqualTo(3);
		int tolerance = options.dpi() / 20;
		assertThat(lineStarts).allSatisfy((x) -> assertThat(x).isBetween(lineStarts.get(lineStarts.size() - 1) - tolerance,
				lineStarts.get(lineStarts.size() - 1) + tolerance));
	}

	@Test
	void theKeySaysWhichPatternMeansGrowthAndBreaksAtSpacesWithinTheChartsWidth() {
		// printed in black and white, colour names alone do not tell growth from decline
		JFreeChart chart = new YearOverYearChart().charts(this.context).get(0).chart();
		org.jfree.chart.title.TextTitle key = chart.getSubtitles()
			.stream()
			.filter((title) -> title instanceof org.jfree.chart.title.TextTitle text && text.getText().startsWith("증가:"))
			.map(org.jfree.chart.title.TextTitle.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(key.getText()).contains("무늬 없는", "빗금");
		ChartOptions options = ChartFixtures.options(Locale.KOREAN);
		double width = options.widthPx() * 72.0 / options.dpi() - ChartContext.TITLE_MARGIN;
		String[] lines = key.getText().split("\n");
		assertThat(lines).as("the key is longer than one line of the chart").hasSizeGreaterThan(1);
		assertThat(lines).allSatisfy((line) -> assertThat(LabelWrapper.width(line, key.getFont(), PlotSpace.FRC))
			.isLessThanOrEqualTo(width));
		assertThat(String.join(" ", lines)).as("broken at spaces only").isEqualTo(Messages.bundle(Locale.KOREAN).get("chart.yoy.key"));
	}

	/** The first x of a pixel row that is not (nearly) white, -1 for a blank row. */
	private static int firstInk(java.awt.image.BufferedImage image, int y) {
		for (int x = 0; x < image.getWidth(); x++) {
			int rgb = image.getRGB(x, y);
			if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 235) {
				return x;
			}
		}
		return -1;
	}

}
