package kr.seorona.analytics.ingest;

/** Builds {@link Reject}s with a message naming file, line, column, value and reason. */
final class Rejects {

	private Rejects() {
	}

	/**
	 * A reject with a full sentence as message, e.g. {@code 2022/sessions.csv line 5, column '일자',
	 * value '2022-02-30': 2022-2-30 does not exist (INVALID_DATE)}.
	 */
	static Reject of(InputFile file, long line, String column, String rawValue, String reason, String detail) {
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

}
