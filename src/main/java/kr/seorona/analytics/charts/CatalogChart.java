package kr.seorona.analytics.charts;

import java.util.List;

/** One chart of the catalogue: builds its dataset(s) from the inputs, then the chart(s). */
interface CatalogChart {

	/**
	 * The charts to write, in a stable order; empty when the inputs hold no data for this chart.
	 * @param context inputs, options, texts and theme
	 */
	List<ChartFile> charts(ChartContext context);

	/** The chart's file name without extension, e.g. {@code meetings-by-group}. */
	String name();

}
