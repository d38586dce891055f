package kr.seorona.analytics.stats;

/**
 * How a published p-value was computed, named in the dataset next to it.
 */
public enum PValueMethod {

	/**
	 * The exact null distribution of the statistic: for Kendall's tau, the distribution of the number
	 * of concordant pairs over all n! orderings (R {@code cor.test(method = "kendall")} with n &lt; 50
	 * and no ties).
	 */
	EXACT,

	/**
	 * A large-sample normal approximation: for Kendall's tau, Kendall's S over the square root of its
	 * tie-corrected variance, without continuity correction (R {@code cor.test(method = "kendall")}
	 * with n &gt;= 50 or ties).
	 */
	NORMAL_APPROXIMATION

}
