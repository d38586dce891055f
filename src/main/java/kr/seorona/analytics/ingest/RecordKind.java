package kr.seorona.analytics.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The four kinds of input record. Each year folder {@code data/<year>/} holds exactly one file per
 * kind (unless the run allows a kind to be empty), named after {@link #fileStem()}
 * ({@code sessions.csv}, {@code sessions.xlsx}, ...).
 */
public enum RecordKind {

	/** Networks: network id, name, group, member count. */
	NETWORKS("networks"),
	/** Sessions (meetings): one row per meeting. */
	SESSIONS("sessions"),
	/** Attendance: one row per participant per meeting. */
	ATTENDANCE("attendance"),
	/** Year-end survey: one row per respondent. */
	SURVEY("survey");

	private final String fileStem;

	RecordKind(String fileStem) {
		this.fileStem = fileStem;
	}

	/** File name without extension, e.g. {@code "sessions"}. */
	public String fileStem() {
		return this.fileStem;
	}

	/**
	 * Kinds named by their file stems, comma-separated ({@code survey,attendance}); {@code none} or
	 * blank for none.
	 * @throws IllegalArgumentException naming the word that is not a kind
	 */
	public static Set<RecordKind> parseList(String text) {
		Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
		if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
			return Collections.unmodifiableSet(kinds);
		}
		for (String part : text.split(",")) {
			String name = part.trim().toLowerCase(Locale.ROOT);
			kinds.add(Arrays.stream(values()).filter((kind) -> kind.fileStem.equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("'" + part.trim() + "' is not a record kind")));
		}
		return Collections.unmodifiableSet(kinds);
	}

}
