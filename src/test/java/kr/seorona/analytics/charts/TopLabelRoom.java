package kr.seorona.analytics.charts;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;

/**
 * Measures, on the drawn chart, the blank space between the labels at the top of a plot (year
 * totals) and the highest ink under them (the tallest bar's value label): the two must never touch.
 */
final class TopLabelRoom {

	private TopLabelRoom() {
	}

	/**
	 * Asserts, in Korean and in English, at least 2 pt of blank space between the top labels and
	 * what is under them.
	 * @param chart the chart drawn from the fixture's context
	 * @param subplot see {@link #blankRowsUnderTopLabels}
	 */
	static void assertClear(java.util.function.Function<ChartContext, JFreeChart> chart, int subplot) {
		for (java.util.Locale locale : java.util.List.of(java.util.Locale.KOREAN, java.util.Locale.ENGLISH)) {
			ChartOptions options = ChartFixtures.options(locale);
			ChartContext context = new ChartContext(ChartFixtures.inputs(), options, Messages.bundle(locale),
					ChartTheme.bundled());
			org.assertj.core.api.Assertions
				.assertThat(blankRowsUnderTopLabels(chart.apply(context), options, subplot))
				.as(locale.toString())
				.isGreaterThanOrEqualTo(options.dpi() / 72 * 2);
		}
	}

	/**
	 * Draws the chart at its export size and returns the blank pixel rows between the first block of
	 * dark rows at the top of the plot's data area (its top labels) and the next one.
	 * @param subplot the subplot of a combined plot, or -1 for a single plot
	 * @return blank rows, 0 when the blocks touch
	 */
	static int blankRowsUnderTopLabels(JFreeChart chart, ChartOptions options, int subplot) {
		DrawnChart drawn = DrawnChart.draw(chart, options);
		BufferedImage image = drawn.image();
		ChartRenderingInfo info = drawn.info();
		double scale = drawn.scale();
		PlotRenderingInfo plot = (subplot < 0) ? info.getPlotInfo() : info.getPlotInfo().getSubplotInfo(subplot);
		Rectangle2D area = plot.getDataArea();
		int left = (int) Math.ceil(area.getMinX() * scale) + 2;
		int right = (int) Math.floor(area.getMaxX() * scale) - 2;
		int y = (int) Math.ceil(area.getMinY() * scale);
		int bottom = (int) Math.floor(area.getMaxY() * scale);
		while (y < bottom && !dark(image, y, left, right)) {
			y++;
		}
		while (y < bottom && dark(image, y, left, right)) {
			y++;
		}
		int blank = 0;
		while (y < bottom && !dark(image, y, left, right)) {
			blank++;
			y++;
		}
		return blank;
	}

	/** Whether a pixel row has text-dark ink (grid lines and pale fills are lighter). */
	private static boolean dark(BufferedImage image, int y, int left, int right) {
		for (int x = left; x <= right; x++) {
			int rgb = image.getRGB(x, y);
			if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 150) {
				return true;
			}
		}
		return false;
	}

}
