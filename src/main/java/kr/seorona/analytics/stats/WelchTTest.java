package kr.seorona.analytics.stats;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Welch's two-sample t-test (unequal variances) of {@code second - first}, with Cohen's d.
 *
 * <ul>
 * <li>t and the two-sided p-value: Commons Math {@link TTest#t(double[], double[])} and
 * {@link TTest#tTest(double[], double[])} (Welch, not pooled), with the samples ordered so that a
 * positive t means the second mean is larger.</li>
 * <li>df: Welch–Satterthwaite {@code (v1/n1 + v2/n2)² / ((v1/n1)²/(n1-1) + (v2/n2)²/(n2-1))}, the
 * same formula TTest uses internally.</li>
 * <li>Cohen's d: {@code (mean2 - mean1) / s_pooled},
 * {@code s_pooled = sqrt(((n1-1)v1 + (n2-1)v2) / (n1+n2-2))}.</li>
 * </ul>
 * Null instead of NaN: everything but n and means when a sample has fewer than two values; t, df
 * and p when both variances are 0; d when the pooled variance is 0.
 *
 * @param n1 size of the first sample
 * @param n2 size of the second sample
 * @param mean1 mean of the first sample; null when n1 = 0
 * @param mean2 mean of the second sample; null when n2 = 0
 * @param difference mean2 - mean1
 * @param t Welch's t statistic of mean2 - mean1
 * @param df Welch–Satterthwaite degrees of freedom
 * @param pValue two-sided p-value
 * @param cohensD standardised difference with the pooled standard deviation
 */
record WelchTTest(long n1, long n2, Double mean1, Double mean2, Double difference, Double t, Double df,
		Double pValue, Double cohensD) {

	/** Compares the second sample with the first. */
	static WelchTTest of(double[] first, double[] second) {
		long n1 = first.length;
		long n2 = second.length;
		Double mean1 = (n1 > 0) ? new Mean().evaluate(first) : null;
		Double mean2 = (n2 > 0) ? new Mean().evaluate(second) : null;
		Double difference = (mean1 != null && mean2 != null) ? mean2 - mean1 : null;
		if (n1 < 2 || n2 < 2) {
			return new WelchTTest(n1, n2, mean1, mean2, difference, null, null, null, null);
		}
		double v1 = new Variance().evaluate(first);
		double v2 = new Variance().evaluate(second);
		double pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2);
		Double d = (pooled > 0) ? Numbers.finite(difference / Math.sqrt(pooled)) : null;
		if (!(v1 + v2 > 0)) {
			return new WelchTTest(n1, n2, mean1, mean2, difference, null, null, null, d);
		}
		TTest test = new TTest();
		double a = v1 / n1;
		double b = v2 / n2;
		double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
		return new WelchTTest(n1, n2, mean1, mean2, difference, Numbers.finite(test.t(second, first)),
				Numbers.finite(df), Numbers.finite(test.tTest(second, first)), d);
	}

}
