package kr.seorona.analytics.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The (session, participant) pairs read so far and where each was first read, in about 16-32 bytes
 * a pair rather than the few hundred bytes of a map of string keys: at national scale (tens of
 * millions of attendance rows) the duplicate check must fit in a small heap. Participant keys of
 * the {@link HmacPseudonymizer} form ({@code p_} and 16 hex digits) are stored as their 64-bit
 * value, any other key through an exact per-session map; locations as a file number and a line
 * (lines from 1: a CSV's data rows start at line 2).
 * Exact: no hashing of keys into fewer bits. Not thread-safe.
 */
final class AttendanceIndex {

	private final Map<String, Session> sessions = new HashMap<>();

	private final Locations locations = new Locations();

	/**
	 * Records a pair unless it was seen before.
	 * @param file the input file's name
	 * @param line the row's line
	 * @return {@code null} for a new pair, else where it was first read ({@code <file> line <n>})
	 */
	String putIfAbsent(String sessionId, String participantKey, String file, long line) {
		long where = this.locations.of(file, line);
		long previous = this.sessions.computeIfAbsent(sessionId, (id) -> new Session()).putIfAbsent(participantKey, where);
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
	 * The participants of one session: an open-addressing table of 64-bit keys and the line each was
	 * read at (line 0 marks a free slot: data rows start at line 2). The session's rows normally come
	 * from one file, kept once; a row from another file, or with a key of another form, goes to an
	 * exact overflow map with its full location. About 12 bytes a slot.
	 */
	private static final class Session {

		private long[] keys = new long[4];

		private int[] lines = new int[4];

		private int size;

		private int file = -1;

		private Map<String, Long> others;

		/** @return the earlier location, or -1 when the key is new (then {@code where} is kept) */
		long putIfAbsent(String key, long where) {
			int fileNumber = Locations.file(where);
			long line = Locations.line(where);
			if (this.file < 0) {
				this.file = fileNumber;
			}
			Long value = compact(key);
			if (value != null) {
				int slot = find(value);
				if (this.lines[slot] != 0) {
					return ((long) this.file << Locations.LINE_BITS) | this.lines[slot];
				}
				if (fileNumber == this.file && line <= Integer.MAX_VALUE && (this.others == null || !this.others.containsKey(key))) {
					insert(slot, value, (int) line);
					return -1;
				}
			}
			if (this.others == null) {
				this.others = new HashMap<>();
			}
			Long previous = this.others.putIfAbsent(key, where);
			return (previous != null) ? previous : -1;
		}

		private int find(long key) {
			int mask = this.keys.length - 1;
			int i = mix(key) & mask;
			while (this.lines[i] != 0 && this.keys[i] != key) {
				i = (i + 1) & mask;
			}
			return i;
		}

		private void insert(int slot, long key, int line) {
			this.keys[slot] = key;
			this.lines[slot] = line;
			if (++this.size * 5 > this.keys.length * 4) {
				long[] oldKeys = this.keys;
				int[] oldLines = this.lines;
				this.keys = new long[oldKeys.length * 2];
				this.lines = new int[oldKeys.length * 2];
				for (int j = 0; j < oldKeys.length; j++) {
					if (oldLines[j] != 0) {
						int i = find(oldKeys[j]);
						this.keys[i] = oldKeys[j];
						this.lines[i] = oldLines[j];
					}
				}
			}
		}

		private static int mix(long k) {
			long h = k * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32));
		}

	}

}
