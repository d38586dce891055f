package kr.seorona.analytics.ingest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The stable reason codes of {@link Reject#reason()}. Reports, dashboards and tests rely on these
 * strings; add new ones, never rename.
 */
public final class RejectReasons {

	/** A required value is blank. */
	public static final String MISSING_VALUE = "MISSING_VALUE";

	/** A group name that no alias maps to a group code. */
	public static final String UNKNOWN_GROUP = "UNKNOWN_GROUP";

	/** A meeting type other than regular/joint (or an alias). */
	public static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";

	/** A meeting mode other than offline/online/hybrid (or an alias). */
	public static final String UNKNOWN_MODE = "UNKNOWN_MODE";

	/** Not a date in any accepted form, or a date that does not exist (2022-02-30, 1900-02-29). */
	public static final String INVALID_DATE = "INVALID_DATE";

	/** A date that reads differently day-first and month-first (04/05/2022). */
	public static final String AMBIGUOUS_DATE = "AMBIGUOUS_DATE";

	/** A date outside the school year of its folder (January of the year to February of the next). */
	public static final String DATE_OUTSIDE_YEAR = "DATE_OUTSIDE_YEAR";

	/** Text where a number is expected. */
	public static final String NOT_A_NUMBER = "NOT_A_NUMBER";

	/** A number with a fraction where a whole number is expected. */
	public static final String NOT_AN_INTEGER = "NOT_AN_INTEGER";

	/** A negative count. */
	public static final String NEGATIVE_NUMBER = "NEGATIVE_NUMBER";

	/** A number outside its allowed range (a Likert answer outside 1..5, a zero duration). */
	public static final String OUT_OF_RANGE = "OUT_OF_RANGE";

	/** A Likert answer that is neither a number nor a known label. */
	public static final String INVALID_ANSWER = "INVALID_ANSWER";

	/** A survey weight that is not a positive number. */
	public static final String INVALID_WEIGHT = "INVALID_WEIGHT";

	/** A yes/no column with another value (Y/N, 예/아니오, O/X and aliases are accepted). */
	public static final String INVALID_YES_NO = "INVALID_YES_NO";

	/** A session of a network not found in the year's networks. */
	public static final String UNKNOWN_NETWORK = "UNKNOWN_NETWORK";

	/** An attendance row of a session not found among the sessions read. */
	public static final String UNKNOWN_SESSION = "UNKNOWN_SESSION";

	/** A session id seen before (in this or another file). */
	public static final String DUPLICATE_SESSION = "DUPLICATE_SESSION";

	/** A network id listed twice in the networks of one year. */
	public static final String DUPLICATE_NETWORK = "DUPLICATE_NETWORK";

	/** The same participant at the same session seen before. */
	public static final String DUPLICATE_ATTENDANCE = "DUPLICATE_ATTENDANCE";

	/** A row whose quotes do not open and close fields properly. */
	public static final String MALFORMED_QUOTES = "MALFORMED_QUOTES";

	/** A row with more non-blank cells than the header has columns (often an unquoted delimiter). */
	public static final String EXTRA_FIELDS = "EXTRA_FIELDS";

	/**
	 * An identifier with a control or invisible character inside (NUL, zero-width space, byte-order
	 * mark, Hangul filler...): it would count as another person.
	 */
	public static final String INVALID_ID = "INVALID_ID";

	/** A line longer than the reader keeps ({@code StrictLineReader.MAX_LINE_CHARS}). */
	public static final String LINE_TOO_LONG = "LINE_TOO_LONG";

	private RejectReasons() {
	}

	/** Every reason code, sorted. */
	public static List<String> codes() {
		List<String> codes = new ArrayList<>();
		for (Field field : RejectReasons.class.getFields()) {
			if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
				try {
					codes.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		Collections.sort(codes);
		return List.copyOf(codes);
	}

}
