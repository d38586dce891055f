package kr.seorona.analytics.charts;

import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;

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
 * Drawn for a horizontal plot (value axis along the bottom) or a vertical one.
 */
final class ClippedIntervalRenderer extends StatisticalLineAndShapeRenderer {

	private static final long serialVersionUID = 1L;

	/** Length of the arrowhead along the value axis, in points. */
	static final double ARROW = 4.5;

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

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
		if (pass != 1 || !(dataset instanceof StatisticalCategoryDataset statistical)) {
			return;
		}
		Number mean = statistical.getMeanValue(row, column);
		Number halfWidth = statistical.getStdDevValue(row, column);
		if (!clipped(mean, halfWidth, rangeAxis.getLowerBound(), rangeAxis.getUpperBound())) {
			return;
		}
		int visibleRow = state.getVisibleSeriesIndex(row);
		double across = getUseSeriesOffset()
				? domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), visibleRow,
						state.getVisibleSeriesCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge())
				: domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
		RectangleEdge edge = plot.getRangeAxisEdge();
		boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
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
