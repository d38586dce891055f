package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;

/**
 * How the series of a group is told apart, also when the chart is printed in black and white: the
 * group's fixed colour from {@code jobs/groups.yml} (whose grey values the bundled palette keeps at
 * least 20 levels apart, for bars), a fill pattern (for bars, {@link Hatch}), and a marker shape
 * and a dash pattern (for lines), chosen by the group's position in the catalogue. A group therefore looks the same in every chart. Lines
 * are {@value #LINE_WIDTH} pt wide; markers about 5 pt across with a thin dark outline, so light
 * colours stay visible on white.
 */
final class SeriesStyle {

	/** Width of a series line in points. */
	static final float LINE_WIDTH = 1.3f;

	/** Marker shapes, one per catalogue position (joint and all-groups last). */
	static final List<Shape> SHAPES = List.of(new Ellipse2D.Double(-2.6, -2.6, 5.2, 5.2),
			new Rectangle2D.Double(-2.3, -2.3, 4.6, 4.6), ShapeUtils.createUpTriangle(3.2f),
			ShapeUtils.createDiamond(3.2f), ShapeUtils.createDownTriangle(3.2f), ShapeUtils.createRegularCross(3f, 1f),
			ShapeUtils.createDiagonalCross(3f, 0.9f));

	/** Dash patterns (points), one per catalogue position; {@code null} is a solid line. */
	static final List<float[]> DASHES = java.util.Arrays.asList(null, new float[] { 6f, 2.5f },
			new float[] { 1.5f, 2f }, new float[] { 6f, 2f, 1.5f, 2f }, new float[] { 10f, 3f },
			new float[] { 3f, 3f }, new float[] { 6f, 2f, 1.5f, 2f, 1.5f, 2f });

	/**
	 * Fill patterns of bars, one per catalogue position (joint and all-groups last): neighbours in
	 * the catalogue, hence neighbouring bars, never share one.
	 */
	static final List<Hatch> HATCHES = List.of(Hatch.NONE, Hatch.UP, Hatch.DOWN, Hatch.DOTS, Hatch.CROSS,
			Hatch.VERTICAL, Hatch.HORIZONTAL);

	/** Outline of markers and legend swatches. */
	static final Color OUTLINE = new Color(0x33, 0x33, 0x33);

	private final ChartContext context;

	SeriesStyle(ChartContext context) {
		this.context = context;
	}

	/** Position of a group code in the style lists: catalogue order; joint and {@code ALL} last. */
	int index(String code) {
		int order = this.context.groupOrder(code);
		return Math.min(order, SHAPES.size() - 1);
	}

	Color color(String code) {
		return this.context.groupColor(code);
	}

	/** The group's marker shape. */
	Shape shape(String code) {
		return SHAPES.get(index(code));
	}

	/** The group's line: its dash pattern at {@link #LINE_WIDTH}. */
	BasicStroke stroke(String code) {
		float[] dash = DASHES.get(index(code));
		return (dash == null) ? new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
				: new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
	}

	/** Colours, dash patterns and outlined markers of the series of a line renderer, row i = codes[i]. */
	void lines(LineAndShapeRenderer renderer, List<String> codes) {
		renderer.setDrawOutlines(true);
		renderer.setUseOutlinePaint(true);
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			renderer.setSeriesPaint(i, color(code));
			renderer.setSeriesFillPaint(i, color(code));
			renderer.setSeriesOutlinePaint(i, OUTLINE);
			renderer.setSeriesOutlineStroke(i, new BasicStroke(0.4f));
			renderer.setSeriesStroke(i, stroke(code));
			renderer.setSeriesShape(i, shape(code));
		}
		renderer.setUseFillPaint(true);
	}

	/** The group's bar pattern. */
	Hatch hatch(String code) {
		return HATCHES.get(index(code));
	}

	/** Fill colours and patterns of the series of a bar renderer, row i = codes[i]. */
	void fills(BarRenderer renderer, List<String> codes) {
		for (int i = 0; i < codes.size(); i++) {
			renderer.setSeriesPaint(i, color(codes.get(i)));
		}
		renderer.setBarPainter(new HatchedBarPainter(codes.stream().map(this::hatch).toList()));
	}

	/**
	 * Fixes the plot's legend to its renderer's items with each bar series' swatch in the series'
	 * pattern, row i = codes[i]. Call it once the plot has its dataset and renderer.
	 */
	void hatchedLegend(CategoryPlot plot, List<String> codes) {
		LegendItemCollection items = new LegendItemCollection();
		LegendItemCollection current = plot.getLegendItems();
		for (int i = 0; i < current.getItemCount(); i++) {
			LegendItem item = current.get(i);
			int series = item.getSeriesIndex();
			if (series >= 0 && series < codes.size()) {
				hatch(codes.get(series)).decorate(item, color(codes.get(series)));
			}
			items.add(item);
		}
		plot.setFixedLegendItems(items);
	}

}
