package kr.seorona.analytics.dashboard;

import java.util.List;

import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * The statistics of every published year that the page shows, as read back from the datasets.
 *
 * @param years totals per year (meetings, joint meetings, distinct participants, respondents)
 * @param participation participation by year and group
 * @param jointAttendance each joint meeting's date and participants, all groups together
 * @param jointMeetings joint meeting composition by meeting and group
 * @param scales survey scale statistics by year and group (and {@code ALL})
 * @param items survey item statistics by year and group (and {@code ALL})
 */
public record PublishedFigures(List<YearSummary> years, List<ParticipationStatistics> participation,
		List<JointMeetingAttendance> jointAttendance, List<JointMeetingComposition> jointMeetings,
		List<SurveyScaleStatistics> scales, List<SurveyItemStatistics> items) {

	public PublishedFigures {
		years = (years != null) ? List.copyOf(years) : List.of();
		participation = (participation != null) ? List.copyOf(participation) : List.of();
		jointAttendance = (jointAttendance != null) ? List.copyOf(jointAttendance) : List.of();
		jointMeetings = (jointMeetings != null) ? List.copyOf(jointMeetings) : List.of();
		scales = (scales != null) ? List.copyOf(scales) : List.of();
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/**
	 * Whether the year has survey statistics: a year summary without respondents then withholds them
	 * (1..k-1), rather than having no survey.
	 */
	public boolean surveyHeld(int year) {
		return this.items.stream().anyMatch((row) -> row.year() == year)
				|| this.scales.stream().anyMatch((row) -> row.year() == year);
	}

	/** Nothing published. */
	public static PublishedFigures none() {
		return new PublishedFigures(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
