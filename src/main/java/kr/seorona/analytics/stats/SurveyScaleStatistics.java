package kr.seorona.analytics.stats;

/**
 * Scale scores of one group in one year. A respondent's scale score is the mean of the scale items
 * the respondent answered (1..5); a respondent who answered none of them counts as missing. Figures
 * are null when they cannot be computed: mean/median with n = 0, standard deviation/error and CI with
 * n &lt; 2, alpha as described in docs/STATISTICS.md.
 *
 * @param year school year
 * @param groupCode canonical group code, or {@code ALL} for all groups together
 * @param scaleCode scale code
 * @param items number of items of the scale
 * @param n respondents with a scale score
 * @param missing respondents of the group without any answer to the scale's items
 * @param mean mean scale score
 * @param standardDeviation sample standard deviation (n-1) of the scale scores
 * @param standardError standard deviation / sqrt(n)
 * @param ciLower95 lower bound of the 95% CI of the mean (Student t, n-1 df)
 * @param ciUpper95 upper bound of the 95% CI of the mean
 * @param median median scale score (R type 7)
 * @param q1 first quartile (R type 7)
 * @param q3 third quartile (R type 7)
 * @param cronbachAlpha Cronbach's alpha over the complete cases; null with fewer than 2 items or 2
 * complete cases, or when the total score is constant
 * @param alphaN complete cases (every item of the scale answered) behind {@code cronbachAlpha}; null
 * (with the alpha) when withheld for publication (fewer than k but not 0)
 * @param weightedMean weighted mean scale score with respondent weights; null when a respondent with a
 * score has no weight (no weight column, or a blank weight cell)
 * @param weightedStandardError standard error of the weighted mean; null as weightedMean or when n &lt; 2
 * @param suppressed true when n &lt; k
 */
public record SurveyScaleStatistics(int year, String groupCode, String scaleCode, int items, long n, long missing,
		Double mean, Double standardDeviation, Double standardError, Double ciLower95, Double ciUpper95,
		Double median, Double q1, Double q3, Double cronbachAlpha, Long alphaN, Double weightedMean,
		Double weightedStandardError, boolean suppressed) {
}
