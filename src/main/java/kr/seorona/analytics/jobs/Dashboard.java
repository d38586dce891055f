package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.AnnualReportParameters;
import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.dashboard.DashboardWriter;
import kr.seorona.analytics.dashboard.ManifestWriter;
import kr.seorona.analytics.dashboard.QualityRow;
import kr.seorona.analytics.dashboard.RunReport;
import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetReader;
import kr.seorona.analytics.parquet.ParquetFiles;
import kr.seorona.analytics.stats.ParticipationStatistics;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;

/**
 * Writes the run's dashboard page ({@code index.html}) and manifest ({@code manifest.json}) from
 * what was published: the ingest summary, the participation dataset and the charts, in the order
 * the charts step rendered them.
 */
final class Dashboard {

	/** Job execution context key of the rendered chart files (relative paths, one per line). */
	static final String CHARTS = "charts";

	private Dashboard() {
	}

	static void publish(RunContext run, JobExecution jobExecution) {
		RunLayout layout = run.layout();
		SortedMap<String, String> parameters = new TreeMap<>();
		for (JobParameter<?> parameter : jobExecution.getJobParameters()) {
			String value = String.valueOf(parameter.value());
			parameters.put(parameter.name(),
					(parameter.name().equals(AnnualReportParameters.ENCODING) && value.isEmpty()) ? "auto" : value);
		}
		List<QualityRow> quality = IngestSummaries.read(layout.reports().resolve(IngestSummaries.FILE_NAME))
			.stream()
			.map(Dashboard::qualityRow)
			.toList();
		List<ParticipationStatistics> participation;
		try (Stream<ParticipationStatistics> rows = DatasetReader.read(DatasetCatalog.of(ParticipationStatistics.class),
				layout.datasetsRoot())) {
			participation = rows.toList();
		}
		String charts = jobExecution.getExecutionContext().getString(CHARTS, "");
		List<Path> chartFiles = charts.isEmpty() ? List.of()
				: Stream.of(charts.split("\n")).map((name) -> Path.of("charts", name)).toList();
		RunReport report = new RunReport(AnnualReportJobConfiguration.JOB_NAME, jobExecution.getId(), "COMPLETED",
				parameters, jobExecution.getStartTime(), java.time.LocalDateTime.now().withNano(0), quality, participation,
				chartFiles,
				run.parameters().minCellSize());
		DashboardWriter.write(report, run.definitions().groups(), Messages.bundle(run.parameters().locale()),
				layout.output());
		CrashPoint.reached("publish-index-written");
		ManifestWriter.write(layout.output(), rowCounts(layout.output()));
	}

	private static QualityRow qualityRow(FileSummary file) {
		return new QualityRow(file.file(), file.rowsRead(), file.accepted(), file.rejected(), file.rejectedByReason());
	}

	/** Rows of every published Parquet file, by path relative to the output folder. */
	private static Map<String, Long> rowCounts(Path output) {
		Map<String, Long> rows = new TreeMap<>();
		Path datasets = output.resolve("datasets");
		if (!Files.isDirectory(datasets)) {
			return rows;
		}
		try (Stream<Path> files = Files.walk(datasets)) {
			files.filter((file) -> file.toString().endsWith(".parquet"))
				.forEach((file) -> rows.put(output.relativize(file).toString().replace('\\', '/'),
						ParquetFiles.rowCount(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + datasets, ex);
		}
		return rows;
	}

}
