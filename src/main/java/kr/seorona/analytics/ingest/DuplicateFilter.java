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

	/** Per session id only what the messages need (not the whole record: topics add up at scale). */
	private final Map<String, Seen<Meeting>> sessions = new HashMap<>();

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
			Seen<Meeting> previous = this.sessions.putIfAbsent(session.sessionId(),
					new Seen<>(where(row), new Meeting(session.date(), session.networkId(), session.type())));
			if (previous != null) {
				boolean same = sameMeeting(previous.record(), session);
				return Optional.of(Rejects.of(row.source(), row.line(), null, session.sessionId(),
						RejectReasons.DUPLICATE_SESSION,
						same ? "session " + session.sessionId() + " was already read at " + previous.where() + "; counted once"
								: "session id " + session.sessionId() + " was already used at " + previous.where()
										+ " for another meeting (" + previous.record().date() + ", "
										+ previous.record().networkId() + "); session ids must be unique across years"));
			}
		}
		else if (row.record() instanceof AttendanceRecord record) {
			String previous = this.attendance.putIfAbsent(record.sessionId(), record.participantKey(),
					row.source().name(), row.line());
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

	private static boolean sameMeeting(Meeting a, SessionRecord b) {
		return a.date().equals(b.date()) && Objects.equals(a.networkId(), b.networkId()) && a.type() == b.type();
	}

	/**
	 * Frees the (session, participant) pairs read so far, the bulk of this filter's memory, once the
	 * caller knows that no attendance row follows (e.g. every attendance file is read). An attendance
	 * row checked afterwards is compared only with the rows checked after this call.
	 */
	public void forgetAttendance() {
		this.attendance = new AttendanceIndex();
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

	private record Seen<T>(String where, T record) {
	}

	private record Meeting(LocalDate date, String networkId, MeetingType type) {
	}

}
