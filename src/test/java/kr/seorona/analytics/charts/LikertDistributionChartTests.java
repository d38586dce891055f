package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import kr.seorona.analytics.ingest.SurveyAnswer;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.stats.SurveyItemStatistics;

class LikertDistributionChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	@Test
	void keepsAllFiveCategoriesInOrderAndColourWhenOneIsEmpty() {
		// in 2022 nobody answered 1 to q5 (지속 참여 의향)
		JFreeChart chart = new LikertDistributionChart().charts(this.context).stream()
			.filter((file) -> file.folder().equals("2022"))
			.findFirst()
			.orElseThrow()
			.chart();
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		LegendItemCollection legend = plot.getLegendItems();
		assertThat(legend.getItemCount()).isEqualTo(5);
		for (int i = 0; i < 5; i++) {
			LegendItem item = legend.get(i);
			assertThat(item.getFillPaint()).isEqualTo(LikertDistributionChart.COLORS.get(i));
		}
		assertThat(legend.get(0).getLabel()).isEqualTo("전혀 그렇지 않다");
		assertThat(legend.get(4).getLabel()).isEqualTo("매우 그렇다");
		DefaultCategoryDataset dataset = (DefaultCategoryDataset) plot.getDataset();
		assertThat(dataset.getRowKeys()).containsExactlyElementsOf(LikertDistributionChart.ROW_KEYS);
		String q5 = "지속 참여 의향 (n=226)";
		assertThat(dataset.getValue("1", q5).doubleValue()).isZero();
		assertThat(dataset.getValue("2", q5).doubleValue()).isCloseTo(-5.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(dataset.getValue("3-", q5).doubleValue()).isCloseTo(-7.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(dataset.getValue("3+", q5).doubleValue()).isCloseTo(7.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(dataset.getValue("5", q5).doubleValue()).isCloseTo(35.0, org.assertj.core.data.Offset.offset(1e-9));
		// every series keeps its fixed colour
		for (int row = 0; row < 6; row++) {
			assertThat(plot.getRenderer().getSeriesPaint(row))
				.isEqualTo(LikertDistributionChart.COLORS.get(LikertDistributionChart.ROW_ANSWERS[row] - 1));
		}
	}

	@Test
	void anItemWithFewerThanKAnswersIsMarkedAndNotDrawn() {
		List<SurveyItemStatistics> rows = ChartFixtures.surveyItems().stream()
			.filter((row) -> row.year() == 2022 && row.groupCode().equals("ALL"))
			.map((row) -> row.itemCode().equals("q3") ? withN(row, 4) : row)
			.toList();
		ChartInputs inputs = new ChartInputs(ChartFixtures.DEFINITIONS.groups(), ChartFixtures.DEFINITIONS.survey(),
				ChartFixtures.participation(), List.of(), rows);
		ChartContext small = new ChartContext(inputs, ChartFixtures.options(Locale.KOREAN), Messages.bundle(Locale.KOREAN),
				ChartTheme.bundled());
		LikertDistributionChart.Data data = LikertDistributionChart.dataset(small, 2022);
		assertThat(data.suppressedItems()).containsExactly("갈등 해결");
		for (String key : LikertDistributionChart.ROW_KEYS) {
			assertThat(data.dataset().getValue(key, "갈등 해결 (비공개)")).isNull();
		}
	}

	@Test
	void withoutAllRowsTheGroupsAreWeightedByN() {
		List<SurveyItemStatistics> rows = ChartFixtures.surveyItems().stream()
			.filter((row) -> row.year() == 2022 && !row.groupCode().equals("ALL"))
			.toList();
		ChartInputs inputs = new ChartInputs(ChartFixtures.DEFINITIONS.groups(), ChartFixtures.DEFINITIONS.survey(),
				List.of(), List.of(), rows);
		ChartContext groupsOnly = new ChartContext(inputs, ChartFixtures.options(Locale.KOREAN), Messages.bundle(Locale.KOREAN),
				ChartTheme.bundled());
		LikertDistributionChart.Data data = LikertDistributionChart.dataset(groupsOnly, 2022);
		long n = rows.stream().filter((row) -> row.itemCode().equals("q1")).mapToLong(SurveyItemStatistics::n).sum();
		assertThat(data.n()).isEqualTo(n);
		assertThat(data.dataset().getColumnKeys()).contains("상호 이해 (n=" + n + ")");
	}

	private static SurveyItemStatistics withN(SurveyItemStatistics row, long n) {
		return new SurveyItemStatistics(row.year(), row.groupCode(), row.itemCode(), row.scaleCode(), n, row.missing(),
				row.mean(), row.standardDeviation(), row.standardError(), row.ciLower95(), row.ciUpper95(), row.median(),
				row.q1(), row.q3(), row.share1(), row.share2(), row.share3(), row.share4(), row.share5(),
				row.topTwoBox(), row.topTwoBoxLower95(), row.topTwoBoxUpper95(), row.weightedMean(),
				row.weightedStandardError(), false);
	}

	@Test
	void theValueAxisIsFittedToTheDataNotAFixedHundredPercentEachWay() {
		JFreeChart chart = new LikertDistributionChart().charts(this.context).stream()
			.filter((file) -> file.folder().equals("2022"))
			.findFirst()
			.orElseThrow()
			.chart();
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		DefaultCategoryDataset dataset = (DefaultCategoryDataset) plot.getDataset();
		// the axis leaves room for the shares printed at the bar ends, and no more than it needs
		double share = LikertAxis.labelShare(sideLabels(chart), this.context);
		double[] extent = LikertAxis.extent(dataset, share, share);
		assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(extent[0]).isGreaterThan(-100);
		assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(extent[1]).isLessThanOrEqualTo(100);
		double span = extent[1] - extent[0];
		assertThat(extent[1] - maxSide(dataset, true)).isGreaterThanOrEqualTo(share * span - 1e-9);
		assertThat(extent[0] + maxSide(dataset, false)).isLessThanOrEqualTo(-share * span + 1e-9);
		// every bar fits and no side is more than 10 points wider than its longest bar
		for (int column = 0; column < dataset.getColumnCount(); column++) {
			double left = 0;
			double right = 0;
			for (int row = 0; row < dataset.getRowCount(); row++) {
				double value = dataset.getValue(row, column).doubleValue();
				left += Math.min(0, value);
				right += Math.max(0, value);
			}
			assertThat(left).isGreaterThanOrEqualTo(extent[0]);
			assertThat(right).isLessThanOrEqualTo(extent[1]);
		}
		// one step of 10% less would leave a label without room (or cut a bar)
		assertThat(extent[1] - 10 - maxSide(dataset, true)).isLessThan(share * (span - 10));
		assertThat(-extent[0] - 10 - maxSide(dataset, false)).isLessThan(share * (span - 10));
	}

	@Test
	void theBarEndsCarryTheTrueDisagreeingAndAgreeingSharesNotTheAxisValueAtTheEnd() {
		for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
			ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(locale),
					Messages.bundle(locale), ChartTheme.bundled());
			JFreeChart chart = LikertDistributionChart.chart(LikertDistributionChart.dataset(context, 2022), context, 2022);
			CategoryPlot plot = (CategoryPlot) chart.getPlot();
			DefaultCategoryDataset dataset = (DefaultCategoryDataset) plot.getDataset();
			String q1 = (locale == Locale.KOREAN) ? "상호 이해 (n=226)" : "Mutual understanding (n=226)";
			String q5 = (locale == Locale.KOREAN) ? "지속 참여 의향 (n=226)" : "Willingness to continue (n=226)";
			// q5: 0% + 5% disagree, 15% neutral, 45% + 35% agree: its bar runs from -12.5 to 87.5
			assertThat(side(dataset, q5, true)).isCloseTo(87.5, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(sideLabels(chart).texts()).as(locale.toString())
				.containsEntry(q1, List.of("13.0%", "67.0%"))
				.containsEntry(q5, List.of("5.0%", "80.0%"))
				.hasSize(dataset.getColumnCount());
			// the axis title does not say the ends are the disagreeing and agreeing shares; a note says what is
			String axis = plot.getRangeAxis().getLabel();
			assertThat(axis).doesNotContain("왼쪽: 부정").doesNotContain("left: disagree")
				.containsAnyOf("0을 중심으로 보통이다 응답을 반씩 나눔", "the Neutral answers split in half either side of 0");
			assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text)
				.containsAnyOf("막대 양 끝의 수치: 왼쪽은 부정", "Figures at the bar ends: disagree"));
		}
	}

	@Test
	void theAnswersAreNamedAsSurveyYmlNamesThem() {
		SurveyDefinition bundled = ChartFixtures.inputs().survey();
		List<SurveyAnswer> edited = bundled.answers()
			.stream()
			.map((answer) -> new SurveyAnswer(answer.answer(), "응답" + answer.answer(), "Answer " + answer.answer()))
			.toList();
		ChartInputs fixture = ChartFixtures.inputs();
		ChartInputs inputs = new ChartInputs(fixture.groups(),
				new SurveyDefinition(bundled.items(), bundled.scales(), bundled.missingCodes(), edited),
				fixture.participation(), fixture.jointMeetings(), fixture.surveyItems(), fixture.years());
		ChartContext context = new ChartContext(inputs, ChartFixtures.options(Locale.KOREAN), Messages.bundle(Locale.KOREAN),
				ChartTheme.bundled());
		JFreeChart chart = LikertDistributionChart.chart(LikertDistributionChart.dataset(context, 2022), context, 2022);
		LegendItemCollection items = LikertDistributionChart.legend(context);
		List<String> legend = java.util.stream.IntStream.range(0, items.getItemCount())
			.mapToObj((i) -> items.get(i).getLabel())
			.toList();
		assertThat(legend).containsExactly("응답1", "응답2", "응답3", "응답4", "응답5");
		assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).contains("응답3");
		assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text).contains("부정(응답1 + 응답2)"));
	}

	@Test
	void theEndSharesStandBesideTheirBarsInsideThePlotAndOverlapNoOtherText() throws Exception {
		for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
			ChartOptions options = ChartFixtures.options(locale);
			ChartContext context = new ChartContext(ChartFixtures.inputs(), options, Messages.bundle(locale),
					ChartTheme.bundled());
			JFreeChart chart = LikertDistributionChart.chart(LikertDistributionChart.dataset(context, 2022), context, 2022);
			DrawnChart drawn = DrawnChart.draw(chart, options);
			BufferedImage image = drawn.image();
			ChartRenderingInfo info = drawn.info();
			double scale = drawn.scale();
			Rectangle2D area = info.getPlotInfo().getDataArea();
			CategoryPlot plot = (CategoryPlot) chart.getPlot();
			DefaultCategoryDataset dataset = (DefaultCategoryDataset) plot.getDataset();
			for (int column = 0; column < dataset.getColumnCount(); column++) {
				Comparable<?> key = dataset.getColumnKey(column);
				double y = plot.getDomainAxis().getCategoryMiddle(column, dataset.getColumnCount(), area,
						plot.getDomainAxisEdge());
				double left = plot.getRangeAxis().valueToJava2D(side(dataset, key, false), area, plot.getRangeAxisEdge());
				double right = plot.getRangeAxis().valueToJava2D(side(dataset, key, true), area, plot.getRangeAxisEdge());
				int top = (int) Math.round((y - 3) * scale);
				int bottom = (int) Math.round((y + 3) * scale);
				// right of the bar: ink (the share), ending at least 1 pt inside the plot
				int[] ink = ink(image, (int) Math.ceil((right + 0.5) * scale), (int) Math.floor(area.getMaxX() * scale) - 1,
						top, bottom);
				assertThat(ink).as("%s %s: a share right of its bar", locale, key).isNotNull();
				assertThat(ink[1]).as("%s %s: inside the plot", locale, key).isLessThan((int) ((area.getMaxX() - 1) * scale));
				ink = ink(image, (int) Math.ceil((area.getMinX()) * scale) + 1, (int) Math.floor((left - 0.5) * scale),
						top, bottom);
				assertThat(ink).as("%s %s: a share left of its bar", locale, key).isNotNull();
				assertThat(ink[0]).as("%s %s: inside the plot", locale, key).isGreaterThan((int) ((area.getMinX() + 1) * scale));
			}
			// in the SVG: the shares' boxes overlap no other text (segment labels, ticks, items)
			List<Element> texts = SvgWriterTests.texts(SvgWriter.render(chart, 453.6, 281.2));
			List<Element> shares = texts.stream().filter((text) -> text.getTextContent().matches("\\d+\\.\\d%")).toList();
			assertThat(shares).hasSize(2 * dataset.getColumnCount());
			for (Element share : shares) {
				Rectangle2D box = ParticipationTrendChartTests.box(share);
				for (Element other : texts) {
					if (other != share) {
						Rectangle2D overlap = box.createIntersection(ParticipationTrendChartTests.box(other));
						assertThat(overlap.isEmpty()).as("%s %s overlaps %s", locale, share.getTextContent(),
								other.getTextContent()).isTrue();
					}
				}
			}
		}
	}

	/** {first, last} columns of dark ink in rows top..bottom between x from and to, or null. */
	private static int[] ink(BufferedImage image, int from, int to, int top, int bottom) {
		int first = -1;
		int last = -1;
		for (int x = from; x <= to; x++) {
			for (int y = top; y <= bottom; y++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 150) {
					first = (first < 0) ? x : first;
					last = x;
					break;
				}
			}
		}
		return (first < 0) ? null : new int[] { first, last };
	}

	/** The end of an item's bar on the axis: its agreeing side (positive) or its disagreeing side. */
	private static double side(DefaultCategoryDataset dataset, Comparable<?> column, boolean positive) {
		double sum = 0;
		for (int row = 0; row < dataset.getRowCount(); row++) {
			double value = dataset.getValue(dataset.getRowKey(row), (Comparable) column).doubleValue();
			sum += positive ? Math.max(0, value) : Math.min(0, value);
		}
		return sum;
	}

	private static LikertSideLabels sideLabels(JFreeChart chart) {
		for (Object annotation : ((CategoryPlot) chart.getPlot()).getAnnotations()) {
			if (annotation instanceof LikertSideLabels labels) {
				return labels;
			}
		}
		throw new AssertionError("no end shares");
	}

	private static double maxSide(DefaultCategoryDataset dataset, boolean positive) {
		double max = 0;
		for (int column = 0; column < dataset.getColumnCount(); column++) {
			double sum = 0;
			for (int row = 0; row < dataset.getRowCount(); row++) {
				double value = dataset.getValue(row, column).doubleValue();
				sum += positive ? Math.max(0, value) : -Math.min(0, value);
			}
			max = Math.max(max, sum);
		}
		return max;
	}

}
