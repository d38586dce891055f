package kr.seorona.analytics.ingest;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The participant and respondent identifiers a run has read, remembered so that free text
 * (survey comments, meeting topics) can be cleared of them: an id typed into a comment ("P000116
 * 입니다") is personal data like a phone number.
 * <p>
 * Ids are remembered by <em>shape</em>: letters and separators as they are, each run of digits as a
 * digit count ({@code P000116} and {@code P000245} are both {@code P[0-9]{6}}), so that an id of the
 * run's form is found in text even when that id itself was never read (the text was read first,
 * or the person is in another year). Ids of letters only (names) are remembered as they are, up to
 * {@value #MAX_NAMES}, and found where a word starts. At most {@value #MAX_SHAPES} shapes; an id
 * without a digit and a letter or of fewer than {@value #MIN_DIGIT_ONLY_LENGTH} digits gives none
 * (a shape such as "four digits" would remove every year from the text). Thread-safe.
 */
public final class KnownIdentifiers {

	static final int MAX_SHAPES = 32;

	static final int MAX_NAMES = 200_000;

	static final int MIN_DIGIT_ONLY_LENGTH = 6;

	private final Set<String> shapes = ConcurrentHashMap.newKeySet();

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	private volatile Pattern pattern;

	private volatile String lastShapeSource = "";

	/**
	 * Remembers an identifier (cleaned text, as the parsers give it).
	 * @param id a participant or respondent id, or a name used as one; {@code null} is ignored
	 */
	public void learn(String id) {
		if (id == null || sameShape(id, this.lastShapeSource)) {
			return;
		}
		String shape = shape(id);
		if (shape != null) {
			this.lastShapeSource = id;
			if (!this.shapes.contains(shape) && this.shapes.size() < MAX_SHAPES) {
				synchronized (this) {
					if (this.shapes.add(shape)) {
						this.pattern = compile(this.shapes);
					}
				}
			}
		}
		else if (isName(id) && this.names.size() < MAX_NAMES) {
			this.names.add(id);
		}
	}

	/**
	 * The text with every id of a known shape and every known name replaced by
	 * {@link CommentRedactor#REPLACEMENT}.
	 */
	String redact(String text) {
		String result = text;
		Pattern ids = this.pattern;
		if (ids != null) {
			result = ids.matcher(result).replaceAll(CommentRedactor.REPLACEMENT);
		}
		if (!this.names.isEmpty()) {
			result = redactNames(result);
		}
		return result;
	}

	private String redactNames(String text) {
		StringBuilder out = null;
		int copied = 0;
		for (int i = 0; i < text.length(); i++) {
			if (!hangul(text.charAt(i)) || (i > 0 && hangul(text.charAt(i - 1)))) {
				continue;
			}
			for (int length = 4; length >= 2; length--) {
				if (i + length <= text.length() && this.names.contains(text.substring(i, i + length))) {
					if (out == null) {
						out = new StringBuilder(text.length());
					}
					out.append(text, copied, i).append(CommentRedactor.REPLACEMENT);
					copied = i + length;
					i = copied - 1;
					break;
				}
			}
		}
		return (out == null) ? text : out.append(text, copied, text.length()).toString();
	}

	/** Shapes learned so far, as regular expressions (for messages and tests). */
	Set<String> shapes() {
		return new TreeSet<>(this.shapes);
	}

	/**
	 * The shape of an id of ASCII letters, digits and {@code - _ .}, 3 to 32 characters, with a
	 * digit: a regular expression; else {@code null}.
	 */
	static String shape(String id) {
		int length = id.length();
		if (length < 3 || length > 32) {
			return null;
		}
		boolean letter = false;
		int digits = 0;
		StringBuilder shape = new StringBuilder();
		int run = 0;
		for (int i = 0; i < length; i++) {
			char c = id.charAt(i);
			if (c >= '0' && c <= '9') {
				run++;
				digits++;
				continue;
			}
			if (run > 0) {
				shape.append("[0-9]{").append(run).append('}');
				run = 0;
			}
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
				letter = true;
				shape.append(c);
			}
			else if (c == '-' || c == '_' || c == '.') {
				shape.append('\\').append(c);
			}
			else {
				return null;
			}
		}
		if (run > 0) {
			shape.append("[0-9]{").append(run).append('}');
		}
		if (digits == 0 || (!letter && digits < MIN_DIGIT_ONLY_LENGTH)) {
			return null;
		}
		return shape.toString();
	}

	/**
	 * Whether two ids have the same shape, without building it: the same length, digits at the same
	 * places and the same other characters (ids of a file mostly share one shape, so that most
	 * calls of {@link #learn} end here).
	 */
	static boolean sameShape(String id, String other) {
		if (id.length() != other.length()) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char a = id.charAt(i);
			char b = other.charAt(i);
			if (a != b && !(a >= '0' && a <= '9' && b >= '0' && b <= '9')) {
				return false;
			}
		}
		return true;
	}

	private static boolean isName(String id) {
		if (id.length() < 2 || id.length() > 4) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			if (!hangul(id.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean hangul(char c) {
		return c >= '\uAC00' && c <= '\uD7A3';
	}

	private static Pattern compile(Set<String> shapes) {
		return Pattern.compile("(?<![A-Za-z0-9])(?:" + String.join("|", new TreeSet<>(shapes)) + ")(?![A-Za-z0-9])",
				Pattern.CASE_INSENSITIVE);
	}

}
