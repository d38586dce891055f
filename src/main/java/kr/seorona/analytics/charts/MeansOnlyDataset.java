package kr.seorona.analytics.charts;

import java.util.List;

import org.jfree.data.general.DatasetChangeListener;
import org.jfree.data.general.DatasetGroup;
import org.jfree.data.statistics.StatisticalCategoryDataset;

/**
 * The means of a statistical dataset without their intervals (every standard deviation null), for
 * one drawing: given it, JFreeChart's renderer draws the markers only ({@link ClippedIntervalRenderer}
 * draws the intervals itself). Read-only: listeners and groups cannot be changed through it.
 *
 * @param dataset the means and intervals
 */
record MeansOnlyDataset(StatisticalCategoryDataset dataset) implements StatisticalCategoryDataset {

	@Override
	public Number getMeanValue(int row, int column) {
		return this.dataset.getMeanValue(row, column);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Number getMeanValue(Comparable rowKey, Comparable columnKey) {
		return this.dataset.getMeanValue(rowKey, columnKey);
	}

	@Override
	public Number getStdDevValue(int row, int column) {
		return null;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Number getStdDevValue(Comparable rowKey, Comparable columnKey) {
		return null;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Comparable getRowKey(int row) {
		return this.dataset.getRowKey(row);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public int getRowIndex(Comparable key) {
		return this.dataset.getRowIndex(key);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List getRowKeys() {
		return this.dataset.getRowKeys();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Comparable getColumnKey(int column) {
		return this.dataset.getColumnKey(column);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public int getColumnIndex(Comparable key) {
		return this.dataset.getColumnIndex(key);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List getColumnKeys() {
		return this.dataset.getColumnKeys();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Number getValue(Comparable rowKey, Comparable columnKey) {
		return this.dataset.getValue(rowKey, columnKey);
	}

	@Override
	public int getRowCount() {
		return this.dataset.getRowCount();
	}

	@Override
	public int getColumnCount() {
		return this.dataset.getColumnCount();
	}

	@Override
	public Number getValue(int row, int column) {
		return this.dataset.getValue(row, column);
	}

	@Override
	public void addChangeListener(DatasetChangeListener listener) {
		throw new UnsupportedOperationException("a view for one drawing");
	}

	@Override
	public void removeChangeListener(DatasetChangeListener listener) {
		throw new UnsupportedOperationException("a view for one drawing");
	}

	@Override
	public DatasetGroup getGroup() {
		return this.dataset.getGroup();
	}

	@Override
	public void setGroup(DatasetGroup group) {
		throw new UnsupportedOperationException("a view for one drawing");
	}

}
