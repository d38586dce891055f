package kr.seorona.analytics.stats;

/**
 * Comparison of one group's answers to one item or scale score between two consecutive years (Welch's
 * t-test of {@code meanTo - meanFrom}, Cohen's d with the pooled standard deviation). Null instead of
 * NaN: the test and d when either year has fewer than two values; t, df and p when both years are
 * constant; d when the pooled variance is 0.
 *
 * @param groupCode canonical group code, or {@code ALL} for all groups together
 * @param itemCode the item's code, or the scale's code when {@code scaleScore} is true
 * @param scaleScore true when the row compares scale scores
 * @param fromYear the earlier year
 * @param toYear the later year (fromYear + 1)
 * @param nFrom values in the earlier year
 * @param nTo values in the later year
 * @param meanFrom mean in the earlier year; null when nFrom = 0
 * @param meanTo mean in the later year; null when nTo = 0
 * @param difference meanTo - meanFrom
 * @param welchT Welch's t of the difference
 * @param welchDf Welch–Satterthwaite degrees of freedom
 * @param welchPValue two-sided p-value
 * @param cohensD difference / pooled standard deviation
 * @param suppressed true when min(nFrom, nTo) &lt; k
 */
public record YearComparison(String groupCode, String itemCode, boolean scaleScore, int fromYear, int toYear,
		long nFrom, long nTo, Double meanFrom, Double meanTo, Double difference, Double welchT, Double welchDf,
		Double welchPValue, Double cohensD, boolean suppressed) {
}
