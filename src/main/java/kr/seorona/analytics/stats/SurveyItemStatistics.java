package kr.seorona.analytics.stats;

/**
 * Answers to one survey item from one group in one year. Figures are null when they cannot be
 * computed: mean/median with n = 0, standard deviation/error and CI with n &lt; 2.
 *
 * @param year school year
 * @param groupCode canonical group code, or {@code ALL} for all groups together
 * @param itemCode item code, e.g. {@code q1}
 * @param scaleCode the item's scale
 * @param n valid answers (1..5)
 * @param missing missing answers (blank, missing code, rejected cell)
 * @param mean arithmetic mean
 * @param standardDeviation sample standard deviation (n-1)
 * @param standardError standard deviation / sqrt(n)
 * @param ciLower95 lower bound of the 95% CI of the mean (Student t, n-1 df)
 * @param ciUpper95 upper bound of the 95% CI of the mean
 * @param median median
 * @param q1 first quartile
 * @param q3 third quartile
 * @param share1 share (0..1) of answers equal to 1; null when n = 0 (likewise share2..share5)
 * @param share2 share of 2
 * @param share3 share of 3
 * @param share4 share of 4
 * @param share5 share of 5
 * @param topTwoBox share of answers 4 or 5
 * @param topTwoBoxLower95 lower bound of the Wilson 95% interval of topTwoBox
 * @param topTwoBoxUpper95 upper bound of the Wilson 95% interval of topTwoBox
 * @param weightedMean weighted mean with respondent weights; null when a respondent with an answer has
 * no weight (no weight column, or a blank weight cell)
 * @param weightedStandardError standard error of the weighted mean; null as weightedMean or when n &lt; 2
 * @param suppressed true when n &lt; k
 */
public record SurveyItemStatistics(int year, String groupCode, String itemCode, String scaleCode, long n,
		long missing, Double mean, Double standardDeviation, Double standardError, Double ciLower95,
		Double ciUpper95, Double median, Double q1, Double q3, Double share1, Double share2, Double share3,
		Double share4, Double share5, Double topTwoBox, Double topTwoBoxLower95, Double topTwoBoxUpper95,
		Double weightedMean, Double weightedStandardError, boolean suppressed) {
}
