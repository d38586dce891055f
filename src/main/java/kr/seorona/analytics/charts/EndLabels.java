package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.CategoryDataset;

/**
 * Direct labels at the line ends of a line chart: each series is named to the right of its last
 * drawn point (bold name, then an optional second line). Labels are laid out by a simple,
 * deterministic repel: sorted by the height of their points, each pushed down just below its upper
 * neighbour with a gap of at least {@value #MIN_GAP} pt, then, from the bottom, pushed back up where
 * they would leave the data area. When any label had to move, all labels stand in one column
 * {@value #LEADER} pt further right and each moved label is joined to its point by a thin grey
 * leader line to the middle of its name. Before each name stands its series' key (a short line in
 * the series' stroke with its marker, as the legend draws it), so that in black-and-white print a
 * label is matched to its line by pattern and marker, not only by a leader line. The plot's domain
 * axis needs an upper margin wide enough for the labels (they are drawn inside the data area).
 */
final class EndLabels extends PlotAnnotation {

	private static final long serialVersionUID = 1L;

	/** Gap between a line end and its label, in points. */
	static final double GAP = 6;

	/** Smallest vertical gap between two labels, in points. */
	static final double MIN_GAP = 1.5;

	/** Extra distance of the label column from the line ends when labels moved, for the leaders, in points. */
	static final double LEADER = 10;

	/** Colour of the leader lines. */
	static final Color LEADER_COLOR = new Color(0x77, 0x77, 0x77);

	/** Width of the leader lines, in points. */
	static final float LEADER_WIDTH = 0.5f;

	/** A label counts as moved when its centre is this far from its point, in points. */
	static final double MOVED = 0.75;

	/** Length of the key's line before a name, in points. */
	static final double KEY = 16;

	/** Space between the key and the name, in points. */
	static final double KEY_GAP = 3;

	/**
	 * One label.
	 *
	 * @param rowKey the series it names
	 * @param name first line (bold)
	 * @param detail second line, or {@code null}
	 */
	record Label(Comparable<?> rowKey, String name, String detail) {
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
		LineAndShapeRenderer keys = (plot.getRenderer() instanceof LineAndShapeRenderer lines) ? lines : null;
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
					placed.add(new Placed(label, row, x, y, height(g2, label)));
					break;
				}
			}
		}
		spread(placed, dataArea.getMinY(), dataArea.getMaxY());
		boolean moved = placed.stream().anyMatch(Placed::moved);
		for (Placed p : placed) {
			double keyX = p.x + GAP + (moved ? LEADER : 0);
			double top = p.labelY - p.height / 2;
			g2.setFont(this.nameFont);
			float nameHeight = g2.getFontMetrics().getHeight();
			if (p.moved()) {
				// to the middle of the name, the first line
				g2.setPaint(LEADER_COLOR);
				g2.setStroke(new BasicStroke(LEADER_WIDTH));
				g2.draw(new Line2D.Double(p.x + 3, p.y, keyX - 1.5, top + nameHeight / 2));
			}
			double textX = keyX;
			if (keys != null) {
				drawKey(g2, keys, p.row, keyX, top + nameHeight / 2);
				textX += KEY + KEY_GAP;
			}
			g2.setPaint(ChartTheme.TEXT);
			TextUtils.drawAlignedString(p.label.name(), g2, (float) textX, (float) top, TextAnchor.TOP_LEFT);
			if (p.label.detail() != null) {
				g2.setPaint(ChartTheme.MUTED_TEXT);
				g2.setFont(this.detailFont);
				TextUtils.drawAlignedString(p.label.detail(), g2, (float) textX, (float) top + nameHeight,
						TextAnchor.TOP_LEFT);
			}
		}
	}

	/** The series' line over {@link #KEY} points from {@code x} at height {@code y}, its marker in the middle. */
	private static void drawKey(Graphics2D g2, LineAndShapeRenderer renderer, int row, double x, double y) {
		g2.setPaint(renderer.getItemPaint(row, 0));
		g2.setStroke(renderer.getItemStroke(row, 0));
		g2.draw(new Line2D.Double(x, y, x + KEY, y));
		Shape marker = ShapeUtils.createTranslatedShape(renderer.getItemShape(row, 0), x + KEY / 2, y);
		g2.setPaint(renderer.getUseFillPaint() ? renderer.getItemFillPaint(row, 0) : renderer.getItemPaint(row, 0));
		g2.fill(marker);
		if (renderer.getDrawOutlines()) {
			g2.setPaint(renderer.getUseOutlinePaint() ? renderer.getItemOutlinePaint(row, 0)
					: renderer.getItemPaint(row, 0));
			g2.setStroke(renderer.getItemOutlineStroke(row, 0));
			g2.draw(marker);
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
	 * Moves label centres apart so that neighbours are at least {@link #MIN_GAP} apart, keeping them
	 * within [top, bottom] where they fit: sorted by their points' heights (ties by name), top-down
	 * each label goes no higher than {@link #MIN_GAP} under its upper neighbour; then, bottom-up, no
	 * lower than the bottom and {@link #MIN_GAP} above its lower neighbour. The order of the labels
	 * stays the order of their points, so leader lines never cross.
	 */
	static void spread(List<Placed> placed, double top, double bottom) {
		placed.sort(Comparator.comparingDouble((Placed p) -> p.y).thenComparing((Placed p) -> p.label.name()));
		double floor = top - MIN_GAP;
		for (Placed p : placed) {
			p.labelY = Math.max(p.y, floor + MIN_GAP + p.height / 2);
			floor = p.labelY + p.height / 2;
		}
		double ceiling = bottom + MIN_GAP;
		for (int i = placed.size() - 1; i >= 0; i--) {
			Placed p = placed.get(i);
			p.labelY = Math.min(p.labelY, ceiling - MIN_GAP - p.height / 2);
			ceiling = p.labelY - p.height / 2;
		}
	}

	/** A label with its line end and the centre it is drawn at. */
	static final class Placed {

		final Label label;

		final int row;

		final double x;

		final double y;

		final double height;

		double labelY;

		Placed(Label label, int row, double x, double y, double height) {
			this.label = label;
			this.row = row;
			this.x = x;
			this.y = y;
			this.height = height;
			this.labelY = y;
		}

		/** Whether the label stands away from its point (and needs a leader line). */
		boolean moved() {
			return Math.abs(this.labelY - this.y) > MOVED;
		}

	}

}
