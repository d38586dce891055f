package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.RunLayout;

import java.util.Collection;
import java.util.List;

import java.net.URI;

import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DimensionDatasets;
import kr.seorona.analytics.parquet.Dimensions;
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
import kr.seorona.analytics.stats.SmallCells;
import kr.seorona.analytics.stats.StatisticsTables;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyResults;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearComparison;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Stages the statistics results, one dataset per family, and the dimension datasets. The staged
 * (and published) statistics withhold small cells: {@link SmallCells} flags the rows (primary and
 * secondary suppression) and withholds figures inside published rows, the writer nulls the flagged
 * rows (see {@link DatasetDefinition.Suppression}); the audit form with every figure is staged
 * apart, only when asked for.
 */
final class StatisticsDatasets {

	static final List<Class<? extends Record>> TYPES = List.of(ParticipationStatistics.class,
			JointMeetingComposition.class, JointMeetingAttendance.class, YearSummary.class, ParticipationTrend.class, SurveyItemStatistics.class,
			SurveyScaleStatistics.class, ItemReliability.class, GroupComparison.class, YearComparison.class);

	/** The staged datasets this step writes: the statistics and the dimensions. */
	static final List<String> NAMES = java.util.stream.Stream
		.concat(TYPES.stream().map((type) -> DatasetCatalog.of(type).name()),
				DatasetCatalog.dimensions().stream().map(DatasetDefinition::name))
		.toList();

	private StatisticsDatasets() {
	}

	/**
	 * Writes every result family (small cells withheld) and the dimensions into the staging folder,
	 * and, when {@code audit}, every result family unsuppressed into the staged audit folder; returns
	 * the number of rows written (without the audit copies).
	 * @param minCellSize k of the small-cell rules ({@link SmallCells})
	 * @param options the run's write options with the same k ({@link WriteOptions#withMinCellSize(int)})
	 */
	static long write(ParticipationResults participation, SurveyResults survey, Dimensions dimensions,
			RunLayout layout, Collection<Integer> years, int minCellSize, WriteOptions options, boolean audit) {
		RunLayout.deleteRecursively(layout.stagedAudit());
		long rows = write(SmallCells.published(participation, survey, minCellSize), layout.datasetsStaging(),
				years, options);
		if (audit) {
			write(SmallCells.audit(participation, survey, minCellSize), layout.stagedAudit().toUri(), years,
					options.forAudit());
		}
		return rows + write(DimensionDatasets.GROUPS, dimensions.groups(), layout.datasetsStaging(), years, options)
				+ write(DimensionDatasets.ITEMS, dimensions.items(), layout.datasetsStaging(), years, options)
				+ write(DimensionDatasets.SCALES, dimensions.scales(), layout.datasetsStaging(), years, options)
				+ write(DimensionDatasets.RESPONSES, dimensions.responses(), layout.datasetsStaging(), years, options)
				+ write(DimensionDatasets.MEETING_TYPES, dimensions.meetingTypes(), layout.datasetsStaging(), years, options)
				+ write(DimensionDatasets.MEETING_MODES, dimensions.meetingModes(), layout.datasetsStaging(), years, options)
				+ write(DimensionDatasets.INDICATORS, dimensions.indicators(), layout.datasetsStaging(), years, options);
	}

	private static long write(StatisticsTables tables, URI root, Collection<Integer> years, WriteOptions options) {
		ParticipationResults participation = tables.participation();
		SurveyResults survey = tables.survey();
		return write(DatasetCatalog.of(ParticipationStatistics.class), participation.byGroupAndYear(), root, years,
				options)
				+ write(DatasetCatalog.of(JointMeetingComposition.class), participation.jointMeetings(), root, years,
						options)
				+ write(DatasetCatalog.of(JointMeetingAttendance.class), participation.jointMeetingAttendance(), root,
						years, options)
				+ write(DatasetCatalog.of(YearSummary.class), tables.years(), root, years,
						options)
				+ write(DatasetCatalog.of(ParticipationTrend.class), participation.trends(), root, years, options)
				+ write(DatasetCatalog.of(SurveyItemStatistics.class), survey.items(), root, years, options)
				+ write(DatasetCatalog.of(SurveyScaleStatistics.class), survey.scales(), root, years, options)
				+ write(DatasetCatalog.of(ItemReliability.class), survey.reliability(), root, years, options)
				+ write(DatasetCatalog.of(GroupComparison.class), survey.groupComparisons(), root, years, options)
				+ write(DatasetCatalog.of(YearComparison.class), survey.yearComparisons(), root, years, options);
	}

	private static <T extends Record> long write(DatasetDefinition<T> definition, List<T> rows, URI root,
			Collection<Integer> years, WriteOptions options) {
		try (DatasetWriter<T> writer = new DatasetWriter<>(definition, root, options)) {
			if (definition.partitioned()) {
				writer.expectPartitions(years);
			}
			rows.forEach(writer::write);
			CrashPoint.reached("statistics-" + definition.name());
		}
		return rows.size();
	}

}
