package kr.seorona.analytics.stats;

import java.time.LocalDate;

/**
 * One joint meeting of all groups, with its attendance.
 *
 * @param year school year
 * @param sessionId the joint meeting's id
 * @param date the meeting date
 * @param participants distinct participants of the meeting, all groups together
 * @param groups groups with at least one participant at the meeting
 * @param suppressed true when participants &lt; k
 */
public record JointMeetingAttendance(int year, String sessionId, LocalDate date, long participants, int groups,
		boolean suppressed) {
}
