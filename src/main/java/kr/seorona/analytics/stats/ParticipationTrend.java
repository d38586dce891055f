package kr.seorona.analytics.stats;

/**
 * Trend of one participation indicator of one group across the years. With fewer than three
 * years the trend is not estimable: {@code estimable} is false and every figure but
 * {@code years} is null.
 *
 * @param groupCode canonical group code
 * @param indicator indicator name: {@code meetings}, {@code attendances}, {@code distinctParticipants}
 * or {@code participationRate}
 * @param firstYear first year with data
 * @param lastYear last year with data
 * @param years number of years with data
 * @param estimable whether years &gt;= 3
 * @param compoundAnnualGrowthRate (last/first)^(1/(lastYear-firstYear)) - 1; null when first value is 0
 * @param slope OLS slope per year (Commons Math SimpleRegression)
 * @param slopeLower95 lower bound of the slope's 95% CI (Student t, n-2 df)
 * @param slopeUpper95 upper bound of the slope's 95% CI
 * @param rSquared coefficient of determination
 * @param slopePValue two-sided p-value of slope = 0
 * @param kendallTau Kendall's tau-b of value against year
 * @param kendallPValue two-sided p-value of tau = 0 (exact for n &lt; 50 without ties, else the normal
 * approximation with the tie-corrected variance, as R {@code cor.test(method = "kendall")})
 * @param kendallPMethod how kendallPValue was computed; null when it is null
 * @param smallestYearParticipants the group's smallest distinct participants in a year of the series
 * (the row's n)
 * @param suppressed true when a year of the group's series is withheld (fewer than k participants,
 * or withheld so that another year cannot be recovered): every year's value enters the figures, so
 * the trend would give the withheld value back
 */
public record ParticipationTrend(String groupCode, String indicator, int firstYear, int lastYear, int years,
		boolean estimable, Double compoundAnnualGrowthRate, Double slope, Double slopeLower95, Double slopeUpper95,
		Double rSquared, Double slopePValue, Double kendallTau, Double kendallPValue,
		PValueMethod kendallPMethod, long smallestYearParticipants, boolean suppressed) {
}
