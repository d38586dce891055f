package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

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
				ChartFixtures.participation(), List.of(), List.of(), rows);
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
				List.of(), List.of(), List.of(), rows);
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
		double[] extent = LikertDistributionChart.extent(dataset);
		assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(extent[0]).isGreaterThan(-100);
		assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(extent[1]).isLessThan(100);
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
		assertThat(extent[1]).isLessThanOrEqualTo(10 * Math.ceil(maxSide(dataset, true) / 10));
		assertThat(-extent[0]).isLessThanOrEqualTo(Math.max(10, 10 * Math.ceil(maxSide(dataset, false) / 10)));
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
