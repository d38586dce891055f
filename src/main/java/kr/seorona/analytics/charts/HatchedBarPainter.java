package kr.seorona.analytics.charts;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.io.Serializable;
import java.util.List;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints a bar flat in its series colour, then the series' {@link Hatch} over it, leaving out the
 * box of a label drawn at the bar's centre; no outline, no shadow. {@link ChartTheme} keeps this painter where a chart set it.
 */
final class HatchedBarPainter implements BarPainter, Serializable {

	private static final long serialVersionUID = 1L;

	/** Space kept free of the pattern around a label drawn on the bar, in points. */
	static final double LABEL_PADDING = 1.5;

	private final List<Hatch> hatches;

	/** @param hatches the pattern of each series (row); rows beyond the list get none */
	HatchedBarPainter(List<Hatch> hatches) {
		this.hatches = List.copyOf(hatches);
	}

	/** The pattern of a series (row). */
	Hatch hatch(int row) {
		return (row < this.hatches.size()) ? this.hatches.get(row) : Hatch.NONE;
	}

	@Override
	public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
			RectangleEdge base) {
		Paint paint = renderer.getItemPaint(row, column);
		g2.setPaint(paint);
		g2.fill(bar);
		Hatch hatch = hatch(row);
		if (hatch == Hatch.NONE || !(paint instanceof Color color)) {
			return;
		}
		g2.setPaint(Hatch.ink(color));
		g2.setStroke(hatch.stroke());
		Rectangle2D label = labelBox(g2, renderer, row, column, bar);
		if (label == null) {
			g2.draw(hatch.path(bar.getFrame()));
			return;
		}
		Area hatched = new Area(bar);
		hatched.subtract(new Area(label));
		Shape clip = g2.getClip();
		g2.clip(hatched);
		g2.draw(hatch.path(bar.getFrame()));
		g2.setClip(clip);
	}

	/**
	 * The box of the bar's label when the label is drawn at the bar's centre, plus
	 * {@value #LABEL_PADDING} pt around it, or {@code null}: the pattern leaves it out so the figure
	 * stays readable.
	 */
	private static Rectangle2D labelBox(Graphics2D g2, BarRenderer renderer, int row, int column,
			RectangularShape bar) {
		CategoryItemLabelGenerator generator = renderer.getItemLabelGenerator(row, column);
		CategoryPlot plot = renderer.getPlot();
		if (generator == null || plot == null || !renderer.isItemLabelVisible(row, column)
				|| renderer.getPositiveItemLabelPosition(row, column).getItemLabelAnchor() != ItemLabelAnchor.CENTER) {
			return null;
		}
		String text = generator.generateLabel(plot.getDataset(plot.getIndexOf(renderer)), row, column);
		if (text == null || text.isEmpty()) {
			return null;
		}
		FontMetrics metrics = g2.getFontMetrics(renderer.getItemLabelFont(row, column));
		double width = metrics.getStringBounds(text, g2).getWidth() + 2 * LABEL_PADDING;
		double height = metrics.getAscent() + metrics.getDescent() + LABEL_PADDING;
		return new Rectangle2D.Double(bar.getCenterX() - width / 2, bar.getCenterY() - height / 2, width, height);
	}

	@Override
	public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
			RectangleEdge base, boolean pegShadow) {
		// no shadows
	}

}
