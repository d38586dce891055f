package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;

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

	private TopLabel() {
	}

	/** The label {@code text} at the top of category {@code key}, bold, in dark grey. */
	static CategoryMarker marker(String key, String text, ChartContext context) {
		CategoryMarker marker = new CategoryMarker(key, INVISIBLE, new BasicStroke(0f));
		marker.setDrawAsLine(true);
		marker.setLabel(text);
		marker.setLabelFont(context.theme().font(ChartTheme.BASE_SIZE - 1f, true));
		marker.setLabelPaint(ChartContext.ALL_COLOR);
		marker.setLabelAnchor(RectangleAnchor.TOP);
		marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
		marker.setLabelOffset(new RectangleInsets(2, 0, 2, 0));
		return marker;
	}

}
