package kr.seorona.analytics.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds repeated sessions, attendance rows and networks across all files of a run: a session whose
 * id was seen before ({@code DUPLICATE_SESSION}), an attendance row of a participant already
 * recorded at that session ({@code DUPLICATE_ATTENDANCE}), a network listed twice in one year
 * ({@code DUPLICATE_NETWORK}). The first occurrence is kept. Holds one key per accepted row. Not thread-safe: use one per run and feed it in file order.
 */
public final class DuplicateFilter {

	/**
	 * Per session id only what the messages need, in one small object (not the whole record, nor a
	 * location string: hundreds of thousands of meetings at national scale).
	 */
	private final Map<String, Meeting> sessions = new HashMap<>();

	private final Locations locations = new Locations();

	/** Compact: one entry per accepted attendance row, tens of millions at national scale. */
	private AttendanceIndex attendance = new AttendanceIndex();

	private final Map<NetworkKey, String> networks = new HashMap<>();

	/**
	 * Records an accepted row and tells whether it repeats an earlier one.
	 * @param row a parsed row; rejected rows and survey rows are ignored (empty result)
	 * @return a whole-row reject naming where the row was first seen, if it is a duplicate: a
	 * session id seen before ({@code DUPLICATE_SESSION}; the message says whether the row is the same
	 * meeting again or a reused id with other values), a participant seen before at the same session
	 * ({@code DUPLICATE_ATTENDANCE}), a network id seen before in the same year
	 * ({@code DUPLICATE_NETWORK})
	 */
	public Optional<Reject> check(ParsedRow<?> row) {
		if (row.record() instanceof SessionRecord session) {
			Meeting previous = this.sessions.putIfAbsent(session.sessionId(),
					new Meeting(this.locations.of(row.source().name(), row.line()), session.date().toEpochDay(),
							session.networkId(), session.type(), session.year()));
			if (previous != null) {
				boolean same = previous.sameAs(session);
				String where = this.locations.describe(previous.location);
				return Optional.of(Rejects.of(row.source(), row.line(), null, session.sessionId(),
						RejectReasons.DUPLICATE_SESSION,
						same ? "session " + session.sessionId() + " was already read at " + where + "; counted once"
								: "session id " + session.sessionId() + " was already used at " + where
										+ " for another meeting (" + LocalDate.ofEpochDay(previous.epochDay) + ", "
										+ previous.networkId + "); session ids must be unique across years"));
			}
		}
		else if (row.record() instanceof AttendanceRecord record) {
			// the meeting's own table when its session was read (always, in a run: the attendance
			// parser rejects rows of unknown sessions); else the index's map of session ids
			Meeting meeting = this.sessions.get(record.sessionId());
			String previous;
			if (meeting != null) {
				if (meeting.attendees == null) {
					meeting.attendees = new AttendanceIndex.Session();
				}
				previous = this.attendance.putIfAbsent(meeting.attendees, record.participantKey(), row.source().name(),
						row.line());
			}
			else {
				previous = this.attendance.putIfAbsent(record.sessionId(), record.participantKey(), row.source().name(),
						row.line());
			}
			if (previous != null) {
				return Optional.of(Rejects.of(row.source(), row.line(), null, null, RejectReasons.DUPLICATE_ATTENDANCE,
						"participant " + record.participantKey() + " at session " + record.sessionId()
								+ " was already read at " + previous + "; counted once"));
			}
		}
		else if (row.record() instanceof NetworkRecord network) {
			String previous = this.networks.putIfAbsent(new NetworkKey(network.year(), network.networkId()), where(row));
			if (previous != null) {
				return Optional.of(Rejects.of(row.source(), row.line(), null, network.networkId(),
						RejectReasons.DUPLICATE_NETWORK, "network " + network.networkId() + " of " + network.year()
								+ " was already read at " + previous + "; the first row is kept"));
			}
		}
		return Optional.empty();
	}

	/**
	 * Frees the (session, participant) pairs read so far, the bulk of this filter's memory, once the
	 * caller knows that no attendance row follows (e.g. every attendance file is read). An attendance
	 * row checked afterwards is compared only with the rows checked after this call.
	 */
	public void forgetAttendance() {
		this.attendance = new AttendanceIndex();
		for (Meeting meeting : this.sessions.values()) {
			meeting.attendees = null;
		}
	}

	/**
	 * Records a session accepted in another year's files, read apart from this filter (e.g. by
	 * another partition of the run), as if it had been checked first: a later session row of that id
	 * is a {@code DUPLICATE_SESSION} naming this location, and {@link #knownSession} is true only for
	 * {@code year}.
	 * @param file the file it was read from, e.g. {@code 2021/sessions.csv}
	 * @param line its line in that file
	 */
	public void sessionReadBefore(String sessionId, String file, long line, LocalDate date, String networkId,
			MeetingType type, int year) {
		this.sessions.putIfAbsent(sessionId,
				new Meeting(this.locations.of(file, line), date.toEpochDay(), networkId, type, year));
	}

	/**
	 * Whether a session of this id was read (and accepted) for the given year: the test the
	 * attendance rows of that year's file are checked against.
	 */
	public boolean knownSession(String sessionId, int year) {
		Meeting meeting = this.sessions.get(sessionId);
		return meeting != null && meeting.year == year;
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

	private record NetworkKey(int year, String networkId) {
	}

	/**
	 * A meeting as first read, with its attendees: one object per session id serves the duplicate
	 * checks of sessions and attendance and the known-session test (one map of session ids, not
	 * three).
	 */
	private static final class Meeting {

		/** Where it was read (see {@link Locations}). */
		private final long location;

		/** Its date, days since 1970-01-01. */
		private final long epochDay;

		/** Its network, null for a joint meeting. */
		private final String networkId;

		private final MeetingType type;

		/** The year folder it was read from. */
		private final int year;

		/** Its attendance rows read so far; null before the first and after forgetAttendance. */
		private AttendanceIndex.Session attendees;

		Meeting(long location, long epochDay, String networkId, MeetingType type, int year) {
			this.location = location;
			this.epochDay = epochDay;
			this.networkId = networkId;
			this.type = type;
			this.year = year;
		}

		boolean sameAs(SessionRecord session) {
			return this.epochDay == session.date().toEpochDay() && Objects.equals(this.networkId, session.networkId())
					&& this.type == session.type();
		}

	}

}
