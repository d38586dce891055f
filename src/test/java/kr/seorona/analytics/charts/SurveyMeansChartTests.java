package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import kr.seorona.analytics.stats.SurveyItemStatistics;

class SurveyMeansChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	private static JFreeChart chart(ChartContext context, int year) {
		return new SurveyMeansChart().charts(context).stream()
			.filter((file) -> file.folder().equals(Integer.toString(year)))
			.findFirst()
			.orElseThrow()
			.chart();
	}

	private static List<String> legend(JFreeChart chart) {
		LegendItemCollection items = chart.getPlot().getLegendItems();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < items.getItemCount(); i++) {
			labels.add(items.get(i).getLabel());
		}
		return labels;
	}

	@Test
	void theLegendGivesEachGroupsRespondentsAndMarksTheSuppressedOne() {
		// fixture 2022: n per item plus 2 missing answers per item = respondents
		assertThat(legend(chart(this.context, 2022))).containsExactly("교장 (n = 22)", "교감 (n = 17)", "교사 (n = 51)",
				"교육공무직 (n = 13)", "학부모 (n = 130)", "전체 (n = 228)", "행정실장 (비공개)");
	}

	@Test
	void theSubtitleCountsRespondentsNotTheLargestItemN() {
		// the cause of "73 respondents" for 2019's 74: n was the largest item's answers, and every item
		// had a missing answer; the year's respondents (YearSummary) count every survey row
		assertThat(ChartTexts.of(chart(this.context, 2022))).anySatisfy((text) -> assertThat(text).endsWith("n = 응답자 228명"));
		assertThat(SurveyMeansChart.dataset(this.context, 2022).n()).isEqualTo(228);
	}

	@Test
	void anIntervalCutAtTheEndOfTheScaleIsMarkedAndExplained() {
		// a small group whose interval runs past 5
		List<SurveyItemStatistics> items = new ArrayList<>(ChartFixtures.surveyItems());
		items.replaceAll((row) -> (row.year() == 2022 && row.groupCode().equals("EDU_STAFF") && row.itemCode().equals("q1"))
				? new SurveyItemStatistics(2022, "EDU_STAFF", "q1", row.scaleCode(), 11, 0, 4.6, 0.9, 0.27, 4.0, 5.2, 5.0,
						4.0, 5.0, 0.0, 0.0, 0.1, 0.2, 0.7, 0.9, 0.6, 0.97, null, null, false)
				: row);
		ChartInputs fixture = ChartFixtures.inputs();
		ChartContext clipped = new ChartContext(new ChartInputs(fixture.groups(), fixture.survey(), fixture.participation(),
				fixture.jointMeetings(), items, fixture.years()), this.context.options(),
				this.context.messages(), this.context.theme());
		SurveyMeansChart.Data data = SurveyMeansChart.dataset(clipped, 2022);
		assertThat(SurveyMeansChart.anyClipped(data)).isTrue();
		JFreeChart chart = chart(clipped, 2022);
		assertThat(((CategoryPlot) chart.getPlot()).getRenderer()).isInstanceOf(ClippedIntervalRenderer.class);
		assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text).contains("▶ ◀: 95% 신뢰구간이 척도 끝"));
		assertThat(ChartTexts.of(chart(this.context, 2022))).noneMatch((text) -> text.contains("▶ ◀"));
		assertThat(ClippedIntervalRenderer.clipped(4.6, 0.6, 1, 5)).isTrue();
		assertThat(ClippedIntervalRenderer.clipped(1.3, 0.4, 1, 5)).isTrue();
		assertThat(ClippedIntervalRenderer.clipped(3.0, 0.4, 1, 5)).isFalse();
	}


	@Test
	void eachGroupsIntervalIsDrawnInItsOwnPatternWhichTheLegendShows() {
		// printed in black and white, seven groups' colours become similar greys: the patterns tell them apart
		JFreeChart chart = chart(this.context, 2022);
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		ClippedIntervalRenderer renderer = (ClippedIntervalRenderer) plot.getRenderer();
		int series = plot.getDataset().getRowCount();
		List<String> patterns = new ArrayList<>();
		for (int i = 0; i < series; i++) {
			patterns.add(java.util.Arrays.toString(((java.awt.BasicStroke) renderer.intervalStroke(i)).getDashArray()));
			org.jfree.chart.LegendItem item = renderer.getLegendItem(0, i);
			assertThat(item.isLineVisible()).isTrue();
			assertThat(((java.awt.BasicStroke) item.getLineStroke()).getDashArray())
				.isEqualTo(((java.awt.BasicStroke) renderer.intervalStroke(i)).getDashArray());
		}
		assertThat(patterns).as("one pattern per group").doesNotHaveDuplicates().hasSize(series);

		// drawn: along a dashed interval the ink breaks into many runs, along the solid one it does not
		double scale = this.context.options().dpi() / 72.0;
		int width = this.context.options().widthPx();
		int height = this.context.options().heightPx();
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g2 = image.createGraphics();
		g2.setColor(java.awt.Color.WHITE);
		g2.fillRect(0, 0, width, height);
		g2.scale(scale, scale);
		org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
		chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, width / scale, height / scale), info);
		g2.dispose();
		java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
		org.jfree.data.statistics.StatisticalCategoryDataset dataset = (org.jfree.data.statistics.StatisticalCategoryDataset) plot
			.getDataset();
		int column = 0;
		int solid = patterns.indexOf("null");
		int dashed = (solid == 0) ? 1 : 0;
		assertThat(inkRuns(image, plot, renderer, area, dataset, solid, column, scale)).isEqualTo(1);
		assertThat(inkRuns(image, plot, renderer, area, dataset, dashed, column, scale)).isGreaterThan(5);
	}

	/** Runs of ink along an interval's line, between its caps, away from its marker. */
	private static int inkRuns(java.awt.image.BufferedImage image, CategoryPlot plot, ClippedIntervalRenderer renderer,
			java.awt.geom.Rectangle2D area, org.jfree.data.statistics.StatisticalCategoryDataset dataset, int row,
			int column, double scale) {
		double mean = dataset.getMeanValue(row, column).doubleValue();
		double half = dataset.getStdDevValue(row, column).doubleValue();
		double across = plot.getDomainAxis()
			.getCategorySeriesMiddle(column, dataset.getColumnCount(), row, dataset.getRowCount(),
					renderer.getItemMargin(), area, plot.getDomainAxisEdge());
		double from = plot.getRangeAxis().valueToJava2D(Math.max(1, mean - half), area, plot.getRangeAxisEdge());
		double markerStart = plot.getRangeAxis().valueToJava2D(mean, area, plot.getRangeAxisEdge()) - 6;
		int y = (int) Math.round(across * scale);
		int runs = 0;
		boolean inInk = false;
		for (int x = (int) Math.ceil((from + 2) * scale); x < (int) Math.floor(markerStart * scale); x++) {
			int rgb = image.getRGB(x, y);
			boolean ink = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 200;
			if (ink && !inInk) {
				runs++;
			}
			inInk = ink;
		}
		return runs;
	}

}
