package kr.seorona.analytics.charts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Everything the chart catalogue draws, as computed by the {@code stats} package for the run's
 * years. Lists may be empty (e.g. no survey files): the charts that need them are then skipped.
 *
 * @param groups group catalogue (labels, colours, order) from {@code jobs/groups.yml}
 * @param survey survey items and scales from {@code jobs/survey.yml}; may be {@code null} when no
 * survey is defined
 * @param participation one row per year and group
 * @param jointMeetings one row per joint meeting and group
 * @param surveyItems one row per year, group (or {@code ALL}) and item
 * @param years one row per year: totals over all groups (meetings, distinct participants across
 * groups, survey respondents), from {@link YearSummary}; empty when not computed
 */
public record ChartInputs(GroupCatalog groups, SurveyDefinition survey, List<ParticipationStatistics> participation,
		List<JointMeetingComposition> jointMeetings, List<SurveyItemStatistics> surveyItems, List<YearSummary> years) {

	public ChartInputs {
		Objects.requireNonNull(groups, "groups");
		participation = (participation != null) ? List.copyOf(participation) : List.of();
		jointMeetings = (jointMeetings != null) ? List.copyOf(jointMeetings) : List.of();
		surveyItems = (surveyItems != null) ? List.copyOf(surveyItems) : List.of();
		years = (years != null) ? List.copyOf(years) : List.of();
	}

	/** Inputs without year summaries. */
	public ChartInputs(GroupCatalog groups, SurveyDefinition survey, List<ParticipationStatistics> participation,
			List<JointMeetingComposition> jointMeetings, List<SurveyItemStatistics> surveyItems) {
		this(groups, survey, participation, jointMeetings, surveyItems, List.of());
	}

	/**
	 * The inputs as a run that ended with {@code lastYear} had them: every row of a later year left
	 * out, so that charts over years end there (a 2021 report's figures show 2019-2021, not the
	 * years after it).
	 */
	public ChartInputs upTo(int lastYear) {
		return new ChartInputs(this.groups, this.survey,
				this.participation.stream().filter((row) -> row.year() <= lastYear).toList(),
				this.jointMeetings.stream().filter((row) -> row.year() <= lastYear).toList(),
				this.surveyItems.stream().filter((row) -> row.year() <= lastYear).toList(),
				this.years.stream().filter((row) -> row.year() <= lastYear).toList());
	}

	/** The summary of a year, if computed. */
	public Optional<YearSummary> year(int year) {
		return this.years.stream().filter((row) -> row.year() == year).findFirst();
	}

}
