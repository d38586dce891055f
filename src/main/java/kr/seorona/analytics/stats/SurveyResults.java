package kr.seorona.analytics.stats;

import java.util.List;

/**
 * Everything {@link SurveyCalculator#results()} computes, each list sorted deterministically.
 *
 * @param items per year × group (display order, then {@code ALL}) × item (survey order)
 * @param scales per year × group (display order, then {@code ALL}) × scale (survey order)
 * @param reliability per year × scale × item, all groups together
 * @param groupComparisons per year × item (survey order), then per year × scale
 * @param yearComparisons per later year × group (display order, then {@code ALL}) × item, then
 * scale
 */
public record SurveyResults(List<SurveyItemStatistics> items, List<SurveyScaleStatistics> scales,
		List<ItemReliability> reliability, List<GroupComparison> groupComparisons,
		List<YearComparison> yearComparisons) {

	public SurveyResults {
		items = List.copyOf(items);
		scales = List.copyOf(scales);
		reliability = List.copyOf(reliability);
		groupComparisons = List.copyOf(groupComparisons);
		yearComparisons = List.copyOf(yearComparisons);
	}

}
