package kr.seorona.analytics.stats;

/**
 * Which t-test compared two means, named in the dataset next to its t, df and p-value.
 */
public enum TwoSampleTest {

	/**
	 * Welch's t-test for independent samples (unequal variances, Welch–Satterthwaite df; R
	 * {@code t.test(x, y)}): the samples share fewer than two units.
	 */
	WELCH_T,

	/**
	 * The partially overlapping samples t-test of Derrick, Russ, Toher and White (2017), T_new2 with
	 * its degrees of freedom (R package {@code Partiallyoverlapping}, {@code Partover.test(x1, x2, x3,
	 * x4)}): some units, at least two, are in both samples (paired), the others in one only.
	 */
	PARTIALLY_OVERLAPPING_T

}
