package kr.seorona.analytics.report;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.ingest.ReportIdentity;

/**
 * The texts of one report: the {@code report.*} templates of the message bundle, the numbering of
 * tables and figures, source notes and the number formats every figure is written with. Numbers:
 * counts with grouping separators ({@code 1,234}), means and test statistics with two decimals,
 * shares as percentages with one decimal, p-values with three decimals ({@code < 0.001} below);
 * half-up rounding everywhere.
 */
final class ReportText {

	private final Messages messages;

	private final ReportIdentity identity;

	private final int year;

	private final String runDate;

	private int tables;

	private int figures;

	ReportText(Messages messages, ReportIdentity identity, int year, LocalDate runDate) {
		this.messages = messages;
		this.identity = identity;
		this.year = year;
		this.runDate = date(runDate, messages.locale());
	}

	String get(String key, Object... args) {
		return this.messages.get("report." + key, args);
	}

	/** A message shared with the dashboard (no {@code report.} prefix), e.g. {@code survey.ci.clipped}. */
	String shared(String key, Object... args) {
		return this.messages.get(key, args);
	}

	/** A chart's title from the chart texts, so a figure's caption names the chart as the chart does. */
	String chartTitle(String key) {
		return this.messages.get(key);
	}

	Locale locale() {
		return this.messages.locale();
	}

	int year() {
		return this.year;
	}

	String organisation() {
		return this.identity.organisation(locale());
	}

	String programme() {
		return this.identity.programme(locale());
	}

	String contact() {
		return this.identity.contact(locale());
	}

	String runDate() {
		return this.runDate;
	}

	/** A table with the next number, the year's source note below it. */
	ReportBlock.Table table(String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric) {
		return new ReportBlock.Table(get("table.caption", ++this.tables, caption), header, rows, numeric,
				get("source", organisation(), programme(), this.year, this.runDate));
	}

	/**
	 * A figure with the next number and its source note (organisation, records, run date). The note
	 * names no file: a path means nothing on paper, and the picture itself can be copied from the
	 * document.
	 */
	ReportBlock.Figure figure(String caption, Path png) {
		return new ReportBlock.Figure(get("figure.caption", ++this.figures, caption), png,
				get("source.chart", organisation(), programme(), this.runDate));
	}

	/** {@code 1,234} */
	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** Two decimals, half up: {@code 4.13}. */
	static String decimal(double value) {
		return format("0.00", value);
	}

	/** A share 0..1 as a percentage with one decimal, half up, without the sign: {@code 63.2}. */
	static String percent(double share) {
		return format("0.0", share * 100);
	}

	/** {@code = 0.012} or {@code < 0.001}. */
	static String pValue(double p) {
		return (p < 0.001) ? "< 0.001" : "= " + format("0.000", p);
	}

	/** {@code 2022. 4. 29.} in Korean, {@code 29 April 2022} in English. */
	static String date(LocalDate date, Locale locale) {
		return "en".equals(locale.getLanguage()) ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
				: date.format(DateTimeFormatter.ofPattern("yyyy. M. d.", Locale.KOREAN));
	}

	private static String format(String pattern, double value) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
