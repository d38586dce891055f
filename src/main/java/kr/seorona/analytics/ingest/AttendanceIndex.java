package kr.seorona.analytics.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The (session, participant) pairs read so far and where each was first read, in about 10-20 bytes
 * a pair rather than the few hundred bytes of a map of string keys: at national scale (tens of
 * millions of attendance rows) the duplicate check must fit in a small heap. Participant keys of
 * the {@link HmacPseudonymizer} form ({@code p_} and 16 hex digits) are numbered once
 * ({@link ParticipantNumbers}) and a pair holds the 4-byte number, any other key goes through an
 * exact per-session map; locations as a file number and a line (lines from 1: a CSV's data rows
 * start at line 2).
 * Exact: no hashing of keys into fewer bits. Not thread-safe.
 */
final class AttendanceIndex {

	private final Map<String, Session> sessions = new HashMap<>();

	private final Locations locations = new Locations();

	private final ParticipantNumbers participants = new ParticipantNumbers();

	/**
	 * Records a pair unless it was seen before.
	 * @param file the input file's name
	 * @param line the row's line
	 * @return {@code null} for a new pair, else where it was first read ({@code <file> line <n>})
	 */
	String putIfAbsent(String sessionId, String participantKey, String file, long line) {
		return putIfAbsent(this.sessions.computeIfAbsent(sessionId, (id) -> new Session()), participantKey, file, line);
	}

	/**
	 * As {@link #putIfAbsent(String, String, String, long)}, into a session's table the caller keeps
	 * (e.g. with its other facts about the meeting, saving a second map of session ids).
	 */
	String putIfAbsent(Session session, String participantKey, String file, long line) {
		long previous = session.putIfAbsent(participantKey, this.locations.of(file, line), this.participants);
		if (previous < 0) {
			return null;
		}
		return this.locations.describe(previous);
	}

	/** 64-bit value of a {@code p_} + 16 hex digits key, or {@code null} for another form. */
	static Long compact(String key) {
		if (key.length() != 18 || key.charAt(0) != 'p' || key.charAt(1) != '_') {
			return null;
		}
		long value = 0;
		for (int i = 2; i < 18; i++) {
			int digit = Character.digit(key.charAt(i), 16);
			if (digit < 0 || Character.isUpperCase(key.charAt(i))) {
				return null;
			}
			value = (value << 4) | digit;
		}
		return value;
	}

	/**
	 * The participants of one session: an open-addressing table of (participant number, line) int
	 * pairs in one array (line 0 marks a free slot: data rows start at line 2). The session's rows
	 * normally come from one file, kept once; a row from another file, or with a key of another form,
	 * goes to an exact overflow map with its full location. 8 bytes a slot.
	 */
	static final class Session {

		/** slots[2i] = participant number, slots[2i + 1] = line, 0 when the slot is free. */
		private int[] slots = new int[8];

		private int size;

		private int file = -1;

		private Map<String, Long> others;

		/** @return the earlier location, or -1 when the key is new (then {@code where} is kept) */
		long putIfAbsent(String key, long where, ParticipantNumbers participants) {
			int fileNumber = Locations.file(where);
			long line = Locations.line(where);
			if (this.file < 0) {
				this.file = fileNumber;
			}
			Long value = compact(key);
			if (value != null) {
				int number = participants.numberOf(value);
				int slot = find(number);
				if (this.slots[slot + 1] != 0) {
					return ((long) this.file << Locations.LINE_BITS) | this.slots[slot + 1];
				}
				if (fileNumber == this.file && line <= Integer.MAX_VALUE && (this.others == null || !this.others.containsKey(key))) {
					insert(slot, number, (int) line);
					return -1;
				}
			}
			if (this.others == null) {
				this.others = new HashMap<>();
			}
			Long previous = this.others.putIfAbsent(key, where);
			return (previous != null) ? previous : -1;
		}

		/** The index in {@link #slots} of the number's pair, or of the free pair where it belongs. */
		private int find(int number) {
			int mask = (this.slots.length >> 1) - 1;
			int i = ParticipantNumbers.mix(number) & mask;
			while (this.slots[2 * i + 1] != 0 && this.slots[2 * i] != number) {
				i = (i + 1) & mask;
			}
			return 2 * i;
		}

		private void insert(int slot, int number, int line) {
			this.slots[slot] = number;
			this.slots[slot + 1] = line;
			if (++this.size * 5 > (this.slots.length >> 1) * 4) {
				int[] old = this.slots;
				this.slots = new int[old.length * 2];
				for (int j = 0; j < old.length; j += 2) {
					if (old[j + 1] != 0) {
						int i = find(old[j]);
						this.slots[i] = old[j];
						this.slots[i + 1] = old[j + 1];
					}
				}
			}
		}

	}

}
