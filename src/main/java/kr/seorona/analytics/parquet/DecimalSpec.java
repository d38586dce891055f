package kr.seorona.analytics.parquet;

/**
 * Precision and scale of a {@code java.math.BigDecimal} column, written as Parquet
 * {@code DECIMAL(precision, scale)} on {@code INT32} (precision 1..9) or {@code INT64} (10..18).
 * Values are never rounded: a value with more fraction digits than {@code scale} or more digits
 * than {@code precision} is rejected by the writer.
 *
 * @param precision total number of digits, 1..18
 * @param scale digits after the decimal point, 0..precision
 */
public record DecimalSpec(int precision, int scale) {

	/** Largest precision supported (fits a signed INT64). */
	public static final int MAX_PRECISION = 18;

	public DecimalSpec {
		if (precision < 1 || precision > MAX_PRECISION) {
			throw new IllegalArgumentException("decimal precision must be 1.." + MAX_PRECISION + " but was " + precision);
		}
		if (scale < 0 || scale > precision) {
			throw new IllegalArgumentException("decimal scale must be 0.." + precision + " but was " + scale);
		}
	}

}
