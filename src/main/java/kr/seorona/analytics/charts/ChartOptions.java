package kr.seorona.analytics.charts;

import java.util.Locale;
import java.util.Objects;

import kr.seorona.analytics.ingest.ReportIdentity;

/**
 * How charts are rendered.
 *
 * @param locale language of every text: Korean ({@code ko}, default) or English ({@code en})
 * @param widthPx PNG width in pixels; with {@code dpi} this fixes the printed width (1890 px at
 * 300 dpi = 16 cm)
 * @param heightPx PNG height in pixels
 * @param dpi resolution written into the PNG's {@code pHYs} chunk; also the scale at which the
 * chart (laid out in points, 1/72 inch) is drawn, so fonts print at their point size
 * @param minCellSize k: a figure based on fewer than k people is suppressed (not drawn)
 * @param source data source named in every chart's subtitle
 */
public record ChartOptions(Locale locale, int widthPx, int heightPx, int dpi, int minCellSize, String source) {

	/** Default resolution: 300 dpi. */
	public static final int DEFAULT_DPI = 300;

	/** Default width: 1890 px, 16 cm at 300 dpi. */
	public static final int DEFAULT_WIDTH_PX = 1890;

	/** Default k of the small-cell rule. */
	public static final int DEFAULT_MIN_CELL_SIZE = 5;

	/** Height over width of the default size. */
	static final double ASPECT = 0.62;

	public ChartOptions {
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(source, "source");
		if (widthPx < 200 || heightPx < 120) {
			throw new IllegalArgumentException(
					"chart size must be at least 200 x 120 px but was " + widthPx + " x " + heightPx);
		}
		if (dpi < 72 || dpi > 2400) {
			throw new IllegalArgumentException("dpi must be in 72..2400 but was " + dpi);
		}
		if (minCellSize < 1) {
			throw new IllegalArgumentException("minCellSize must be >= 1 but was " + minCellSize);
		}
	}

	/**
	 * Defaults in the given language ({@code en} or anything else for Korean): 1890 x 1172 px,
	 * 300 dpi, k = 5, and a source line naming the identity's organisation and programme.
	 */
	public static ChartOptions defaults(ReportIdentity identity, Locale locale) {
		Messages messages = Messages.bundle(locale);
		String source = messages.get("chart.source", identity.organisation(messages.locale()),
				identity.programme(messages.locale()));
		return new ChartOptions(messages.locale(), DEFAULT_WIDTH_PX, heightFor(DEFAULT_WIDTH_PX), DEFAULT_DPI,
				DEFAULT_MIN_CELL_SIZE, source);
	}

	/** These options with another width (height follows the default aspect ratio) and dpi. */
	public ChartOptions withSize(int widthPx, int dpi) {
		return new ChartOptions(this.locale, widthPx, heightFor(widthPx), dpi, this.minCellSize, this.source);
	}

	/** These options with another k. */
	public ChartOptions withMinCellSize(int minCellSize) {
		return new ChartOptions(this.locale, this.widthPx, this.heightPx, this.dpi, minCellSize, this.source);
	}

	/** Width of the drawing area in points (1/72 inch). */
	double widthPt() {
		return this.widthPx * 72.0 / this.dpi;
	}

	/** Height of the drawing area in points (1/72 inch). */
	double heightPt() {
		return this.heightPx * 72.0 / this.dpi;
	}

	static int heightFor(int widthPx) {
		return (int) Math.round(widthPx * ASPECT);
	}

}
