package kr.seorona.analytics.ingest;

/**
 * The four kinds of input record. Each year folder {@code data/<year>/} holds at most one file per
 * kind, named after {@link #fileStem()} ({@code sessions.csv}, {@code sessions.xlsx}, ...).
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

}
