package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.ParameterValues;
import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import kr.seorona.analytics.dashboard.DashboardWriter;
import kr.seorona.analytics.dashboard.DatasetLink;
import kr.seorona.analytics.dashboard.ManifestWriter;
import kr.seorona.analytics.dashboard.PublishedFigures;
import kr.seorona.analytics.dashboard.QualityRow;
import kr.seorona.analytics.dashboard.RunInfo;
import kr.seorona.analytics.dashboard.RunReport;
import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.parquet.DataDictionary;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetDefinition;
import kr.seorona.analytics.parquet.DatasetReader;
import kr.seorona.analytics.parquet.ParquetFiles;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;

/**
 * Writes the run's dashboard pages ({@code index.html} and the other language's), the data
 * dictionary ({@code DATASETS.md}) and the manifest ({@code manifest.json}) from what was
 * published: the statistics datasets of every published year, the per-file summary (every
 * published year, see {@link PublishedQuality}) and the charts, in the order the charts step
 * rendered them.
 */
final class Dashboard {

	/** Job execution context key of the rendered chart files (relative paths, one per line). */
	static final String CHARTS = "charts";

	/** The data dictionary, relative to the output folder. */
	static final String DICTIONARY = "DATASETS.md";

	private Dashboard() {
	}

	static void publish(RunContext run, JobExecution jobExecution) {
		RunLayout layout = run.layout();
		SortedMap<String, String> parameters = new TreeMap<>();
		for (JobParameter<?> parameter : jobExecution.getJobParameters()) {
			parameters.put(parameter.name(), ParameterValues.asWritten(parameter.name(), String.valueOf(parameter.value())));
		}
		List<QualityRow> quality = IngestSummaries.read(layout.reports().resolve(IngestSummaries.FILE_NAME))
			.stream()
			.map(Dashboard::qualityRow)
			.toList();
		PublishedFigures figures = new PublishedFigures(published(layout, YearSummary.class),
				published(layout, ParticipationStatistics.class), published(layout, JointMeetingAttendance.class),
				published(layout, JointMeetingComposition.class), published(layout, SurveyScaleStatistics.class),
				published(layout, SurveyItemStatistics.class));
		String charts = jobExecution.getExecutionContext().getString(CHARTS, "");
		List<Path> chartFiles = charts.isEmpty() ? List.of()
				: Stream.of(charts.split("\n")).map((name) -> Path.of("charts", name)).toList();
		RunInfo info = new RunInfo(AnnualReportJobConfiguration.JOB_NAME, jobExecution.getId(), "COMPLETED",
				parameters, jobExecution.getStartTime(), LocalDateTime.now().withNano(0));
		RunReport report = new RunReport(info, run.definitions().identity(), figures, quality, chartFiles,
				datasets(layout), run.parameters().minCellSize());
		writeDictionary(layout.output());
		DashboardWriter.write(report, run.definitions(), run.parameters().locale(), layout.output());
		CrashPoint.reached("publish-index-written");
		ManifestWriter.write(layout.output(), rowCounts(layout.output()));
	}

	private static <T extends Record> List<T> published(RunLayout layout, Class<T> type) {
		try (Stream<T> rows = DatasetReader.read(DatasetCatalog.of(type), layout.datasetsRoot())) {
			return rows.toList();
		}
	}

	private static QualityRow qualityRow(FileSummary file) {
		return new QualityRow(file.year(), file.file(), file.rowsRead(), file.accepted(), file.rejected(),
				file.rejectedByReason());
	}

	/** Every dataset of the catalogue with its published files (none listed when published elsewhere). */
	private static List<DatasetLink> datasets(RunLayout layout) {
		List<String> files = layout.datasetsInOutput() ? parquetFiles(layout.output()) : List.of();
		return DatasetCatalog.all().stream().map((DatasetDefinition<?> dataset) -> {
			String prefix = "datasets/" + dataset.name() + "/";
			return new DatasetLink(dataset.name(), dataset.description(),
					files.stream().filter((file) -> file.startsWith(prefix)).toList());
		}).toList();
	}

	private static void writeDictionary(Path output) {
		Path file = output.resolve(DICTIONARY);
		Path temp = output.resolve("." + DICTIONARY + ".tmp");
		try {
			Files.writeString(temp, DataDictionary.markdown(), StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/** Rows of every published Parquet file, by path relative to the output folder. */
	private static Map<String, Long> rowCounts(Path output) {
		Map<String, Long> rows = new TreeMap<>();
		for (String file : parquetFiles(output)) {
			rows.put(file, ParquetFiles.rowCount(output.resolve(file)));
		}
		return rows;
	}

	/** Every published Parquet file, relative to the output folder with '/' separators, sorted. */
	private static List<String> parquetFiles(Path output) {
		Path datasets = output.resolve("datasets");
		if (!Files.isDirectory(datasets)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(datasets)) {
			return files.filter((file) -> file.toString().endsWith(".parquet"))
				.map((file) -> output.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + datasets, ex);
		}
	}

}
