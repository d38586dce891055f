package kr.seorona.analytics.charts;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be written.
 *
 * @param folder folder under the charts folder: a year ({@code 2022}) or a range ({@code 2019-2022})
 * @param name file stem, e.g. {@code meetings-by-group}
 * @param chart the styled chart
 */
record ChartFile(String folder, String name, JFreeChart chart) {

	/** Path of the file relative to the charts folder, without extension, with '/' separators. */
	String stem() {
		return this.folder + "/" + this.name;
	}

}
