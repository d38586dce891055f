package kr.seorona.analytics.charts;

import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A chart's dataset with what the chart needs to draw it: the group code of each series (for its
 * fixed colour), the suppressed cells (never in the dataset, named in a note) and n.
 *
 * @param dataset rows = series (display labels), columns = categories; a suppressed or missing
 * cell holds no value
 * @param seriesCodes group code of each row, in row order
 * @param suppressedCells descriptions of the withheld cells, e.g. {@code 행정실장 2020}
 * @param n the total the subtitle reports, over drawn cells only
 */
record CategoryData(DefaultCategoryDataset dataset, List<String> seriesCodes, List<String> suppressedCells, long n) {

	CategoryData {
		seriesCodes = List.copyOf(seriesCodes);
		suppressedCells = List.copyOf(suppressedCells);
	}

	boolean isEmpty() {
		return this.dataset.getRowCount() == 0 || this.dataset.getColumnCount() == 0;
	}

}
