package kr.seorona.analytics.stats;

import java.util.List;

/**
 * Everything {@link ParticipationCalculator#results()} computes, each list sorted deterministically.
 *
 * @param byGroupAndYear one row per year × group with networks that year, by year then group
 * display order ({@code GroupCatalog.order})
 * @param jointMeetings one row per joint meeting × attendee group with at least one attendee, by
 * year, date, session id, group display order
 * @param jointMeetingAttendance one row per joint meeting, by year, date, session id
 * @param trends one row per group × indicator with at least one year of data, by group display order
 * then indicator ({@code meetings}, {@code attendances}, {@code distinctParticipants},
 * {@code participationRate})
 * @param years one row per year with networks, by year; {@link YearSummary#surveyRespondents()} is
 * null here ({@link YearSummary#combine} fills it in from the survey results)
 */
public record ParticipationResults(List<ParticipationStatistics> byGroupAndYear,
		List<JointMeetingComposition> jointMeetings, List<JointMeetingAttendance> jointMeetingAttendance,
		List<ParticipationTrend> trends, List<YearSummary> years) {

	public ParticipationResults {
		byGroupAndYear = List.copyOf(byGroupAndYear);
		jointMeetings = List.copyOf(jointMeetings);
		jointMeetingAttendance = List.copyOf(jointMeetingAttendance);
		trends = List.copyOf(trends);
		years = List.copyOf(years);
	}

}
