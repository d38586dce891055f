package kr.seorona.analytics.dashboard;

/**
 * Totals of one school year (placeholder until stats' YearSummary lands).
 *
 * @param year the school year
 * @param regularMeetings regular network meetings of all groups
 * @param jointMeetings joint meetings
 * @param distinctParticipants distinct participants across all groups and meetings
 * @param surveyRespondents survey respondents
 */
public record YearTotals(int year, int regularMeetings, int jointMeetings, long distinctParticipants,
		long surveyRespondents) {

}
