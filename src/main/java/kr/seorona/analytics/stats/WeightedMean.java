package kr.seorona.analytics.stats;

import org.apache.commons.math3.stat.descriptive.moment.Mean;

/**
 * Weighted mean with respondent weights and its standard error by linearisation (the ratio
 * estimator under a with-replacement design, as R {@code survey::svymean} with
 * {@code svydesign(ids = ~1, weights = ~w)}):
 *
 * <pre>
 * mean = Σ w_i y_i / Σ w_i                          (Commons Math Mean.evaluate(values, weights))
 * se   = sqrt( n / (n-1) · Σ w_i² (y_i - mean)² ) / Σ w_i
 * </pre>
 *
 * Null instead of NaN: the mean when n = 0; the standard error when n &lt; 2.
 *
 * @param n number of values
 * @param mean weighted mean
 * @param standardError standard error of the weighted mean
 */
record WeightedMean(long n, Double mean, Double standardError) {

	/**
	 * @param values the values
	 * @param weights one weight &gt; 0 per value
	 * @throws IllegalArgumentException when lengths differ or a weight is not &gt; 0
	 */
	static WeightedMean of(double[] values, double[] weights) {
		if (values.length != weights.length) {
			throw new IllegalArgumentException("values and weights differ in length: " + values.length + " != "
					+ weights.length);
		}
		int n = values.length;
		if (n == 0) {
			return new WeightedMean(0, null, null);
		}
		double sumOfWeights = 0;
		for (double w : weights) {
			if (!(w > 0) || !Double.isFinite(w)) {
				throw new IllegalArgumentException("weights must be > 0 but one was " + w);
			}
			sumOfWeights += w;
		}
		double mean = new Mean().evaluate(values, weights);
		if (n < 2) {
			return new WeightedMean(n, Numbers.finite(mean), null);
		}
		double sum = 0;
		for (int i = 0; i < n; i++) {
			double d = weights[i] * (values[i] - mean);
			sum += d * d;
		}
		double se = Math.sqrt((double) n / (n - 1) * sum) / sumOfWeights;
		return new WeightedMean(n, Numbers.finite(mean), Numbers.finite(se));
	}

}
