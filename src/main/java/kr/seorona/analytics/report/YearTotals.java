package kr.seorona.analytics.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The totals of one school year that the reports state, taken from the statistics step's year
 * summary (never recomputed here).
 *
 * @param year school year
 * @param regularMeetings meetings held by the groups' networks
 * @param jointMeetings joint meetings, in date order
 * @param distinctParticipants distinct people at any meeting of the year, each counted once across
 * groups
 * @param respondents survey respondents of the year (0 without a survey)
 */
public record YearTotals(int year, long regularMeetings, List<JointMeeting> jointMeetings, long distinctParticipants,
		long respondents) {

	public YearTotals {
		jointMeetings = List.copyOf(jointMeetings);
	}

	/**
	 * One joint meeting.
	 *
	 * @param date the meeting date
	 * @param participants distinct participants of the meeting
	 */
	public record JointMeeting(LocalDate date, long participants) {

	}

}
