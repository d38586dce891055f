package kr.seorona.analytics.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.ReportIdentity;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.stats.GroupComparison;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Everything the results reports are written from: the run's statistics (all years; each report
 * takes its year's rows), the input files' summaries, the chart PNGs and the run's identity.
 *
 * @param identity organisation, programme and contact ({@code jobs/report.yml})
 * @param groups group labels and display order
 * @param survey survey items and scales (labels, order)
 * @param participation participation by year and group (the previous year's rows decide whether a
 * retention is withheld)
 * @param yearSummaries per-year totals (meetings, joint meetings, distinct participants across
 * groups, respondents)
 * @param jointAttendance joint meetings with their distinct participants
 * @param items survey item statistics
 * @param scales survey scale statistics
 * @param comparisons group comparisons within a year
 * @param files what was read from each input file
 * @param chartFolders the folders to take the charts from, searched in order: the one the charts
 * step wrote, then any with the charts over years drawn for earlier years (Korean charts as
 * {@code <year or first-last>/<name>.png}, English ones under {@code en/}; see {@link ReportCharts})
 * @param runDate the date of the run, printed in the title block and in every source note
 * @param minCellSize k: figures about fewer than k people are withheld, as in the charts
 */
public record ReportInputs(ReportIdentity identity, GroupCatalog groups, SurveyDefinition survey,
		List<ParticipationStatistics> participation, List<YearSummary> yearSummaries,
		List<JointMeetingAttendance> jointAttendance, List<SurveyItemStatistics> items,
		List<SurveyScaleStatistics> scales, List<GroupComparison> comparisons, List<FileSummary> files, List<Path> chartFolders, LocalDate runDate,
		int minCellSize) {

	public ReportInputs {
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(groups, "groups");
		Objects.requireNonNull(survey, "survey");
		participation = List.copyOf(participation);
		yearSummaries = List.copyOf(yearSummaries);
		jointAttendance = List.copyOf(jointAttendance);
		items = List.copyOf(items);
		scales = List.copyOf(scales);
		comparisons = List.copyOf(comparisons);
		files = List.copyOf(files);
		chartFolders = List.copyOf(chartFolders);
		Objects.requireNonNull(runDate, "runDate");
		if (minCellSize < 1) {
			throw new IllegalArgumentException("minCellSize must be >= 1 but was " + minCellSize);
		}
	}

}
