package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.ingest.RejectReportWriter;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetReader;
import kr.seorona.analytics.parquet.DatasetWriter;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;
import kr.seorona.analytics.operations.StepMarkers;
import kr.seorona.analytics.partitioning.PartitionSummaries;
import kr.seorona.analytics.ingest.InputScanner;
import kr.seorona.analytics.partitioning.IngestPartition;
import kr.seorona.analytics.partitioning.IngestPartitioner;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Completes the partitioned ingest step in the manager: Spring Batch's aggregation of the
 * partitions' status and counts, then, when every partition completed, each year's staged
 * {@code rejects} file (the rejects of the year's partitions), the run's reject report
 * ({@code reports/rejects.csv}, every year's staged rejects sorted by file, line and column) and
 * summary ({@code reports/ingest-summary.json}, each input file once), and the step's
 * {@link StepMarkers marker}. Partitions completed by an earlier attempt of the run count as
 * recorded in the job repository, so a restart that re-runs one failed partition still reports
 * every file, once.
 */
class IngestPartitionsAggregator implements StepExecutionAggregator {

	private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

	private final JobRepository jobRepository;

	IngestPartitionsAggregator(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		this.counts.aggregate(result, executions);
		if (result.getStatus() != BatchStatus.COMPLETED) {
			reportFailures(result, executions);
			return;
		}
		RunContext run = RunContext.of(result);
		RunLayout layout = run.layout();
		List<List<FileSummary>> summaries = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<IngestPartition> partitions = IngestPartitioner.partitions(run.parameters().years(),
				InputScanner.scan(run.parameters().input(), run.parameters().years()));
		for (IngestPartition expected : partitions) {
			StepExecution partition = this.jobRepository.getLastStepExecution(result.getJobExecution().getJobInstance(),
					expected.stepExecutionName());
			if (partition == null || partition.getStatus() != BatchStatus.COMPLETED
					|| !partition.getExecutionContext().containsKey(StagingItemWriter.SUMMARY)
					|| !layout.ingestPartitionStaged(expected.name(), expected.year(), expected.parts())) {
				missing.add(expected.name());
				continue;
			}
			summaries.add(IngestSummaries.fromJson(partition.getExecutionContext().getString(StagingItemWriter.SUMMARY)));
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("the ingest partitions " + missing + " are not complete (no completed"
					+ " partition, or its staged datasets under " + layout.datasetsStaging() + " are missing)");
		}
		mergeRejects(run, partitions);
		List<Reject> rejects;
		try (Stream<Reject> staged = DatasetReader.read(DatasetCatalog.REJECTS, layout.datasetsStaging())) {
			rejects = staged.toList();
		}
		Path reports = layout.stagedReports();
		RejectReportWriter.writeCsv(rejects, reports.resolve("rejects.csv"));
		try {
			IngestSummaries.write(PartitionSummaries.merge(summaries), reports.resolve(IngestSummaries.FILE_NAME));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StepMarkers.markDone(layout, StepMarkers.INGEST);
	}

	/**
	 * Stages each year's {@code rejects} file from its partitions' rejects, read in the partitions'
	 * order (the single-threaded reading order): the same rows in the same order as one reader
	 * staged them. Written again, whole, at every attempt of the aggregation.
	 */
	private static void mergeRejects(RunContext run, List<IngestPartition> partitions) {
		for (int year : run.parameters().years()) {
			try (DatasetWriter<Reject> writer = new DatasetWriter<>(DatasetCatalog.REJECTS,
					run.layout().datasetsStaging(), run.writeOptions())) {
				writer.expectPartitions(List.of(year));
				for (IngestPartition partition : partitions) {
					if (partition.year() != year) {
						continue;
					}
					try (Stream<Reject> rejects = DatasetReader.read(DatasetCatalog.REJECTS,
							run.layout().ingestPartitionStaging(partition.name()))) {
						rejects.forEach(writer::write);
					}
				}
			}
		}
	}

	/**
	 * Names the failed partitions in the step's failures. A partition run by a worker process comes
	 * back from the job repository with its exit description but without its exception: its first
	 * line (the exception's message) is reported.
	 */
	private static void reportFailures(StepExecution result, Collection<StepExecution> executions) {
		for (StepExecution partition : executions) {
			if (partition.getStatus().isUnsuccessful() && partition.getFailureExceptions().isEmpty()) {
				String description = partition.getExitStatus().getExitDescription();
				int end = description.indexOf('\n');
				result.addFailureException(new IllegalStateException("partition " + partition.getStepName() + " "
						+ partition.getStatus() + ": " + ((end < 0) ? description : description.substring(0, end)).trim()));
			}
		}
	}

}
