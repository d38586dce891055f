package kr.seorona.analytics.stats;

import kr.seorona.analytics.ingest.SurveyDefinition;

/**
 * A 95% interval of a mean on the answer scale as readers see it. The datasets publish the Student t
 * interval as computed ({@code ci_lower95}, {@code ci_upper95}: mean ± t·se, reproducible from the
 * mean, standard error and n), which for a small group can pass the scale's ends; every
 * reader-facing place (dashboard tables, charts, report documents) shows it cut at the ends, each
 * cut end marked, with a note saying so.
 *
 * @param lower the lower bound, at least {@link SurveyDefinition#MIN_ANSWER}
 * @param upper the upper bound, at most {@link SurveyDefinition#MAX_ANSWER}
 * @param lowerClipped whether the computed lower bound was below the scale
 * @param upperClipped whether the computed upper bound was above the scale
 */
public record ScaleInterval(double lower, double upper, boolean lowerClipped, boolean upperClipped) {

	/**
	 * The interval cut to the answer scale (1..5).
	 * @return null when either bound is null (no interval: n &lt; 2, or withheld)
	 */
	public static ScaleInterval of(Double lower, Double upper) {
		if (lower == null || upper == null) {
			return null;
		}
		return new ScaleInterval(Math.max(lower, SurveyDefinition.MIN_ANSWER), Math.min(upper, SurveyDefinition.MAX_ANSWER),
				lower < SurveyDefinition.MIN_ANSWER, upper > SurveyDefinition.MAX_ANSWER);
	}

	/** Whether either end was cut. */
	public boolean clipped() {
		return this.lowerClipped || this.upperClipped;
	}

	/**
	 * The interval as text, {@code 3.72–5.00▶}: the bounds as formatted by {@code number}, a cut
	 * lower end preceded by ◀, a cut upper end followed by ▶ (the marks the charts draw).
	 * @param separator between the bounds, e.g. an en dash or a tilde
	 */
	public String format(java.util.function.DoubleFunction<String> number, String separator) {
		return (this.lowerClipped ? LOWER_MARK : "") + number.apply(this.lower) + separator + number.apply(this.upper)
				+ (this.upperClipped ? UPPER_MARK : "");
	}

	/** The mark before a lower bound cut at the scale's start. */
	public static final String LOWER_MARK = "◀";

	/** The mark after an upper bound cut at the scale's end. */
	public static final String UPPER_MARK = "▶";

}
