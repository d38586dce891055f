package kr.seorona.analytics.stats;

import java.util.List;

/**
 * The statistics as written: the calculators' results after the small-cell rules of
 * {@link SmallCells}, and the year summaries with their survey respondents.
 *
 * @param participation participation results (flags of withheld rows set)
 * @param survey survey results (flags of withheld rows set)
 * @param years one row per year, as {@link YearSummary#combine}
 */
public record StatisticsTables(ParticipationResults participation, SurveyResults survey, List<YearSummary> years) {

	public StatisticsTables {
		years = List.copyOf(years);
	}

}
