package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Cronbach's alpha of a scale (Cronbach 1951) over complete cases:
 *
 * <pre>
 * alpha = k / (k-1) · (1 - Σ var(item_i) / var(Σ item_i))
 * </pre>
 *
 * with sample variances (Commons Math {@link Variance}, n-1), plus per item the alpha of the scale
 * without that item and the corrected item-total correlation (Pearson, Commons Math
 * {@link PearsonsCorrelation}, of the item with the sum of the other items). {@code null} instead of
 * NaN: alpha with k &lt; 2 items, n &lt; 2 cases or a constant total; alpha-if-deleted with k &lt; 3;
 * a correlation when the item or the rest is constant.
 *
 * @param n complete cases used
 * @param items number of items k
 * @param alpha Cronbach's alpha (at most 1, may be negative)
 * @param alphaIfItemDeleted alpha without item i, in item order
 * @param correctedItemTotalCorrelation correlation of item i with the sum of the other items
 */
record CronbachAlpha(long n, int items, Double alpha, List<Double> alphaIfItemDeleted,
		List<Double> correctedItemTotalCorrelation) {

	/**
	 * Alpha of the complete cases among the rows.
	 * @param rows one array per respondent with one answer per item ({@code null} = missing); rows
	 * with a missing answer are left out
	 * @param items number of items, the length of every row
	 */
	static CronbachAlpha of(List<Integer[]> rows, int items) {
		if (items == 0) {
			return new CronbachAlpha(rows.size(), 0, null, List.of(), List.of());
		}
		List<double[]> complete = new ArrayList<>();
		for (Integer[] row : rows) {
			if (row.length != items) {
				throw new IllegalArgumentException("row has " + row.length + " answers, expected " + items);
			}
			double[] values = new double[items];
			boolean ok = true;
			for (int i = 0; i < items && ok; i++) {
				ok = row[i] != null;
				values[i] = ok ? row[i] : 0;
			}
			if (ok) {
				complete.add(values);
			}
		}
		double[][] columns = new double[items][complete.size()];
		for (int r = 0; r < complete.size(); r++) {
			for (int i = 0; i < items; i++) {
				columns[i][r] = complete.get(r)[i];
			}
		}
		return ofColumns(columns);
	}

	/**
	 * Alpha of complete cases given as item columns.
	 * @param columns one array per item (k = columns.length &gt;= 1), each with one answer per
	 * complete case (n = the common length; no missing values)
	 * @throws IllegalArgumentException when there is no column or the columns differ in length
	 */
	static CronbachAlpha ofColumns(double[][] columns) {
		if (columns.length == 0) {
			throw new IllegalArgumentException("no item columns");
		}
		int items = columns.length;
		int n = columns[0].length;
		for (double[] column : columns) {
			if (column.length != n) {
				throw new IllegalArgumentException("item columns differ in length: " + column.length + " != " + n);
			}
		}
		List<Double> ifDeleted = new ArrayList<>();
		List<Double> itemTotal = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			double[] rest = new double[n];
			double[][] others = new double[items - 1][];
			int o = 0;
			for (int j = 0; j < items; j++) {
				if (j != i) {
					others[o++] = columns[j];
					for (int r = 0; r < rest.length; r++) {
						rest[r] += columns[j][r];
					}
				}
			}
			ifDeleted.add((items >= 3) ? alpha(others) : null);
			itemTotal.add(correlation(columns[i], rest));
		}
		return new CronbachAlpha(n, items, alpha(columns), ifDeleted, itemTotal);
	}

	/** Alpha of the item columns (equal lengths, no missing values); null when not computable. */
	static Double alpha(double[][] columns) {
		int k = columns.length;
		if (k < 2 || columns[0].length < 2) {
			return null;
		}
		Variance variance = new Variance();
		double[] total = new double[columns[0].length];
		double sumOfVariances = 0;
		for (double[] column : columns) {
			sumOfVariances += variance.evaluate(column);
			for (int r = 0; r < total.length; r++) {
				total[r] += column[r];
			}
		}
		double totalVariance = variance.evaluate(total);
		if (!(totalVariance > 0)) {
			return null;
		}
		return Numbers.finite((double) k / (k - 1) * (1 - sumOfVariances / totalVariance));
	}

	private static Double correlation(double[] x, double[] y) {
		if (x.length < 2) {
			return null;
		}
		Variance variance = new Variance();
		if (!(variance.evaluate(x) > 0) || !(variance.evaluate(y) > 0)) {
			return null;
		}
		return Numbers.finite(new PearsonsCorrelation().correlation(x, y));
	}

}
