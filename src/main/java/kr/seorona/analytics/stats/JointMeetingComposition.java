package kr.seorona.analytics.stats;

import java.time.LocalDate;

/**
 * The participants of one joint meeting from one group.
 *
 * @param year school year
 * @param sessionId the joint meeting's id
 * @param date the meeting date
 * @param groupCode the participants' canonical group code
 * @param participants distinct participants of that group at the meeting
 * @param share participants / all participants of the meeting (0..1)
 * @param suppressed true when participants &lt; k
 */
public record JointMeetingComposition(int year, String sessionId, LocalDate date, String groupCode,
		long participants, double share, boolean suppressed) {
}
