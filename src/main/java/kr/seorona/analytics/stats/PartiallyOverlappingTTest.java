package kr.seorona.analytics.stats;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Comparison of two means {@code second - first} where some units are observed in both samples
 * (paired) and the others in one only: the partially overlapping samples t-test, T_new2 of Derrick,
 * Russ, Toher and White (2017), "Test statistics for the comparison of means for two samples that
 * include both paired and independent observations", Journal of Modern Applied Statistical Methods
 * 16(1), 137-157, as the authors' R package {@code Partiallyoverlapping} 2.0 computes it
 * ({@code Partover.test(x1, x2, x3, x4)}, unequal variances):
 *
 * <pre>
 * sample i = its unpaired values and its paired values;  n_i, mean_i, s_i over all of them
 * n_a, n_b = unpaired values of the first and second sample;  n_c = pairs
 * r      = Pearson correlation of the pairs (0 when either side of the pairs is constant)
 * T      = (mean_2 - mean_1) / sqrt(s_1²/n_1 + s_2²/n_2 - 2 r s_1 s_2 n_c / (n_1 n_2))
 * γ      = (s_1²/n_1 + s_2²/n_2)² / ((s_1²/n_1)²/(n_1 - 1) + (s_2²/n_2)²/(n_2 - 1))   (Welch–Satterthwaite)
 * df     = (n_c - 1) + (γ - n_c + 1) / (n_a + n_b + 2 n_c) · (n_a + n_b)
 * p      = P(|t_df| &gt;= |T|)   ({@link Distributions#tTwoSided})
 * </pre>
 *
 * With no pairs T is Welch's t and df Welch's; with no unpaired values it is the paired t-test.
 * The test needs at least two pairs (the correlation is undefined with one; the package refuses):
 * with fewer the samples are compared as independent by <b>Welch's t-test</b> (the one shared unit
 * counted in both), and {@link #method()} says so. Cohen's d is {@code (mean_2 - mean_1) / s_pooled},
 * {@code s_pooled = sqrt(((n_1-1)s_1² + (n_2-1)s_2²) / (n_1+n_2-2))}, over all values.
 *
 * <p>Null instead of NaN: everything but the counts and means when a sample has fewer than two values;
 * t, df, p and the method when both samples are constant or the standard error is 0; d when the
 * pooled variance is 0.
 *
 * @param n1 values of the first sample (unpaired and paired)
 * @param n2 values of the second sample (unpaired and paired)
 * @param nPaired pairs (units in both samples), counted in n1 and n2
 * @param mean1 mean of the first sample; null when n1 = 0
 * @param mean2 mean of the second sample; null when n2 = 0
 * @param difference mean2 - mean1
 * @param t the test statistic of mean2 - mean1
 * @param df its degrees of freedom (not an integer)
 * @param pValue two-sided p-value
 * @param method the test used: Welch's with fewer than two pairs, else the partially overlapping one
 * @param cohensD standardised difference with the pooled standard deviation
 */
record PartiallyOverlappingTTest(long n1, long n2, long nPaired, Double mean1, Double mean2, Double difference,
		Double t, Double df, Double pValue, TwoSampleTest method, Double cohensD) {

	/** Fewest pairs for the partially overlapping test (Partover.test: "not enough paired observations"). */
	static final int MIN_PAIRS = 2;

	/**
	 * Compares the second sample with the first.
	 * @param unpairedFirst values only in the first sample
	 * @param unpairedSecond values only in the second sample
	 * @param pairedFirst the first sample's values of the units in both, in pair order
	 * @param pairedSecond the second sample's values of the same units, in the same order
	 * @throws IllegalArgumentException when the paired arrays differ in length
	 */
	static PartiallyOverlappingTTest of(double[] unpairedFirst, double[] unpairedSecond, double[] pairedFirst,
			double[] pairedSecond) {
		if (pairedFirst.length != pairedSecond.length) {
			throw new IllegalArgumentException("paired values differ in length: " + pairedFirst.length + " != "
					+ pairedSecond.length);
		}
		double[] first = concat(unpairedFirst, pairedFirst);
		double[] second = concat(unpairedSecond, pairedSecond);
		long n1 = first.length;
		long n2 = second.length;
		long nc = pairedFirst.length;
		Double mean1 = (n1 > 0) ? new Mean().evaluate(first) : null;
		Double mean2 = (n2 > 0) ? new Mean().evaluate(second) : null;
		Double difference = (mean1 != null && mean2 != null) ? mean2 - mean1 : null;
		if (n1 < 2 || n2 < 2) {
			return new PartiallyOverlappingTTest(n1, n2, nc, mean1, mean2, difference, null, null, null, null, null);
		}
		double v1 = new Variance().evaluate(first);
		double v2 = new Variance().evaluate(second);
		double pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2);
		Double d = (pooled > 0) ? Numbers.finite(difference / Math.sqrt(pooled)) : null;
		if (!(v1 + v2 > 0)) {
			return new PartiallyOverlappingTTest(n1, n2, nc, mean1, mean2, difference, null, null, null, null, d);
		}
		double a = v1 / n1;
		double b = v2 / n2;
		double welchDf = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
		double variance;
		double df;
		TwoSampleTest method;
		if (nc < MIN_PAIRS) {
			variance = a + b;
			df = welchDf;
			method = TwoSampleTest.WELCH_T;
		}
		else {
			double r = correlation(pairedFirst, pairedSecond);
			variance = a + b - 2 * r * Math.sqrt(v1) * Math.sqrt(v2) * nc / ((double) n1 * n2);
			long unpaired = unpairedFirst.length + unpairedSecond.length;
			df = (nc - 1) + (welchDf - nc + 1) / (unpaired + 2 * nc) * unpaired;
			method = TwoSampleTest.PARTIALLY_OVERLAPPING_T;
		}
		if (!(variance > 0)) {
			return new PartiallyOverlappingTTest(n1, n2, nc, mean1, mean2, difference, null, null, null, null, d);
		}
		double t = difference / Math.sqrt(variance);
		return new PartiallyOverlappingTTest(n1, n2, nc, mean1, mean2, difference, Numbers.finite(t),
				Numbers.finite(df), Numbers.finite(Distributions.tTwoSided(t, df)), method, d);
	}

	/** Pearson's r of the pairs, 0 when either side is constant (as Partover.test). */
	private static double correlation(double[] x, double[] y) {
		if (new Variance().evaluate(x) == 0 || new Variance().evaluate(y) == 0) {
			return 0;
		}
		return new PearsonsCorrelation().correlation(x, y);
	}

	private static double[] concat(double[] a, double[] b) {
		double[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
