package kr.seorona.analytics.stats;

/**
 * Comparison of one group's answers to one item or scale score between two consecutive years. A
 * respondent (same pseudonym) with a value in both years, and for a group row in that group both
 * years, is <em>paired</em>: the two years are partially overlapping samples, compared by the
 * partially overlapping samples t-test of Derrick, Russ, Toher and White (2017); with fewer than two
 * paired respondents by Welch's t-test ({@link PartiallyOverlappingTTest}, {@link TwoSampleTest}).
 * Cohen's d uses the pooled standard deviation of all values. Null instead of NaN: the test and d
 * when either year has fewer than two values; t, df, p and the method when both years are constant
 * or the standard error is 0; d when the pooled variance is 0.
 *
 * @param groupCode canonical group code, or {@code ALL} for all groups together
 * @param itemCode the item's code, or the scale's code when {@code scaleScore} is true
 * @param scaleScore true when the row compares scale scores
 * @param fromYear the earlier year
 * @param toYear the later year (fromYear + 1)
 * @param nFrom values in the earlier year
 * @param nTo values in the later year
 * @param nPaired respondents with a value in both years (counted in nFrom and nTo too); null when
 * withheld for publication (fewer than k but not 0)
 * @param meanFrom mean in the earlier year; null when nFrom = 0
 * @param meanTo mean in the later year; null when nTo = 0
 * @param difference meanTo - meanFrom
 * @param t the test statistic of the difference
 * @param df its degrees of freedom (not an integer)
 * @param pValue two-sided p-value
 * @param testMethod the test: {@code PARTIALLY_OVERLAPPING_T} with two or more paired respondents, else
 * {@code WELCH_T}
 * @param cohensD difference / pooled standard deviation
 * @param suppressed true when min(nFrom, nTo) &lt; k
 */
public record YearComparison(String groupCode, String itemCode, boolean scaleScore, int fromYear, int toYear,
		long nFrom, long nTo, Long nPaired, Double meanFrom, Double meanTo, Double difference, Double t, Double df,
		Double pValue, TwoSampleTest testMethod, Double cohensD, boolean suppressed) {
}
