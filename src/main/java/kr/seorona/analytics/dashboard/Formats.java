package kr.seorona.analytics.dashboard;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.stats.ScaleInterval;

/**
 * How the page writes numbers, shares, dates and changes in one language: grouping separators of
 * the locale, shares as percentages with one decimal, means with two decimals, dates as
 * {@code 2022. 11. 29.} (Korean) or {@code 29 Nov 2022} (English). Figures that may not be published
 * (small cells) are written as the bundle's suppressed label (비공개), never as a number.
 */
final class Formats {

	/** Text of a figure that cannot be computed. */
	static final String NONE = "–";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Messages messages;

	private final NumberFormat integer;

	private final NumberFormat percent;

	private final NumberFormat decimal;

	private final DateTimeFormatter date;

	Formats(Messages messages) {
		this.messages = messages;
		Locale locale = messages.locale();
		this.integer = NumberFormat.getIntegerInstance(locale);
		this.percent = NumberFormat.getPercentInstance(locale);
		this.percent.setMinimumFractionDigits(1);
		this.percent.setMaximumFractionDigits(1);
		this.decimal = NumberFormat.getNumberInstance(locale);
		this.decimal.setMinimumFractionDigits(2);
		this.decimal.setMaximumFractionDigits(2);
		// half up, as the report documents and the charts round (NumberFormat's default is half even:
		// -11.25% read -11.2% here and -11.3% on the year-over-year chart)
		this.percent.setRoundingMode(RoundingMode.HALF_UP);
		this.decimal.setRoundingMode(RoundingMode.HALF_UP);
		this.date = DateTimeFormatter.ofPattern(messages.get("format.date"), locale);
	}

	Messages messages() {
		return this.messages;
	}

	Locale locale() {
		return this.messages.locale();
	}

	/** The text of a message key. */
	String text(String key, Object... args) {
		return this.messages.get(key, args);
	}

	/** The group's label in this page's language, or the code itself when the catalogue lacks it. */
	String groupLabel(GroupCatalog groups, String code) {
		return groups.find(code).map((group) -> group.label(locale())).orElse(code);
	}

	/** The suppressed label, e.g. 비공개. */
	String suppressed() {
		return this.messages.get("chart.suppressed.label");
	}

	String integer(long value) {
		return this.integer.format(value);
	}

	/** A count, or the suppressed label. */
	String count(long value, boolean suppressed) {
		return suppressed ? suppressed() : integer(value);
	}

	/** A share 0..1 as a percentage, e.g. {@code 62.0%}; {@link #NONE} when null. */
	String percent(Double share) {
		return (share != null) ? this.percent.format(share) : NONE;
	}

	/** A mean with two decimals; {@link #NONE} when null. */
	String mean(Double value) {
		return (value != null) ? this.decimal.format(value) : NONE;
	}

	/**
	 * A 95% interval of a mean on the answer scale as {@code 3.81–4.22}, cut at the scale's ends with
	 * each cut end marked ({@code 3.72–5.00▶}, {@link ScaleInterval}); {@link #NONE} when either bound
	 * is null.
	 */
	String interval(Double lower, Double upper) {
		ScaleInterval interval = ScaleInterval.of(lower, upper);
		return (interval != null) ? interval.format(this.decimal::format, "–") : NONE;
	}

	String date(LocalDate value) {
		return (value != null) ? this.date.format(value) : NONE;
	}

	String time(LocalDateTime value) {
		return (value != null) ? TIME.format(value) : NONE;
	}

	/** A signed whole change, e.g. {@code +3}, {@code −2}, {@code ±0}. */
	String signed(long change) {
		if (change == 0) {
			return "±0";
		}
		return ((change > 0) ? "+" : "−") + integer(Math.abs(change));
	}

	/** A signed change of a mean with two decimals, e.g. {@code +0.12}. */
	String signedMean(double change) {
		String magnitude = this.decimal.format(Math.abs(change));
		if (magnitude.equals(this.decimal.format(0))) {
			return "±" + magnitude;
		}
		return ((change > 0) ? "+" : "−") + magnitude;
	}

	/** A signed change in percent of its base with one decimal, e.g. {@code +10.5%}. */
	String signedPercent(double percentChange) {
		String magnitude = this.percent.format(Math.abs(percentChange) / 100.0);
		return ((percentChange > 0) ? "+" : (percentChange < 0) ? "−" : "±") + magnitude;
	}

}
