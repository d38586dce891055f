package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Labelled grey marks where a figure is withheld (small-cell rule), so that a suppressed cell is
 * seen as such and never mistaken for a zero or a missing group. On a vertical chart each mark
 * stands on the zero line: in the slot of its series when it names one (grouped bars: a grey bar
 * of fixed height with the text turned upright, whose height says nothing about the value), at the
 * middle of the category otherwise (lines: a grey box at the foot of the plot). On a horizontal
 * chart a mark without a series is centred on the zero line of its category (diverging bars).
 */
final class SuppressedMarks extends PlotAnnotation {

	private static final long serialVersionUID = 1L;

	/** Fill of a mark. */
	static final Color FILL = new Color(0xE4, 0xE4, 0xE4);

	/** Border and text of a mark. */
	static final Color INK = new Color(0x66, 0x66, 0x66);

	/**
	 * One mark.
	 *
	 * @param columnKey the category (e.g. the year)
	 * @param rowKey the series whose slot it takes, or {@code null} for the category's middle
	 * @param text what it says, e.g. {@code 비공개} or {@code 비공개: 행정실장}
	 */
	record Mark(Comparable<?> columnKey, Comparable<?> rowKey, String text) {
	}

	private final List<Mark> marks;

	private final Font font;

	private final double itemMargin;

	/**
	 * @param itemMargin the bar renderer's item margin (for the series slots)
	 */
	SuppressedMarks(List<Mark> marks, Font font, double itemMargin) {
		this.marks = List.copyOf(marks);
		this.font = font;
		this.itemMargin = itemMargin;
	}

	List<Mark> marks() {
		return this.marks;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		RectangleEdge edge = plot.getDomainAxisEdge();
		int columns = plot.getDataset().getColumnCount();
		double baseline = Math.min(dataArea.getMaxY(),
				rangeAxis.valueToJava2D(Math.max(0, rangeAxis.getLowerBound()), dataArea, plot.getRangeAxisEdge()));
		g2.setFont(this.font);
		double textHeight = g2.getFontMetrics().getHeight();
		for (Mark mark : this.marks) {
			int column = plot.getDataset().getColumnIndex(mark.columnKey());
			if (column < 0) {
				continue;
			}
			double textWidth = g2.getFontMetrics().getStringBounds(mark.text(), g2).getWidth();
			if (mark.rowKey() != null && plot.getDataset().getRowIndex(mark.rowKey()) >= 0) {
				double x = domainAxis.getCategorySeriesMiddle(mark.columnKey(), mark.rowKey(), plot.getDataset(),
						this.itemMargin, dataArea, edge);
				double width = textHeight + 1;
				Rectangle2D box = new Rectangle2D.Double(x - width / 2, baseline - textWidth - 4, width, textWidth + 4);
				paintBox(g2, box);
				TextUtils.drawRotatedString(mark.text(), g2, (float) x, (float) (baseline - 2), TextAnchor.CENTER_LEFT,
						-Math.PI / 2, (float) x, (float) (baseline - 2));
			}
			else {
				double middle = domainAxis.getCategoryMiddle(column, columns, dataArea, edge);
				boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
				// vertical plot: at the foot of the category; horizontal: centred on the zero line
				double x = horizontal ? zero(plot, dataArea, rangeAxis) : middle;
				double y = horizontal ? middle : baseline - textHeight / 2 - 2.5;
				Rectangle2D box = new Rectangle2D.Double(x - textWidth / 2 - 3, y - textHeight / 2 - 0.5, textWidth + 6,
						textHeight + 1);
				paintBox(g2, box);
				TextUtils.drawAlignedString(mark.text(), g2, (float) x, (float) box.getCenterY(), TextAnchor.CENTER);
			}
		}
	}

	private static double zero(CategoryPlot plot, Rectangle2D dataArea, ValueAxis rangeAxis) {
		double value = Math.max(rangeAxis.getLowerBound(), Math.min(0, rangeAxis.getUpperBound()));
		return rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
	}

	private static void paintBox(Graphics2D g2, Rectangle2D box) {
		g2.setPaint(FILL);
		g2.fill(box);
		g2.setPaint(INK);
		g2.setStroke(new BasicStroke(0.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 1.2f, 1.2f },
				0f));
		g2.draw(box);
	}

}
