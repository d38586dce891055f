package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.LegendItem;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;

/**
 * Means with their intervals (the dataset's "standard deviation" slot holds the half-width), where
 * an interval that runs past the end of the value axis is cut there and marked with an arrowhead
 * pointing out of the plot, so that a reader never takes the axis end for the interval's end.
 * Each interval is drawn in its series' dash pattern (the series stroke, thinner), and the legend
 * shows that pattern beside the marker: printed in black and white, the colours of seven groups'
 * intervals become similar greys, their patterns stay apart. Drawn for a horizontal plot (value
 * axis along the bottom) or a vertical one.
 */
final class ClippedIntervalRenderer extends StatisticalLineAndShapeRenderer {

	private static final long serialVersionUID = 1L;

	/** Length of the arrowhead along the value axis, in points. */
	static final double ARROW = 4.5;

	/** Width of an interval's line and caps, in points. */
	static final float INTERVAL_WIDTH = 1.0f;

	/** Half the length of the caps at an interval's ends, in points (as JFreeChart draws them). */
	private static final double CAP = 5.0;

	/** Length of the line sample in the legend, in points: long enough for two periods of a pattern. */
	private static final double LEGEND_LINE = 12.0;

	ClippedIntervalRenderer() {
		super(false, true);
	}

	/** Whether mean ± half-width leaves [lower, upper]. */
	static boolean clipped(Number mean, Number halfWidth, double lower, double upper) {
		if (mean == null || halfWidth == null) {
			return false;
		}
		double m = mean.doubleValue();
		double h = halfWidth.doubleValue();
		return m - h < lower || m + h > upper;
	}

	/**
	 * Pass 1: the interval (in the series' pattern), then the marker over it (JFreeChart, given the
	 * means only), then the arrowheads of a clipped interval. Pass 0 as JFreeChart draws it.
	 */
	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		if (pass != 1 || !(dataset instanceof StatisticalCategoryDataset statistical)) {
			super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
			return;
		}
		Number mean = statistical.getMeanValue(row, column);
		Number halfWidth = statistical.getStdDevValue(row, column);
		int visibleRow = state.getVisibleSeriesIndex(row);
		if (mean == null || visibleRow < 0) {
			return;
		}
		double across = getUseSeriesOffset()
				? domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), visibleRow,
						state.getVisibleSeriesCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge())
				: domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
		RectangleEdge edge = plot.getRangeAxisEdge();
		boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
		if (halfWidth != null) {
			double lower = Math.max(mean.doubleValue() - halfWidth.doubleValue(), rangeAxis.getLowerBound());
			double upper = Math.min(mean.doubleValue() + halfWidth.doubleValue(), rangeAxis.getUpperBound());
			drawInterval(g2, rangeAxis.valueToJava2D(lower, dataArea, edge),
					rangeAxis.valueToJava2D(upper, dataArea, edge), across, horizontal, row);
		}
		super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, new MeansOnlyDataset(statistical), row, column, pass);
		if (!clipped(mean, halfWidth, rangeAxis.getLowerBound(), rangeAxis.getUpperBound())) {
			return;
		}
		g2.setPaint(lookupSeriesPaint(row));
		if (mean.doubleValue() + halfWidth.doubleValue() > rangeAxis.getUpperBound()) {
			double at = rangeAxis.valueToJava2D(rangeAxis.getUpperBound(), dataArea, edge);
			g2.fill(arrow(at, across, horizontal ? 1 : -1, horizontal));
		}
		if (mean.doubleValue() - halfWidth.doubleValue() < rangeAxis.getLowerBound()) {
			double at = rangeAxis.valueToJava2D(rangeAxis.getLowerBound(), dataArea, edge);
			g2.fill(arrow(at, across, horizontal ? -1 : 1, horizontal));
		}
	}

	/** The interval's line from {@code low} to {@code high} (Java 2D, along the value axis) and its caps. */
	private void drawInterval(Graphics2D g2, double low, double high, double across, boolean horizontal, int row) {
		g2.setPaint(lookupSeriesPaint(row));
		g2.setStroke(intervalStroke(row));
		if (horizontal) {
			g2.draw(new Line2D.Double(low, across, high, across));
			g2.draw(new Line2D.Double(low, across - CAP, low, across + CAP));
			g2.draw(new Line2D.Double(high, across - CAP, high, across + CAP));
		}
		else {
			g2.draw(new Line2D.Double(across, low, across, high));
			g2.draw(new Line2D.Double(across - CAP, high, across + CAP, high));
			g2.draw(new Line2D.Double(across - CAP, low, across + CAP, low));
		}
	}

	/** The series' line stroke at {@link #INTERVAL_WIDTH}: its dash pattern, solid when it has none. */
	Stroke intervalStroke(int series) {
		float[] dash = (lookupSeriesStroke(series) instanceof BasicStroke basic) ? basic.getDashArray() : null;
		return (dash == null) ? new BasicStroke(INTERVAL_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
				: new BasicStroke(INTERVAL_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
	}

	/** The series' marker on a line sample in its interval pattern. */
	@Override
	public LegendItem getLegendItem(int datasetIndex, int series) {
		LegendItem item = super.getLegendItem(datasetIndex, series);
		if (item != null) {
			item.setLine(new Line2D.Double(-LEGEND_LINE, 0, LEGEND_LINE, 0));
			item.setLineStroke(intervalStroke(series));
			item.setLinePaint(lookupSeriesPaint(series));
			item.setLineVisible(true);
		}
		return item;
	}

	/** An arrowhead whose tip is at the axis end, pointing along the value axis in {@code direction}. */
	private static GeneralPath arrow(double at, double across, int direction, boolean horizontal) {
		double base = at - direction * ARROW;
		double half = ARROW * 0.6;
		GeneralPath path = new GeneralPath();
		if (horizontal) {
			path.moveTo(at, across);
			path.lineTo(base, across - half);
			path.lineTo(base, across + half);
		}
		else {
			path.moveTo(across, at);
			path.lineTo(across - half, base);
			path.lineTo(across + half, base);
		}
		path.closePath();
		return path;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof ClippedIntervalRenderer;
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
