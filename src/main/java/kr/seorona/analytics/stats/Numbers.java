package kr.seorona.analytics.stats;

/**
 * Conversions at the boundary between Commons Math (which answers NaN or infinity when a figure
 * cannot be computed) and the result records (which carry {@code null} instead).
 */
final class Numbers {

	private Numbers() {
	}

	/** The value, or {@code null} when it is NaN or infinite. */
	static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	/** {@code numerator / denominator}, or {@code null} when the denominator is 0. */
	static Double ratio(double numerator, double denominator) {
		return (denominator != 0) ? finite(numerator / denominator) : null;
	}

}
