package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.RunLayout;
import kr.seorona.analytics.operations.StepMarkers;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import kr.seorona.analytics.charts.ChartCatalog;
import kr.seorona.analytics.charts.ChartInputs;
import kr.seorona.analytics.charts.ChartOptions;
import kr.seorona.analytics.charts.ChartTheme;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetReader;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.YearSummary;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders the chart catalogue (PNG and SVG) from the staged statistics datasets into the staging
 * folder, in Korean and in English whatever the run's locale (English under {@code en/}, see
 * {@link ChartCatalog#languageFolder}). Re-running it replaces what an earlier attempt staged.
 */
class ChartsTasklet implements Tasklet {

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
		RunLayout layout = run.layout();
		StepMarkers.clear(layout, StepMarkers.CHARTS);
		ChartInputs inputs = inputs(run);
		List<ChartOptions> languages = options(run, ChartCatalog.LANGUAGES);
		RunLayout.deleteRecursively(layout.stagedCharts());
		List<java.nio.file.Path> files = new ChartCatalog(ChartTheme.bundled()).renderAll(inputs, languages,
				layout.stagedCharts());
		contribution.incrementWriteCount(files.size());
		chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.putString(Dashboard.CHARTS, String.join("\n",
					files.stream().map((file) -> layout.stagedCharts().relativize(file).toString()).toList()));
		CrashPoint.reached("charts");
		StepMarkers.markDone(layout, StepMarkers.CHARTS);
		return RepeatStatus.FINISHED;
	}

	/** The statistics the charts are drawn from, as this run staged them. */
	private static ChartInputs inputs(RunContext run) {
		RunLayout layout = run.layout();
		return new ChartInputs(run.definitions().groups(), run.definitions().survey(),
				staged(layout, ParticipationStatistics.class), staged(layout, JointMeetingComposition.class),
				staged(layout, SurveyItemStatistics.class),
				staged(layout, YearSummary.class));
	}

	/** The chart options of the run in each language (report identity, small-cell k). */
	static List<ChartOptions> options(RunContext run, List<Locale> locales) {
		int k = run.parameters().minCellSize();
		return locales.stream()
			.map((locale) -> ChartOptions.defaults(run.definitions().identity(), locale).withMinCellSize(k))
			.toList();
	}

	private static <T extends Record> List<T> staged(RunLayout layout, Class<T> type) {
		try (Stream<T> rows = DatasetReader.read(DatasetCatalog.of(type), layout.datasetsStaging())) {
			return rows.toList();
		}
	}

}
