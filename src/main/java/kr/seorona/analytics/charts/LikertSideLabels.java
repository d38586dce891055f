package kr.seorona.analytics.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * The true shares at the ends of the Likert chart's diverging bars: the disagreeing share (answers
 * 1 and 2) left of each bar's left end, the agreeing share (4 and 5) right of its right end, in
 * percent with one decimal as the report's table writes them. A bar's ends on the axis are not
 * these shares (each side carries half the neutral answers), so a reader who reads the ends gets
 * the figures here. Text in the theme's text colour on the plot's white, {@value #GAP} pt from the
 * bar; the value axis must leave room for them ({@link #room}). Withheld items get none.
 */
final class LikertSideLabels extends PlotAnnotation {

	private static final long serialVersionUID = 1L;

	/** Points between a bar's end and its label. */
	static final double GAP = 3;

	/**
	 * The two shares of one item.
	 *
	 * @param negative share of answers 1 and 2, 0..1
	 * @param positive share of answers 4 and 5, 0..1
	 */
	record Sides(double negative, double positive) {
	}

	private final Map<Comparable<?>, Sides> sides;

	private final Font font;

	/**
	 * @param sides by column key of the chart's dataset, in its order
	 * @param font the labels' font
	 */
	LikertSideLabels(Map<Comparable<?>, Sides> sides, Font font) {
		this.sides = new LinkedHashMap<>(sides);
		this.font = font;
	}

	/** The labels: column key to {left, right} texts, for tests. */
	Map<Comparable<?>, List<String>> texts() {
		Map<Comparable<?>, List<String>> texts = new LinkedHashMap<>();
		this.sides.forEach((key, side) -> texts.put(key, List.of(percent(side.negative()), percent(side.positive()))));
		return texts;
	}

	/** A share 0..1 as a percentage with one decimal, half up: {@code 68.6%}. */
	static String percent(double share) {
		DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(share * 100) + "%";
	}

	/** Points the widest label takes beside its bar, its gap included. */
	double room() {
		double widest = 0;
		for (Sides side : this.sides.values()) {
			widest = Math.max(widest, PlotSpace.width(percent(side.negative()), this.font));
			widest = Math.max(widest, PlotSpace.width(percent(side.positive()), this.font));
		}
		return widest + GAP;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		CategoryDataset dataset = plot.getDataset();
		RectangleEdge domainEdge = plot.getDomainAxisEdge();
		RectangleEdge rangeEdge = plot.getRangeAxisEdge();
		g2.setFont(this.font);
		g2.setPaint(ChartTheme.TEXT);
		for (Map.Entry<Comparable<?>, Sides> entry : this.sides.entrySet()) {
			int column = dataset.getColumnIndex(entry.getKey());
			if (column < 0) {
				continue;
			}
			double[] ends = LikertAxis.barEnds(dataset, column);
			// horizontal bars: categories down the vertical axis, values across
			float y = (float) domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, domainEdge);
			float leftX = (float) (rangeAxis.valueToJava2D(ends[0], dataArea, rangeEdge) - GAP);
			float rightX = (float) (rangeAxis.valueToJava2D(ends[1], dataArea, rangeEdge) + GAP);
			TextUtils.drawAlignedString(percent(entry.getValue().negative()), g2, leftX, y, TextAnchor.CENTER_RIGHT);
			TextUtils.drawAlignedString(percent(entry.getValue().positive()), g2, rightX, y, TextAnchor.CENTER_LEFT);
		}
	}

}
