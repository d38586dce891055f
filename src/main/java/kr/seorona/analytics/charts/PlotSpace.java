package kr.seorona.analytics.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Room on a category chart, estimated before JFreeChart lays it out, in points: how wide a
 * category (a year) and a bar's slot within it are, and how wide a text is. Labels use it to
 * choose a form that fits (across or turned, one line or two) instead of overprinting their
 * neighbours when the figures grow to six digits.
 */
final class PlotSpace {

	/**
	 * Share of the chart's width the data area gets: the rest is the range axis with its tick
	 * labels and title, and the padding (measured on the catalogue's charts: 0.84-0.87).
	 */
	static final double DATA_AREA_SHARE = 0.85;

	/**
	 * Share of the chart's height the data area gets: the rest is the title, the subtitle, the year
	 * axis and the legend.
	 */
	static final double DATA_AREA_HEIGHT_SHARE = 0.52;

	/** The axis' default lower and upper margins together (JFreeChart's 5 % each). */
	static final double AXIS_MARGINS = 0.10;

	/** Antialiased, with fractional metrics, as the charts are drawn. */
	static final FontRenderContext FRC = new FontRenderContext(null, true, true);

	private PlotSpace() {
	}

	/**
	 * The width of one category in points, e.g. about 87 pt for 4 years at 16 cm.
	 * @param context the chart's context (size and resolution)
	 * @param categories categories on the axis, at least 1
	 * @param categoryMargin the axis' category margin (share of the axis between categories)
	 */
	static double categoryWidth(ChartContext context, int categories, double categoryMargin) {
		return dataAreaWidth(context) * (1 - AXIS_MARGINS - categoryMargin) / Math.max(1, categories);
	}

	private static double dataAreaWidth(ChartContext context) {
		return context.options().widthPx() * 72.0 / context.options().dpi() * DATA_AREA_SHARE;
	}

	/**
	 * The distance between the centres of two neighbouring categories in points, the most a label
	 * centred on a category can take without touching its neighbour's: about 93 pt for 4 years at
	 * 16 cm with a category margin of 0.2.
	 * @param context the chart's context (size and resolution)
	 * @param categories categories on the axis, at least 1
	 * @param categoryMargin the axis' category margin (share of the axis between categories)
	 */
	static double categoryPitch(ChartContext context, int categories, double categoryMargin) {
		if (categories <= 1) {
			return dataAreaWidth(context) * (1 - AXIS_MARGINS);
		}
		return dataAreaWidth(context)
				* ((1 - AXIS_MARGINS - categoryMargin) / categories + categoryMargin / (categories - 1));
	}

	/**
	 * The height of a plot's data area in points, e.g. about 150 pt for the whole plot of a 16 x 10
	 * cm chart (title, subtitle, axis and legend take the rest).
	 * @param share the plot's share of the combined plot's height (1 for a single plot)
	 */
	static double dataAreaHeight(ChartContext context, double share) {
		return context.options().heightPx() * 72.0 / context.options().dpi() * DATA_AREA_HEIGHT_SHARE * share;
	}

	/** The width of {@code text} set in {@code font}, in points. */
	static double width(String text, Font font) {
		return font.getStringBounds(text, FRC).getWidth();
	}

}
