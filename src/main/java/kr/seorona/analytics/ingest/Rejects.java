package kr.seorona.analytics.ingest;

/** Builds {@link Reject}s with a message naming file, line, column, value and reason. */
final class Rejects {

	/** Characters of a raw value kept in a reject and its message; the rest is cut, its length stated. */
	static final int MAX_VALUE_CHARS = 200;

	/** Characters of a reject's explanation kept. */
	static final int MAX_DETAIL_CHARS = 600;

	private Rejects() {
	}

	/**
	 * A reject with a full sentence as message, e.g. {@code 2022/sessions.csv line 5, column '일자',
	 * value '2022-02-30': 2022-2-30 does not exist (INVALID_DATE)}.
	 */
	static Reject of(InputFile file, long line, String column, String rawValue, String reason, String detail) {
		rawValue = abbreviate(rawValue, MAX_VALUE_CHARS);
		column = abbreviate(column, MAX_VALUE_CHARS);
		detail = abbreviate(detail, MAX_DETAIL_CHARS);
		StringBuilder message = new StringBuilder();
		message.append(file.name()).append(" line ").append(line);
		if (column != null) {
			message.append(", column '").append(column).append('\'');
		}
		if (rawValue != null) {
			message.append(", value '").append(rawValue).append('\'');
		}
		message.append(": ").append((detail != null) ? detail : "rejected").append(" (").append(reason).append(')');
		return new Reject(file.year(), file.name(), line, column, rawValue, reason, message.toString());
	}

	/**
	 * The text, or its first {@code max} characters followed by {@code … (N characters)} when it is
	 * longer; {@code null} stays {@code null}.
	 */
	static String abbreviate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end) + "… (" + String.format(java.util.Locale.ROOT, "%,d", text.length())
				+ " characters)";
	}

	/** A value quoted for a message, abbreviated to {@value #MAX_VALUE_CHARS} characters. */
	static String quoted(String value) {
		return "'" + abbreviate(value, MAX_VALUE_CHARS) + "'";
	}

}
