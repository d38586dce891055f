package kr.seorona.analytics.ingest;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers of raw cell text. Each returns a {@link Result}: a value, or a reason code from
 * {@link RejectReasons} and a short explanation.
 */
final class ValueParsers {

	/** Excel's day 0 in the 1900 date system, for serials after the fictitious 1900-02-29. */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final String TIME = "(?:\\s*(?:(오전|오후|AM|PM)\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*(AM|PM))?)?";

	/** 2022-04-29, 2022. 4. 29., 2022.4.29, 2022/4/29, 2022-4-29 15:00, 2022-04-29T15:00:00. */
	private static final Pattern YMD = Pattern
		.compile("(\\d{4})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})\\s*\\.?(?:\\s*\\([^)]*\\))?(?:\\s+|T)?" + TIME,
				Pattern.CASE_INSENSITIVE);

	/** 22.04.29, 22-04-29, 22/04/29 (two-digit year first, Korean order). */
	private static final Pattern YY_MD = Pattern
		.compile("(\\d{2})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})\\s*\\.?(?:\\s*\\([^)]*\\))?\\s*" + TIME,
				Pattern.CASE_INSENSITIVE);

	/** 2022년 4월 29일 (금) 오후 3:00. */
	private static final Pattern KOREAN = Pattern
		.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일(?:\\s*\\(?[월화수목금토일](?:요일)?\\)?)?\\s*" + TIME,
				Pattern.CASE_INSENSITIVE);

	/** 29/04/2022 or 04/29/2022: day or month first, four-digit year last. */
	private static final Pattern DMY_OR_MDY = Pattern
		.compile("(\\d{1,2})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})\\s*" + TIME, Pattern.CASE_INSENSITIVE);

	/** 20220429. */
	private static final Pattern BASIC = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})");

	/** Serials below this (1927-05-18) are not taken for dates when read from text. */
	private static final long MIN_PLAUSIBLE_SERIAL = 10000;

	/** An Excel serial day number, optionally with a time fraction. */
	private static final Pattern SERIAL = Pattern.compile("(\\d{1,7})(?:\\.(\\d+))?");

	private static final Pattern INTEGER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.0*)?");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+");

	private ValueParsers() {
	}

	/** A parsed value or a rejection reason. */
	record Result<V>(V value, String reason, String detail) {

		static <V> Result<V> ok(V value) {
			return new Result<>(value, null, null);
		}

		static <V> Result<V> fail(String reason, String detail) {
			return new Result<>(null, reason, detail);
		}

		boolean ok() {
			return this.reason == null;
		}

	}

	/** NFKC (full-width digits and letters to ASCII), non-breaking spaces to spaces, trimmed. */
	static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		if (plainAscii(raw)) {
			// printable ASCII without edge blanks: NFKC, the replacements and strip change nothing
			return raw;
		}
		return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('\u00A0', ' ').replace("\uFEFF", "").strip();
	}

	/** Whether the text is non-empty printable ASCII (0x21..0x7E at both ends, 0x20..0x7E inside). */
	private static boolean plainAscii(String text) {
		int length = text.length();
		if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Parses a date in any of the accepted forms (ISO; {@code 2022. 4. 29.} with or without spaces,
	 * dots, slashes or dashes; {@code 2022년 4월 29일}; {@code 22.04.29}; any of these followed by a
	 * time such as {@code 오후 3:00}; an Excel serial number of five digits or more
	 * (1927 on); {@code 20220429}; day/month/year when
	 * unambiguous). A time, when given, must be a valid time and is dropped.
	 */
	static Result<LocalDate> date(String raw) {
		String text = clean(raw);
		if (text.isEmpty()) {
			return Result.fail(RejectReasons.MISSING_VALUE, "the date is blank");
		}
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && isoDigits(text)) {
			// fast path for the clean contract's ISO dates
			return ymd(text.substring(0, 4), text.substring(5, 7), text.substring(8, 10), null, 0);
		}
		Matcher m;
		if ((m = YMD.matcher(text)).matches()) {
			return ymd(m.group(1), m.group(3), m.group(4), m, 5);
		}
		if ((m = KOREAN.matcher(text)).matches()) {
			return ymd(m.group(1), m.group(2), m.group(3), m, 4);
		}
		if ((m = YY_MD.matcher(text)).matches()) {
			return ymd("20" + m.group(1), m.group(3), m.group(4), m, 5);
		}
		if ((m = DMY_OR_MDY.matcher(text)).matches()) {
			int a = Integer.parseInt(m.group(1));
			int b = Integer.parseInt(m.group(3));
			if (a <= 12 && b <= 12 && a != b) {
				return Result.fail(RejectReasons.AMBIGUOUS_DATE,
						Rejects.quoted(text) + " can be read day-first or month-first; write it as YYYY-MM-DD");
			}
			return (a > 12) ? ymd(m.group(4), m.group(3), m.group(1), m, 5) : ymd(m.group(4), m.group(1), m.group(3), m, 5);
		}
		if ((m = BASIC.matcher(text)).matches()) {
			return ymd(m.group(1), m.group(2), m.group(3), null, 0);
		}
		if ((m = SERIAL.matcher(text)).matches()) {
			long serial = Long.parseLong(m.group(1));
			if (serial != 60 && serial < MIN_PLAUSIBLE_SERIAL) {
				// "2022.04" or "2022" would be a day in 1905: a typo, not an Excel date
				return Result.fail(RejectReasons.INVALID_DATE, Rejects.quoted(text) + " is not a date");
			}
			return excelSerial(serial);
		}
		return Result.fail(RejectReasons.INVALID_DATE, Rejects.quoted(text) + " is not a date");
	}

	private static boolean isoDigits(String text) {
		for (int i = 0; i < 10; i++) {
			if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
				return false;
			}
		}
		return true;
	}

	/** The date of an Excel serial day number (1900 date system; 60 is the fictitious 1900-02-29). */
	static Result<LocalDate> excelSerial(long serial) {
		if (serial == 60) {
			return Result.fail(RejectReasons.INVALID_DATE,
					"Excel serial 60 is 1900-02-29, a day that does not exist");
		}
		if (serial < 1 || serial > 2958465) {
			return Result.fail(RejectReasons.INVALID_DATE, "'" + serial + "' is not a date");
		}
		return Result.ok((serial < 60) ? EXCEL_EPOCH.plusDays(serial + 1) : EXCEL_EPOCH.plusDays(serial));
	}

	private static Result<LocalDate> ymd(String y, String mo, String d, Matcher m, int timeGroup) {
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
		}
		catch (DateTimeException ex) {
			return Result.fail(RejectReasons.INVALID_DATE, y + "-" + mo + "-" + d + " does not exist");
		}
		if (m != null && m.group(timeGroup + 1) != null) {
			String halfBefore = m.group(timeGroup);
			String halfAfter = m.group(timeGroup + 4);
			int hour = Integer.parseInt(m.group(timeGroup + 1));
			int minute = Integer.parseInt(m.group(timeGroup + 2));
			int second = (m.group(timeGroup + 3) != null) ? Integer.parseInt(m.group(timeGroup + 3)) : 0;
			boolean twelveHour = halfBefore != null || halfAfter != null;
			if ((halfBefore != null && halfAfter != null) || minute > 59 || second > 59
					|| (twelveHour ? (hour < 1 || hour > 12) : hour > 23)) {
				return Result.fail(RejectReasons.INVALID_DATE, "the time in '" + m.group() + "' does not exist");
			}
		}
		return Result.ok(date);
	}

	/**
	 * Parses a whole number: thousands separators ({@code 1,200}), full-width digits, surrounding
	 * blanks, a trailing unit ({@code 명}, {@code 분}, {@code min}) and an Excel-style {@code 12.0}
	 * are accepted.
	 * @param allowNegative whether negative numbers are values (else {@code NEGATIVE_NUMBER})
	 */
	static Result<Integer> integer(String raw, boolean allowNegative) {
		String text = stripUnit(clean(raw));
		if (text.isEmpty()) {
			return Result.fail(RejectReasons.MISSING_VALUE, "the number is blank");
		}
		if (!INTEGER.matcher(text).matches()) {
			if (DECIMAL.matcher(text).matches()) {
				return Result.fail(RejectReasons.NOT_AN_INTEGER, Rejects.quoted(text) + " is not a whole number");
			}
			return Result.fail(RejectReasons.NOT_A_NUMBER, Rejects.quoted(text) + " is not a number");
		}
		BigDecimal value = new BigDecimal(text.replace(",", ""));
		if (value.signum() < 0 && !allowNegative) {
			return Result.fail(RejectReasons.NEGATIVE_NUMBER, Rejects.quoted(text) + " is negative");
		}
		try {
			return Result.ok(value.intValueExact());
		}
		catch (ArithmeticException ex) {
			return Result.fail(RejectReasons.OUT_OF_RANGE, Rejects.quoted(text) + " is too large");
		}
	}

	/** Parses a decimal number (thousands separators, full-width digits allowed). */
	static Result<Double> decimal(String raw) {
		String text = clean(raw);
		if (text.isEmpty()) {
			return Result.fail(RejectReasons.MISSING_VALUE, "the number is blank");
		}
		if (text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
			// the common case of Likert answers and counts: one digit
			return Result.ok((double) (text.charAt(0) - '0'));
		}
		if (!DECIMAL.matcher(text).matches()) {
			return Result.fail(RejectReasons.NOT_A_NUMBER, Rejects.quoted(text) + " is not a number");
		}
		return Result.ok(Double.parseDouble(text.replace(",", "")));
	}

	private static String stripUnit(String text) {
		for (String unit : new String[] { "명", "분", "mins", "min", "minutes" }) {
			if (text.length() > unit.length() && text.regionMatches(true, text.length() - unit.length(), unit, 0, unit.length())) {
				return text.substring(0, text.length() - unit.length()).strip();
			}
		}
		return text;
	}

}
