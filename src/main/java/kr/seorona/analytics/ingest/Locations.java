package kr.seorona.analytics.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where rows were read, as one {@code long} each instead of a {@code "<file> line <n>"} string:
 * the file's number (in order of first use) in the upper 24 bits, the line (1 .. 2^40 - 1) in the
 * lower 40. For the duplicate checks, which keep the location of every accepted row or meeting.
 * Not thread-safe.
 */
final class Locations {

	static final int LINE_BITS = 40;

	static final long LINE_MASK = (1L << LINE_BITS) - 1;

	private final List<String> files = new ArrayList<>();

	private final Map<String, Integer> numbers = new HashMap<>();

	/**
	 * The location of a line of a file, numbering the file on first use.
	 * @throws IllegalArgumentException when the line is below 1 or not below 2^40
	 */
	long of(String file, long line) {
		Integer number = this.numbers.get(file);
		if (number == null) {
			number = this.files.size();
			this.files.add(file);
			this.numbers.put(file, number);
		}
		if (line < 1 || line > LINE_MASK) {
			throw new IllegalArgumentException("line " + line + " of " + file + " is out of range");
		}
		return ((long) number << LINE_BITS) | line;
	}

	/** The file number of a location. */
	static int file(long location) {
		return (int) (location >>> LINE_BITS);
	}

	/** The line of a location. */
	static long line(long location) {
		return location & LINE_MASK;
	}

	/** A location as {@code <file> line <n>}. */
	String describe(long location) {
		return this.files.get(file(location)) + " line " + line(location);
	}

}
