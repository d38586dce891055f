package kr.seorona.analytics.stats;

/**
 * Why a scale's Cronbach's alpha needs a warning beside it (the alpha is published as computed).
 * The readers' labels are in the messages ({@code survey.alpha.negative}, {@code survey.alpha.undefined}
 * and their {@code .short} forms).
 */
public enum AlphaWarning {

	/** Below 0: the items may not measure one thing, or a reverse-coded item is mixed in. */
	NEGATIVE,

	/**
	 * From 0 to below {@value #LOW_BELOW}: the scale score summarises its items poorly ("questionable"
	 * or "poor" in George and Mallery's rules of thumb, 2003); common in groups of few respondents.
	 */
	LOW,

	/**
	 * Not computable although the scale has two or more items and its row and complete cases are
	 * published: fewer than two complete cases, or every total score the same.
	 */
	UNDEFINED;

	/**
	 * The warning of a scale row, or null: none for a withheld row, for a withheld alpha (complete
	 * cases 1..k-1: shown as withheld) or for a one-item scale (alpha does not apply).
	 */
	/** Alphas below this (and not below 0) get the {@link #LOW} warning. */
	public static final double LOW_BELOW = 0.6;

	public static AlphaWarning of(SurveyScaleStatistics row) {
		if (row.suppressed() || row.items() < 2) {
			return null;
		}
		if (row.cronbachAlpha() == null) {
			return (row.alphaN() != null) ? UNDEFINED : null;
		}
		if (row.cronbachAlpha() < 0) {
			return NEGATIVE;
		}
		return (row.cronbachAlpha() < LOW_BELOW) ? LOW : null;
	}

	/** The message key of the full warning, e.g. {@code survey.alpha.negative}. */
	public String messageKey() {
		return "survey.alpha." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The message key of the short label beside the figure, e.g. {@code survey.alpha.negative.short}. */
	public String shortKey() {
		return messageKey() + ".short";
	}

}
