package kr.seorona.analytics.charts;

import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The value axis of the {@link LikertDistributionChart}: fitted to the bars (from the longest
 * disagreeing side to the longest agreeing side, rounded out to 10%) and widened until the shares
 * printed at the bars' ends ({@link LikertSideLabels}) fit inside the plot. Values in percent of
 * the answers, negative for disagreement.
 */
final class LikertAxis {

	/** Widest category label in points ({@link WrappingCategoryAxis} wraps longer ones). */
	static final double CATEGORY_LABEL_WIDTH = 95;

	private LikertAxis() {
	}

	/**
	 * The value axis fitted to the bars and their end labels: from the longest disagreeing side to the
	 * longest agreeing side, each rounded out to the next 10% (at least 10%), so no part of the width
	 * stays empty; then widened, 10% at a time, until beyond the longest bar of each side there is
	 * the given share of the axis' width for its label.
	 * @param left share of the axis' width the left labels need (0 for none)
	 * @param right share of the axis' width the right labels need
	 * @return {lower, upper} in percent
	 */
	static double[] extent(DefaultCategoryDataset dataset, double left, double right) {
		double[] bars = sides(dataset);
		double lower = -Math.max(10, Math.ceil(-bars[0] / 10 - 1e-9) * 10);
		double upper = Math.max(10, Math.ceil(bars[1] / 10 - 1e-9) * 10);
		// each step widens the axis, so the room the labels need grows too: repeat until both fit
		for (int step = 0; step < 100; step++) {
			boolean fits = true;
			if (bars[0] - lower < left * (upper - lower) - 1e-9) {
				lower -= 10;
				fits = false;
			}
			if (upper - bars[1] < right * (upper - lower) - 1e-9) {
				upper += 10;
				fits = false;
			}
			if (fits) {
				break;
			}
		}
		return new double[] { lower, upper };
	}

	/** The longest disagreeing side (negative) and the longest agreeing side of the bars, in percent. */
	private static double[] sides(DefaultCategoryDataset dataset) {
		double negative = 0;
		double positive = 0;
		for (int column = 0; column < dataset.getColumnCount(); column++) {
			double[] ends = barEnds(dataset, column);
			negative = Math.min(negative, ends[0]);
			positive = Math.max(positive, ends[1]);
		}
		return new double[] { negative, positive };
	}

	/** Where a bar ends on the axis: its disagreeing side (negative, percent) and its agreeing side. */
	static double[] barEnds(CategoryDataset dataset, int column) {
		double left = 0;
		double right = 0;
		for (int row = 0; row < dataset.getRowCount(); row++) {
			Number value = dataset.getValue(row, column);
			if (value != null) {
				left += Math.min(0, value.doubleValue());
				right += Math.max(0, value.doubleValue());
			}
		}
		return new double[] { left, right };
	}

	/**
	 * The value axis of the chart: {@link #extent(DefaultCategoryDataset, double, double)} with
	 * room for the end labels, measured against the data area's width estimated before layout (the
	 * chart's data area less the category labels).
	 */
	static double[] extent(DefaultCategoryDataset dataset, LikertSideLabels labels, ChartContext context) {
		double share = labelShare(labels, context);
		return extent(dataset, share, share);
	}

	/** The share of the value axis' width the widest end label with its gap needs. */
	static double labelShare(LikertSideLabels labels, ChartContext context) {
		double width = context.options().widthPx() * 72.0 / context.options().dpi() * PlotSpace.DATA_AREA_SHARE
				- CATEGORY_LABEL_WIDTH;
		return labels.room() / Math.max(1, width);
	}

}
