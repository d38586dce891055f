package kr.seorona.analytics.stats;

import java.util.Comparator;
import java.util.List;

/**
 * Which joint meetings of a year a page or a report lists one by one. Ulsan holds two a year; a
 * national roll-out holds thousands, and a list of thousands helps no reader. Up to {@value #LISTED}
 * meetings are all listed; a year with more lists the {@value #LISTED} with the most participants
 * and points the reader to the {@code joint_meeting_attendance} dataset, which holds them all.
 */
public final class JointMeetingListing {

	/** Joint meetings of a year listed one by one. */
	public static final int LISTED = 20;

	private static final Comparator<JointMeetingAttendance> DATE_ORDER = Comparator
		.comparing(JointMeetingAttendance::date)
		.thenComparing(JointMeetingAttendance::sessionId);

	private JointMeetingListing() {
	}

	/**
	 * The joint meetings of {@code year} to list, in date order (then id): all of them when there
	 * are at most {@value #LISTED}, else the {@value #LISTED} with the most participants, where a
	 * withheld count (suppressed or under {@code minCellSize}) ranks last and ties go to the
	 * earlier meeting.
	 * @param meetings joint meetings of any years, one row per meeting
	 * @param year the school year
	 * @param minCellSize k of the small-cell rule
	 * @return at most {@value #LISTED} meetings of the year
	 */
	public static List<JointMeetingAttendance> of(List<JointMeetingAttendance> meetings, int year, int minCellSize) {
		List<JointMeetingAttendance> ofYear = meetings.stream()
			.filter((meeting) -> meeting.year() == year)
			.sorted(DATE_ORDER)
			.toList();
		if (ofYear.size() <= LISTED) {
			return ofYear;
		}
		Comparator<JointMeetingAttendance> largestFirst = Comparator
			.comparingLong((JointMeetingAttendance meeting) -> withheld(meeting, minCellSize) ? -1 : meeting.participants())
			.reversed()
			.thenComparing(DATE_ORDER);
		return ofYear.stream().sorted(largestFirst).limit(LISTED).sorted(DATE_ORDER).toList();
	}

	/** Whether a meeting's participant count is withheld: suppressed, or under {@code minCellSize}. */
	public static boolean withheld(JointMeetingAttendance meeting, int minCellSize) {
		return meeting.suppressed() || meeting.participants() < minCellSize;
	}

}
