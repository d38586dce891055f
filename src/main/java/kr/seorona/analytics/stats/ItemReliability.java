package kr.seorona.analytics.stats;

/**
 * Contribution of one item to the reliability of its scale in one year, all groups together, over
 * the complete cases of the scale.
 *
 * @param year school year
 * @param scaleCode scale code
 * @param itemCode item code
 * @param n complete cases (every item of the scale answered)
 * @param alphaIfItemDeleted Cronbach's alpha of the scale without this item; null when the scale
 * has fewer than 3 items, n &lt; 2 or the remaining total is constant
 * @param correctedItemTotalCorrelation Pearson correlation of the item with the sum of the other
 * items of the scale; null when n &lt; 2 or either is constant
 * @param suppressed true when n &lt; k
 */
public record ItemReliability(int year, String scaleCode, String itemCode, long n, Double alphaIfItemDeleted,
		Double correctedItemTotalCorrelation, boolean suppressed) {
}
