package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * A label centred at the top of a category, with no line or band of its own (unlike a reference
 * line): year totals, joint-meeting marks. Add it as a foreground domain marker; the range axis
 * needs an upper margin that keeps the data below it.
 */
final class TopLabel {

	private static final Color INVISIBLE = new Color(0, 0, 0, 0);

	/** Points kept free between the labels of neighbouring categories. */
	private static final double GAP = 6;

	/** Line spacing of a label in lines, as a multiple of its font size. */
	static final float LINE_HEIGHT = 1.25f;

	private TopLabel() {
	}

	/** The label {@code text} at the top of category {@code key}, bold, in dark grey. */
	static CategoryMarker marker(String key, String text, ChartContext context) {
		return line(key, text, 0, context);
	}

	/**
	 * {@code text} as one label when it fits {@code width} (less a gap to the neighbours), else {@code lines} one under the other
	 * (the first bold, the others regular), each wrapped to the width if it still does not fit.
	 * @param key the category
	 * @param text the label on one line
	 * @param lines the same label in lines, e.g. a total and its parts
	 * @param width the distance between neighbouring categories in points ({@link PlotSpace#categoryPitch})
	 * @return the markers to add as foreground domain markers
	 */
	static List<CategoryMarker> markers(String key, String text, List<String> lines, double width,
			ChartContext context) {
		double room = width - GAP;
		if (PlotSpace.width(text, font(context, true)) <= room) {
			return List.of(marker(key, text, context));
		}
		List<CategoryMarker> markers = new ArrayList<>();
		for (String line : lines) {
			for (String wrapped : LabelWrapper.wrap(line, font(context, markers.isEmpty()),
					PlotSpace.FRC, room)) {
				markers.add(line(key, wrapped, markers.size(), context));
			}
		}
		return markers;
	}

	private static CategoryMarker line(String key, String text, int index, ChartContext context) {
		CategoryMarker marker = new CategoryMarker(key, INVISIBLE, new BasicStroke(0f));
		marker.setDrawAsLine(true);
		marker.setLabel(text);
		Font font = font(context, index == 0);
		marker.setLabelFont(font);
		marker.setLabelPaint(ChartContext.ALL_COLOR);
		marker.setLabelAnchor(RectangleAnchor.TOP);
		marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
		marker.setLabelOffset(new RectangleInsets(2 + index * LINE_HEIGHT * font.getSize2D(), 0, 2, 0));
		return marker;
	}

	/** Points that {@code lines} lines of top labels take from the top edge of the plot. */
	static double height(int lines, ChartContext context) {
		return 2 + lines * LINE_HEIGHT * font(context, true).getSize2D();
	}

	private static Font font(ChartContext context, boolean bold) {
		return context.theme().font(ChartTheme.BASE_SIZE - 1f, bold);
	}

}
