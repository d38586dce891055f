package kr.seorona.analytics.charts;

import java.util.List;
import java.util.Objects;

import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.ParticipationTrend;
import kr.seorona.analytics.stats.SurveyItemStatistics;

/**
 * Everything the chart catalogue draws, as computed by the {@code stats} package for the run's
 * years. Lists may be empty (e.g. no survey files): the charts that need them are then skipped.
 *
 * @param groups group catalogue (labels, colours, order) from {@code jobs/groups.yml}
 * @param survey survey items and scales from {@code jobs/survey.yml}; may be {@code null} when no
 * survey is defined
 * @param participation one row per year and group
 * @param jointMeetings one row per joint meeting and group
 * @param trends one row per group and indicator
 * @param surveyItems one row per year, group (or {@code ALL}) and item
 */
public record ChartInputs(GroupCatalog groups, SurveyDefinition survey, List<ParticipationStatistics> participation,
		List<JointMeetingComposition> jointMeetings, List<ParticipationTrend> trends,
		List<SurveyItemStatistics> surveyItems) {

	public ChartInputs {
		Objects.requireNonNull(groups, "groups");
		participation = (participation != null) ? List.copyOf(participation) : List.of();
		jointMeetings = (jointMeetings != null) ? List.copyOf(jointMeetings) : List.of();
		trends = (trends != null) ? List.copyOf(trends) : List.of();
		surveyItems = (surveyItems != null) ? List.copyOf(surveyItems) : List.of();
	}

}
