package kr.seorona.analytics.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A {@link Hatch} over cells of a heat map whose cells are one unit wide and high around integer
 * centres, leaving out the middle of each cell, where its text stands ({@value #TEXT_WIDTH} of the
 * width, {@value #TEXT_HEIGHT} of the height). The pattern's ink follows each cell's colour.
 */
final class HatchedCells extends AbstractXYAnnotation {

	private static final long serialVersionUID = 1L;

	/** Share of a cell's width kept free of the pattern, centred. */
	static final double TEXT_WIDTH = 0.62;

	/** Share of a cell's height kept free of the pattern, centred. */
	static final double TEXT_HEIGHT = 0.72;

	/**
	 * One cell.
	 *
	 * @param x centre on the domain axis
	 * @param y centre on the range axis
	 * @param fill the cell's colour, for the pattern's ink
	 */
	record Cell(double x, double y, Color fill) {
	}

	private final Hatch hatch;

	private final List<Cell> cells;

	HatchedCells(Hatch hatch, List<Cell> cells) {
		this.hatch = hatch;
		this.cells = List.copyOf(cells);
	}

	List<Cell> cells() {
		return this.cells;
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
			int rendererIndex, PlotRenderingInfo info) {
		Shape clip = g2.getClip();
		g2.setStroke(this.hatch.stroke());
		for (Cell cell : this.cells) {
			double x0 = domainAxis.valueToJava2D(cell.x() - 0.5, dataArea, plot.getDomainAxisEdge());
			double x1 = domainAxis.valueToJava2D(cell.x() + 0.5, dataArea, plot.getDomainAxisEdge());
			double y0 = rangeAxis.valueToJava2D(cell.y() + 0.5, dataArea, plot.getRangeAxisEdge());
			double y1 = rangeAxis.valueToJava2D(cell.y() - 0.5, dataArea, plot.getRangeAxisEdge());
			Rectangle2D box = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
					Math.abs(y1 - y0));
			Rectangle2D text = new Rectangle2D.Double(box.getCenterX() - box.getWidth() * TEXT_WIDTH / 2,
					box.getCenterY() - box.getHeight() * TEXT_HEIGHT / 2, box.getWidth() * TEXT_WIDTH,
					box.getHeight() * TEXT_HEIGHT);
			Area hatched = new Area(box);
			hatched.subtract(new Area(text));
			g2.setClip(clip);
			g2.clip(hatched);
			g2.setPaint(Hatch.ink(cell.fill()));
			g2.draw(this.hatch.path(box));
		}
		g2.setClip(clip);
	}

}
