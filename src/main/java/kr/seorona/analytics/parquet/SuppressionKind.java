package kr.seorona.analytics.parquet;

/**
 * Why a statistics row is withheld, the value of the {@value DatasetDefinition.Suppression#KIND}
 * column (null for a published row).
 */
public enum SuppressionKind {

	/** The row is about fewer than k people. */
	PRIMARY,

	/**
	 * The row is about k or more people, withheld so that a primary row cannot be recovered from
	 * published totals (complementary suppression), or because its figures rest on a withheld row (a
	 * trend over a withheld year, a comparison with a withheld year).
	 */
	SECONDARY;

	/**
	 * Why a row is withheld: {@link #PRIMARY} when flagged and n &lt; k, {@link #SECONDARY} when
	 * flagged with n &gt;= k, null when not flagged.
	 * @param flagged the row's suppressed flag
	 * @param n the row's n (smallest of its count columns)
	 * @param k the rule's k
	 */
	public static SuppressionKind of(boolean flagged, long n, int k) {
		if (!flagged) {
			return null;
		}
		return (n < k) ? PRIMARY : SECONDARY;
	}

}
