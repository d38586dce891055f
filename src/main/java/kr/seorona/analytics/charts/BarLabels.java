package kr.seorona.analytics.charts;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Places the value labels of vertical bars: across, centred above each bar, when the widest label
 * fits the slot a bar has in its category (Ulsan's counts); turned to read upwards from the bar's
 * top when it does not (a national roll-out's five- and six-digit counts, which across would
 * overprint their neighbours).
 */
final class BarLabels {

	/** Points between a turned label and what is above it. */
	private static final double TURNED_GAP = 6;

	/** Points between a label across and the labels at the top of the plot. */
	private static final double ACROSS_GAP = 4;

	private BarLabels() {
	}

	/**
	 * Sets the renderer's positive item label position and raises the range axis' upper margin so
	 * that the tallest bar's label stays below the labels at the top of the plot: for labels across,
	 * to leave {@code topLabels} points plus the label's height above the tallest bar; for turned
	 * labels, by their length. Call it after the theme has set the item label font
	 * ({@link ChartContext#finish}).
	 * @param renderer the bars, with their item label generator and font set
	 * @param dataset the bars' values: rows are series, columns categories
	 * @param context the chart's context
	 * @param categoryMargin the domain axis' category margin
	 * @param range the bars' value axis
	 * @param plotShare the bars' plot's share of the chart's plot height (1 for a single plot)
	 * @param topLabels points the labels at the top of the plot take from its top edge
	 * ({@link TopLabel#height(int, ChartContext)}), 0 for none
	 */
	static void place(BarRenderer renderer, CategoryDataset dataset, ChartContext context, double categoryMargin,
			ValueAxis range, double plotShare, double topLabels) {
		CategoryItemLabelGenerator labels = renderer.getDefaultItemLabelGenerator();
		double widest = 0;
		for (int row = 0; row < dataset.getRowCount(); row++) {
			for (int column = 0; column < dataset.getColumnCount(); column++) {
				if (dataset.getValue(row, column) != null) {
					widest = Math.max(widest, PlotSpace.width(labels.generateLabel(dataset, row, column),
							renderer.getDefaultItemLabelFont()));
				}
			}
		}
		double slot = PlotSpace.categoryWidth(context, dataset.getColumnCount(), categoryMargin)
				/ Math.max(1, dataset.getRowCount());
		if (widest <= slot) {
			renderer.setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
			// the room above the tallest bar is height * m / (1 + m) for an upper margin m over a
			// range from zero
			double needed = topLabels + ACROSS_GAP + renderer.getItemLabelAnchorOffset()
					+ TopLabel.LINE_HEIGHT * renderer.getDefaultItemLabelFont().getSize2D();
			double height = PlotSpace.dataAreaHeight(context, plotShare);
			range.setUpperMargin(Math.max(range.getUpperMargin(), needed / Math.max(1, height - needed)));
			return;
		}
		renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
				TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
		range.setUpperMargin(range.getUpperMargin() + (widest + TURNED_GAP) / PlotSpace.dataAreaHeight(context, plotShare));
	}

}
