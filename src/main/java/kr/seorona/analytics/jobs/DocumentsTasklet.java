package kr.seorona.analytics.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import kr.seorona.analytics.charts.ChartCatalog;
import kr.seorona.analytics.charts.ChartInputs;
import kr.seorona.analytics.charts.ChartOptions;
import kr.seorona.analytics.charts.ChartTheme;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;
import kr.seorona.analytics.operations.StepMarkers;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetReader;
import kr.seorona.analytics.report.ReportFiles;
import kr.seorona.analytics.report.ReportInputs;
import kr.seorona.analytics.stats.GroupComparison;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;
import kr.seorona.analytics.support.ParallelTasks;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the draft results reports (HWPX and DOCX) of every year the staged statistics cover, not
 * only the years the run ingested, into the staged {@code reports/<year>/} from the staged
 * statistics, the staged charts and the per-file summaries (this run's, plus the published ones of
 * the other years), so that the publish step moves them into place with everything else: the
 * {@code reports/} folder is replaced whole, and after a one-year re-run every year's documents
 * agree with the statistics now published (a corrected 2021 changes the 2022 year-over-year
 * figures too). Korean always; English too when the run's locale is English. An earlier year's
 * report embeds the charts over years drawn up to that year, not the run's (see
 * {@code chartsOfEarlierYears}). Re-running it replaces what an earlier attempt staged.
 */
class DocumentsTasklet implements Tasklet {

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
		RunLayout layout = run.layout();
		StepMarkers.clear(layout, StepMarkers.DOCUMENTS);
		Definitions definitions = run.definitions();
		List<YearSummary> summaries = staged(layout, YearSummary.class);
		List<ParticipationStatistics> participation = staged(layout, ParticipationStatistics.class);
		List<SurveyItemStatistics> items = staged(layout, SurveyItemStatistics.class);
		List<FileSummary> files = new ArrayList<>(
				IngestSummaries.read(layout.stagedReports().resolve(IngestSummaries.FILE_NAME)));
		files.addAll(PublishedQuality.otherYears(layout, run.parameters().years()));
		ReportInputs inputs = new ReportInputs(definitions.identity(), definitions.groups(), definitions.survey(),
				participation, summaries, staged(layout, JointMeetingAttendance.class),
				items, staged(layout, SurveyScaleStatistics.class),
				staged(layout, GroupComparison.class),
				files, List.of(layout.stagedCharts(), layout.stagedReportCharts()),
				runDate(chunkContext), run.parameters().minCellSize());
		SortedSet<Integer> years = new TreeSet<>();
		summaries.stream().map(YearSummary::year).forEach(years::add);
		List<Locale> locales = new ArrayList<>(List.of(Locale.KOREAN));
		if ("en".equals(run.parameters().locale().getLanguage())) {
			locales.add(Locale.ENGLISH);
		}
		for (int year : years) {
			RunLayout.deleteRecursively(layout.stagedReports().resolve(Integer.toString(year)));
		}
		List<Path> written = new ArrayList<>();
		if (!years.isEmpty()) {
			// the last year's documents need only the charts step's charts: they are written while the
			// charts over years of the earlier years are drawn, then the earlier years' documents
			RunLayout.deleteRecursively(layout.stagedReportCharts());
			ExecutorService drawing = ParallelTasks.newPool("report-charts", 1);
			try {
				ChartInputs charts = new ChartInputs(definitions.groups(), definitions.survey(), participation,
						staged(layout, JointMeetingComposition.class), items, summaries);
				Future<?> earlier = drawing.submit(() -> chartsOfEarlierYears(run, charts, years, locales));
				written.addAll(ReportFiles.write(inputs, List.of(years.last()), locales, layout.stagedReports()));
				ParallelTasks.join(List.of(earlier), "drawing the charts of earlier years");
				written.addAll(ReportFiles.write(inputs, years.headSet(years.last()), locales, layout.stagedReports()));
			}
			finally {
				drawing.shutdownNow();
			}
		}
		contribution.incrementWriteCount(written.size());
		CrashPoint.reached("documents");
		StepMarkers.markDone(layout, StepMarkers.DOCUMENTS);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Draws the charts over years that the reports embed once more for each year before the last,
	 * over the years up to it ({@code 2019-2021/meetings-by-group.png} for the 2021 report), so that
	 * a report never shows a later year's figures; PNG only, into a staging folder that is not
	 * published (emptied by the caller before).
	 */
	private static void chartsOfEarlierYears(RunContext run, ChartInputs inputs, SortedSet<Integer> years,
			List<Locale> locales) {
		List<ChartOptions> options = ChartsTasklet.options(run, locales);
		ChartCatalog catalog = new ChartCatalog(ChartTheme.bundled());
		for (int year : years.headSet(years.last())) {
			catalog.renderPngs(inputs.upTo(year), options, run.layout().stagedReportCharts(),
					ReportFiles.CHARTS_OVER_YEARS);
		}
	}

	/** The day the run started (a restart keeps the day of its own start). */
	private static LocalDate runDate(ChunkContext chunkContext) {
		LocalDateTime start = chunkContext.getStepContext().getStepExecution().getJobExecution().getStartTime();
		return (start != null) ? start.toLocalDate() : LocalDate.now();
	}

	private static <T extends Record> List<T> staged(RunLayout layout, Class<T> type) {
		try (Stream<T> rows = DatasetReader.read(DatasetCatalog.of(type), layout.datasetsStaging())) {
			return rows.toList();
		}
	}

}
