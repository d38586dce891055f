package kr.seorona.analytics.stats;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Univariate summary of a sample, computed with Commons Math {@link DescriptiveStatistics}: the mean
 * with its correction term and the sample variance with the corrected two-pass algorithm (both
 * accurate on the NIST StRD univariate sets), quantiles with {@link Percentile} estimation type
 * {@link EstimationType#R_7} (R's default, type 7: linear interpolation between order statistics,
 * {@code h = (n-1)p + 1}).
 *
 * <p>The confidence interval of the mean is {@link ConfidenceIntervals#studentT} at 95%. Null
 * instead of NaN: mean and quantiles when n = 0; standard deviation, error and CI when n &lt; 2.
 *
 * @param n number of values
 * @param mean arithmetic mean
 * @param standardDeviation sample standard deviation (denominator n-1)
 * @param standardError standard deviation / sqrt(n)
 * @param ciLower95 lower bound of the 95% CI of the mean (Student t, n-1 df)
 * @param ciUpper95 upper bound of the 95% CI of the mean
 * @param median median (R type 7)
 * @param q1 first quartile (R type 7)
 * @param q3 third quartile (R type 7)
 */
record Descriptive(long n, Double mean, Double standardDeviation, Double standardError, Double ciLower95,
		Double ciUpper95, Double median, Double q1, Double q3) {

	/** Summary of the values (which must be finite). */
	static Descriptive of(double[] values) {
		DescriptiveStatistics stats = new DescriptiveStatistics(values);
		stats.setPercentileImpl(new Percentile().withEstimationType(EstimationType.R_7));
		long n = stats.getN();
		if (n == 0) {
			return new Descriptive(0, null, null, null, null, null, null, null, null);
		}
		Double mean = Numbers.finite(stats.getMean());
		Double median = Numbers.finite(stats.getPercentile(50));
		Double q1 = Numbers.finite(stats.getPercentile(25));
		Double q3 = Numbers.finite(stats.getPercentile(75));
		if (n < 2) {
			return new Descriptive(n, mean, null, null, null, null, median, q1, q3);
		}
		double sd = stats.getStandardDeviation();
		double[] ci = ConfidenceIntervals.studentT(stats.getMean(), sd, n, 0.95);
		return new Descriptive(n, mean, Numbers.finite(sd), Numbers.finite(sd / Math.sqrt(n)), Numbers.finite(ci[0]),
				Numbers.finite(ci[1]), median, q1, q3);
	}

	/** Interquartile range q3 - q1, or null when n = 0. */
	Double interquartileRange() {
		return (this.q1 != null && this.q3 != null) ? this.q3 - this.q1 : null;
	}

}
