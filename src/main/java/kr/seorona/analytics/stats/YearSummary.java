package kr.seorona.analytics.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of one school year, all groups together: what a plan document's first
 * sentence says ("2022학년도에는 6개 집단이 총 32회의 네트워크 회의를 운영하였다").
 *
 * @param year school year
 * @param groups groups with at least one network that year
 * @param networks networks of all groups
 * @param regularMeetings regular meetings of all networks (each organised by one group's network)
 * @param jointMeetings joint meetings of all groups
 * @param meetings regularMeetings + jointMeetings
 * @param attendances person-meetings at the regular meetings (attendance rows)
 * @param jointAttendances person-meetings at the joint meetings (each meeting's distinct participants,
 * summed over the joint meetings)
 * @param distinctParticipants distinct participant pseudonyms at any meeting of the year, regular or
 * joint, across groups (a person in two groups' networks counts once)
 * @param surveyRespondents respondents of the year-end survey (every accepted survey row, whatever
 * the number of items answered); null when the year has no survey
 * @param suppressed true when distinctParticipants &lt; k: the counts of people are then withheld
 * from charts and published tables
 */
public record YearSummary(int year, int groups, int networks, int regularMeetings, int jointMeetings, int meetings,
		long attendances, long jointAttendances, long distinctParticipants, Long surveyRespondents,
		boolean suppressed) {

	public YearSummary {
		if (meetings != regularMeetings + jointMeetings) {
			throw new IllegalArgumentException("meetings " + meetings + " != regular " + regularMeetings + " + joint "
					+ jointMeetings + " in " + year);
		}
	}

	/**
	 * The participation results' year summaries with each year's survey respondents: the
	 * all-groups ({@code ALL}) count of the first item of the year, answered or missing.
	 * @return one row per year of {@code participation.years()}, by year
	 */
	public static List<YearSummary> combine(ParticipationResults participation, SurveyResults survey) {
		Map<Integer, Long> respondents = new HashMap<>();
		for (SurveyItemStatistics item : survey.items()) {
			if (SurveyCalculator.ALL.equals(item.groupCode())) {
				respondents.putIfAbsent(item.year(), item.n() + item.missing());
			}
		}
		return participation.years()
			.stream()
			.map((summary) -> summary.withSurveyRespondents(respondents.get(summary.year())))
			.toList();
	}

	/** This summary with the year's survey respondents (null: no survey that year). */
	public YearSummary withSurveyRespondents(Long respondents) {
		return new YearSummary(this.year, this.groups, this.networks, this.regularMeetings, this.jointMeetings,
				this.meetings, this.attendances, this.jointAttendances, this.distinctParticipants, respondents,
				this.suppressed);
	}

}
