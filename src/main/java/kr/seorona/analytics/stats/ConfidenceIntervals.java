package kr.seorona.analytics.stats;

/**
 * Confidence intervals of a mean (Student t, quantiles from {@link Distributions#tQuantile}: R's
 * {@code qt} to the last bit or two of a double).
 */
final class ConfidenceIntervals {

	private ConfidenceIntervals() {
	}

	/**
	 * The two-sided interval {@code mean ± t((1+level)/2, n-1) · sd / sqrt(n)}.
	 * @param mean sample mean
	 * @param sd sample standard deviation (n-1)
	 * @param n sample size, at least 2
	 * @param level confidence level, e.g. 0.95
	 * @return {lower, upper}
	 * @throws IllegalArgumentException when n &lt; 2 or the level is not in (0, 1)
	 */
	static double[] studentT(double mean, double sd, long n, double level) {
		return studentT(mean, sd / Math.sqrt(n), (double) (n - 1), level);
	}

	/**
	 * The two-sided interval {@code estimate ± t((1+level)/2, df) · standardError}.
	 * @return {lower, upper}
	 * @throws IllegalArgumentException when df &lt;= 0 or the level is not in (0, 1)
	 */
	static double[] studentT(double estimate, double standardError, double df, double level) {
		if (!(df > 0)) {
			throw new IllegalArgumentException("degrees of freedom must be > 0 but were " + df);
		}
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("confidence level must be in (0, 1) but was " + level);
		}
		double halfWidth = Distributions.tQuantile((1 + level) / 2, df) * standardError;
		return new double[] { estimate - halfWidth, estimate + halfWidth };
	}

}
