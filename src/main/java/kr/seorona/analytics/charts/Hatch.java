package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.LegendItem;

/**
 * A fill pattern drawn over a bar's colour, so that bar series differ by texture as well as by grey
 * value when printed in black and white: lines {@value #SPACING} pt apart (crossed lines and dots
 * wider apart), {@value #WIDTH} pt wide, in a tint of the bar's own colour ({@link #ink(Color)}:
 * lighter on dark bars, darker on light ones), so labels in black or white stay readable on top.
 * The lines are laid on a grid fixed to the chart's coordinates and cut to the bar exactly, so the
 * same chart gives the same drawing (and the same SVG) every time.
 */
enum Hatch {

	/** No pattern: the plain colour. */
	NONE,
	/** Rising diagonal lines (/). */
	UP,
	/** Falling diagonal lines (\). */
	DOWN,
	/** Dots on a staggered grid. */
	DOTS,
	/** Both diagonals (×). */
	CROSS,
	/** Vertical lines. */
	VERTICAL,
	/** Horizontal lines. */
	HORIZONTAL;

	/** Distance between neighbouring lines, in points. */
	static final double SPACING = 3.0;

	/** Width of the pattern's lines, in points. */
	static final float WIDTH = 0.6f;

	/** Grey value (Rec. 601 luma, 0..255) under which a fill gets a lighter pattern, else a darker one. */
	static final int DARK_FILL = 150;

	private static final double DOT_RADIUS = 0.3;

	/** The pen of the pattern: {@link #WIDTH} pt, butt ends. */
	BasicStroke stroke() {
		return new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
	}

	/**
	 * The colour of the pattern on a fill: the fill 55 % of the way to white when its grey value is
	 * under {@link #DARK_FILL}, else 50 % of the way to black.
	 */
	static Color ink(Color fill) {
		double luma = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
		if (luma < DARK_FILL) {
			return (Color) ChartTheme.lighter(fill, 0.55);
		}
		return new Color((int) Math.round(fill.getRed() * 0.5), (int) Math.round(fill.getGreen() * 0.5),
				(int) Math.round(fill.getBlue() * 0.5));
	}

	/**
	 * The pattern's lines (and dots) inside {@code area}, to be drawn with {@link #stroke()}; empty
	 * for {@link #NONE}. Its bounds are {@code area}'s (two zero-length segments mark the corners),
	 * so it lines up with the area wherever JFreeChart centres it.
	 */
	Path2D path(Rectangle2D area) {
		Path2D path = new Path2D.Double();
		if (this == NONE || area.isEmpty()) {
			return path;
		}
		path.moveTo(area.getMinX(), area.getMinY());
		path.lineTo(area.getMinX(), area.getMinY());
		path.moveTo(area.getMaxX(), area.getMaxY());
		path.lineTo(area.getMaxX(), area.getMaxY());
		switch (this) {
			case UP -> diagonals(path, area, SPACING, true);
			case DOWN -> diagonals(path, area, SPACING, false);
			case CROSS -> {
				diagonals(path, area, SPACING * 1.5, true);
				diagonals(path, area, SPACING * 1.5, false);
			}
			case VERTICAL -> {
				for (double x = first(area.getMinX(), SPACING); x < area.getMaxX(); x += SPACING) {
					path.moveTo(x, area.getMinY());
					path.lineTo(x, area.getMaxY());
				}
			}
			case HORIZONTAL -> {
				for (double y = first(area.getMinY(), SPACING); y < area.getMaxY(); y += SPACING) {
					path.moveTo(area.getMinX(), y);
					path.lineTo(area.getMaxX(), y);
				}
			}
			case DOTS -> dots(path, area);
			default -> {
			}
		}
		return path;
	}

	/**
	 * Decorates a legend item's swatch with this pattern on {@code fill}: the swatch becomes its box
	 * without the pattern's lines, and the item's line (which JFreeChart draws under the swatch)
	 * becomes the pattern in its ink, so the lines show through. Does nothing for {@link #NONE}.
	 */
	void decorate(LegendItem item, Color fill) {
		if (this == NONE) {
			return;
		}
		Rectangle2D box = item.getShape().getBounds2D();
		Path2D lines = path(box);
		Area swatch = new Area(box);
		swatch.subtract(new Area(stroke().createStrokedShape(lines)));
		item.setShape(swatch);
		item.setLine(lines);
		item.setLinePaint(ink(fill));
		item.setLineStroke(stroke());
		item.setLineVisible(true);
	}

	/** Lines x + y = c (rising, in screen coordinates) or x - y = c (falling), cut to the area. */
	private static void diagonals(Path2D path, Rectangle2D area, double spacing, boolean rising) {
		double step = spacing * Math.sqrt(2);
		double minX = area.getMinX();
		double maxX = area.getMaxX();
		double minY = area.getMinY();
		double maxY = area.getMaxY();
		double low = rising ? minX + minY : minX - maxY;
		double high = rising ? maxX + maxY : maxX - minY;
		for (double c = first(low, step); c < high; c += step) {
			double x0 = rising ? Math.max(minX, c - maxY) : Math.max(minX, minY + c);
			double x1 = rising ? Math.min(maxX, c - minY) : Math.min(maxX, maxY + c);
			if (x1 - x0 < 1e-9) {
				continue;
			}
			path.moveTo(x0, rising ? c - x0 : x0 - c);
			path.lineTo(x1, rising ? c - x1 : x1 - c);
		}
	}

	/** Dots on a grid of 1.5 spacings, every other row shifted by half a step, wholly inside the area. */
	private static void dots(Path2D path, Rectangle2D area) {
		double step = SPACING * 1.5;
		double rowStep = step / 2;
		double margin = DOT_RADIUS + WIDTH / 2.0;
		for (long row = (long) Math.ceil((area.getMinY() + margin) / rowStep - 0.5);
				(row + 0.5) * rowStep <= area.getMaxY() - margin; row++) {
			double y = (row + 0.5) * rowStep;
			double shift = (Math.floorMod(row, 2) == 0) ? 0 : step / 2;
			for (long column = (long) Math.ceil((area.getMinX() + margin - shift) / step - 0.5);
					(column + 0.5) * step + shift <= area.getMaxX() - margin; column++) {
				double x = (column + 0.5) * step + shift;
				path.append(new Ellipse2D.Double(x - DOT_RADIUS, y - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS), false);
			}
		}
	}

	/** The first multiple of {@code step} plus half a step at or after {@code from}. */
	private static double first(double from, double step) {
		return (Math.ceil(from / step - 0.5) + 0.5) * step;
	}

}
