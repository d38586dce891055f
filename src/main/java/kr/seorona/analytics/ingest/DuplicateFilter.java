package kr.seorona.analytics.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds repeated sessions and attendance rows across all files of a run: a session whose id was
 * seen before ({@code DUPLICATE_SESSION}), an attendance row of a participant already recorded at
 * that session ({@code DUPLICATE_ATTENDANCE}). The first occurrence is kept. Holds one key per
 * accepted session or attendance row. Not thread-safe: use one per run and feed it in file order.
 */
public final class DuplicateFilter {

	private final Map<String, String> sessions = new HashMap<>();

	private final Map<AttendanceKey, String> attendance = new HashMap<>();

	/**
	 * Records an accepted row and tells whether it repeats an earlier one.
	 * @param row a parsed row; rejected rows and rows of other kinds are ignored (empty result)
	 * @return a whole-row reject naming where the row was first seen, if it is a duplicate
	 */
	public Optional<Reject> check(ParsedRow<?> row) {
		if (row.record() instanceof SessionRecord session) {
			String previous = this.sessions.putIfAbsent(session.sessionId(), where(row));
			if (previous != null) {
				return Optional.of(Rejects.of(row.source(), row.line(), null, session.sessionId(),
						RejectReasons.DUPLICATE_SESSION, "session " + session.sessionId() + " was already read at " + previous
								+ "; counted once"));
			}
		}
		else if (row.record() instanceof AttendanceRecord record) {
			String previous = this.attendance.putIfAbsent(new AttendanceKey(record.sessionId(), record.participantKey()),
					where(row));
			if (previous != null) {
				return Optional.of(Rejects.of(row.source(), row.line(), null, null, RejectReasons.DUPLICATE_ATTENDANCE,
						"participant " + record.participantKey() + " at session " + record.sessionId()
								+ " was already read at " + previous + "; counted once"));
			}
		}
		return Optional.empty();
	}

	/**
	 * The row as it should be counted: unchanged, or rejected with its duplicate reject.
	 * @see #check(ParsedRow)
	 */
	public <T> ParsedRow<T> apply(ParsedRow<T> row) {
		return check(row).map(row::rejectedWith).orElse(row);
	}

	private static String where(ParsedRow<?> row) {
		return row.source().name() + " line " + row.line();
	}

	private record AttendanceKey(String sessionId, String participantKey) {
	}

}
