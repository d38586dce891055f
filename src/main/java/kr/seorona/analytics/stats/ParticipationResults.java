package kr.seorona.analytics.stats;

import java.util.List;

/**
 * Everything {@link ParticipationCalculator#results()} computes, each list sorted deterministically.
 *
 * @param byGroupAndYear one row per year × group with networks that year, by year then group
 * display order ({@code GroupCatalog.order})
 * @param jointMeetings one row per joint meeting × attendee group with at least one attendee, by
 * year, date, session id, group display order
 * @param trends one row per group × indicator with at least one year of data, by group display order
 * then indicator ({@code meetings}, {@code attendances}, {@code distinctParticipants},
 * {@code participationRate})
 */
public record ParticipationResults(List<ParticipationStatistics> byGroupAndYear,
		List<JointMeetingComposition> jointMeetings, List<ParticipationTrend> trends) {

	public ParticipationResults {
		byGroupAndYear = List.copyOf(byGroupAndYear);
		jointMeetings = List.copyOf(jointMeetings);
		trends = List.copyOf(trends);
	}

}
