package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Direct labels at the line ends of a line chart: each series is named to the right of its last
 * drawn point (bold name, then an optional second line), in the order of those points from top to
 * bottom. Labels that would overlap are moved apart vertically, each by as little as possible, and
 * joined to their point by a thin leader line. The plot's domain axis needs an upper margin wide
 * enough for the labels (the labels are drawn inside the data area).
 */
final class EndLabels extends AbstractAnnotation implements CategoryAnnotation {

	private static final long serialVersionUID = 1L;

	/** Gap between a line end and its label, in points. */
	static final double GAP = 6;

	/**
	 * One label.
	 *
	 * @param rowKey the series it names
	 * @param name first line (bold)
	 * @param detail second line, or {@code null}
	 * @param color colour of the leader line
	 */
	record Label(Comparable<?> rowKey, String name, String detail, Color color) {
	}

	private final List<Label> labels;

	private final Font nameFont;

	private final Font detailFont;

	EndLabels(List<Label> labels, Font nameFont, Font detailFont) {
		this.labels = List.copyOf(labels);
		this.nameFont = nameFont;
		this.detailFont = detailFont;
	}

	List<Label> labels() {
		return this.labels;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		CategoryDataset dataset = plot.getDataset();
		RectangleEdge domainEdge = plot.getDomainAxisEdge();
		RectangleEdge rangeEdge = plot.getRangeAxisEdge();
		List<Placed> placed = new ArrayList<>();
		for (Label label : this.labels) {
			int row = dataset.getRowIndex(label.rowKey());
			if (row < 0) {
				continue;
			}
			for (int column = dataset.getColumnCount() - 1; column >= 0; column--) {
				Number value = dataset.getValue(row, column);
				if (value != null) {
					double x = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, domainEdge);
					double y = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, rangeEdge);
					placed.add(new Placed(label, x, y, height(g2, label)));
					break;
				}
			}
		}
		spread(placed, dataArea.getMinY(), dataArea.getMaxY());
		for (Placed p : placed) {
			double textX = p.x + GAP;
			double top = p.labelY - p.height / 2;
			if (Math.abs(p.labelY - p.y) > 1) {
				g2.setPaint(p.label.color());
				g2.setStroke(new BasicStroke(0.4f));
				g2.draw(new Line2D.Double(p.x + 2.5, p.y, textX - 1, p.labelY));
			}
			g2.setPaint(ChartTheme.TEXT);
			g2.setFont(this.nameFont);
			float nameHeight = g2.getFontMetrics().getHeight();
			TextUtils.drawAlignedString(p.label.name(), g2, (float) textX, (float) top, TextAnchor.TOP_LEFT);
			if (p.label.detail() != null) {
				g2.setPaint(ChartTheme.MUTED_TEXT);
				g2.setFont(this.detailFont);
				TextUtils.drawAlignedString(p.label.detail(), g2, (float) textX, (float) top + nameHeight,
						TextAnchor.TOP_LEFT);
			}
		}
	}

	private double height(Graphics2D g2, Label label) {
		double height = g2.getFontMetrics(this.nameFont).getHeight();
		if (label.detail() != null) {
			height += g2.getFontMetrics(this.detailFont).getHeight();
		}
		return height;
	}

	/**
	 * Moves label centres apart so that neighbours do not overlap, keeping them within
	 * [top, bottom]: top-down, each label goes no higher than under its upper neighbour; then,
	 * bottom-up, no lower than the bottom and above its lower neighbour.
	 */
	static void spread(List<Placed> placed, double top, double bottom) {
		placed.sort(Comparator.comparingDouble((Placed p) -> p.y));
		double floor = top;
		for (Placed p : placed) {
			p.labelY = Math.max(p.y, floor + p.height / 2);
			floor = p.labelY + p.height / 2;
		}
		double ceiling = bottom;
		for (int i = placed.size() - 1; i >= 0; i--) {
			Placed p = placed.get(i);
			p.labelY = Math.min(p.labelY, ceiling - p.height / 2);
			ceiling = p.labelY - p.height / 2;
		}
	}

	/** A label with its line end and the centre it is drawn at. */
	static final class Placed {

		final Label label;

		final double x;

		final double y;

		final double height;

		double labelY;

		Placed(Label label, double x, double y, double height) {
			this.label = label;
			this.x = x;
			this.y = y;
			this.height = height;
			this.labelY = y;
		}

	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
