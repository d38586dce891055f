package kr.seorona.analytics.stats;

/**
 * Comparison of the groups within one year on one item or scale score. Groups without a valid value
 * are left out. Figures are null when they cannot be computed (see docs/STATISTICS.md): everything
 * with fewer than two groups; Welch's ANOVA when a group has fewer than two values or zero
 * variance; F when every group is constant; Kruskal-Wallis when all values are equal.
 *
 * @param year school year
 * @param itemCode the item's code, or the scale's code when {@code scaleScore} is true
 * @param scaleScore true when the row compares scale scores rather than one item's answers
 * @param groups groups compared (k)
 * @param n values in all compared groups (N)
 * @param minGroupN values in the smallest compared group
 * @param anovaF classic one-way ANOVA F
 * @param anovaDfBetween k - 1
 * @param anovaDfWithin N - k
 * @param anovaPValue p-value of anovaF
 * @param welchF Welch's heteroscedastic F
 * @param welchDf1 k - 1
 * @param welchDf2 Welch's denominator degrees of freedom (not an integer)
 * @param welchPValue p-value of welchF
 * @param kruskalWallisH tie-corrected Kruskal-Wallis H
 * @param kruskalWallisDf k - 1
 * @param kruskalWallisPValue chi-squared p-value of H
 * @param etaSquared SS_between / SS_total (0..1)
 * @param suppressed true when minGroupN &lt; k (the cell size, not the group count)
 */
public record GroupComparison(int year, String itemCode, boolean scaleScore, int groups, long n, long minGroupN,
		Double anovaF, Integer anovaDfBetween, Long anovaDfWithin, Double anovaPValue, Double welchF, Double welchDf1,
		Double welchDf2, Double welchPValue, Double kruskalWallisH, Integer kruskalWallisDf,
		Double kruskalWallisPValue, Double etaSquared, boolean suppressed) {
}
