package kr.seorona.analytics.charts;

import java.util.Locale;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Labels each segment with its answer's whole share in percent; the neutral share is labelled
 * once, on its right half; segments under 4% stay unlabelled.
 */
final class LikertShareLabels implements CategoryItemLabelGenerator, java.io.Serializable {

	private static final long serialVersionUID = 1L;

	@Override
	public String generateRowLabel(CategoryDataset dataset, int row) {
		return dataset.getRowKey(row).toString();
	}

	@Override
	public String generateColumnLabel(CategoryDataset dataset, int column) {
		return dataset.getColumnKey(column).toString();
	}

	@Override
	public String generateLabel(CategoryDataset dataset, int row, int column) {
		Number value = dataset.getValue(row, column);
		if (value == null || row == 0) {
			return null;
		}
		double percent = Math.abs(value.doubleValue()) * ((LikertDistributionChart.ROW_ANSWERS[row] == 3) ? 2 : 1);
		return (percent < 4) ? null : String.format(Locale.ROOT, "%.0f%%", percent);
	}

}
