package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.RunLayout;

import java.util.Collection;
import java.util.List;

import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetDefinition;
import kr.seorona.analytics.parquet.DatasetWriter;
import kr.seorona.analytics.parquet.WriteOptions;
import kr.seorona.analytics.stats.GroupComparison;
import kr.seorona.analytics.stats.ItemReliability;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationResults;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.ParticipationTrend;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyResults;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearComparison;
import kr.seorona.analytics.stats.YearSummary;

/** Stages the statistics results, one dataset per family, and reads them back for the charts. */
final class StatisticsDatasets {

	static final List<Class<? extends Record>> TYPES = List.of(ParticipationStatistics.class,
			JointMeetingComposition.class, JointMeetingAttendance.class, YearSummary.class, ParticipationTrend.class, SurveyItemStatistics.class,
			SurveyScaleStatistics.class, ItemReliability.class, GroupComparison.class, YearComparison.class);

	static final List<String> NAMES = TYPES.stream().map((type) -> DatasetCatalog.of(type).name()).toList();

	private StatisticsDatasets() {
	}

	/** Writes every result family into the staging folder; returns the number of rows written. */
	static long write(ParticipationResults participation, SurveyResults survey, RunLayout layout,
			Collection<Integer> years, WriteOptions options) {
		return write(ParticipationStatistics.class, participation.byGroupAndYear(), layout, years, options)
				+ write(JointMeetingComposition.class, participation.jointMeetings(), layout, years, options)
				+ write(JointMeetingAttendance.class, participation.jointMeetingAttendance(), layout, years, options)
				+ write(YearSummary.class, YearSummary.combine(participation, survey), layout, years, options)
				+ write(ParticipationTrend.class, participation.trends(), layout, years, options)
				+ write(SurveyItemStatistics.class, survey.items(), layout, years, options)
				+ write(SurveyScaleStatistics.class, survey.scales(), layout, years, options)
				+ write(ItemReliability.class, survey.reliability(), layout, years, options)
				+ write(GroupComparison.class, survey.groupComparisons(), layout, years, options)
				+ write(YearComparison.class, survey.yearComparisons(), layout, years, options);
	}

	private static <T extends Record> long write(Class<T> type, List<T> rows, RunLayout layout,
			Collection<Integer> years, WriteOptions options) {
		DatasetDefinition<T> definition = DatasetCatalog.of(type);
		try (DatasetWriter<T> writer = new DatasetWriter<>(definition, layout.datasetsStaging(), options)) {
			if (definition.partitioned()) {
				writer.expectPartitions(years);
			}
			rows.forEach(writer::write);
			CrashPoint.reached("statistics-" + definition.name());
		}
		return rows.size();
	}

}
