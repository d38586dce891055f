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
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;
import kr.seorona.analytics.operations.StepMarkers;
import kr.seorona.analytics.partitioning.PartitionSummaries;
import kr.seorona.analytics.partitioning.YearPartitioner;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Completes the partitioned ingest step in the manager: Spring Batch's aggregation of the
 * partitions' status and counts, then, when every partition completed, the run's reject report
 * ({@code reports/rejects.csv}, every year's staged rejects sorted by file, line and column) and
 * summary ({@code reports/ingest-summary.json}, each input file once), and the step's
 * {@link StepMarkers marker}. Partitions completed by an earlier attempt of the run count as
 * recorded in the job repository, so a restart that re-runs one failed year still reports every
 * year, once.
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
		List<Integer> missing = new ArrayList<>();
		for (int year : run.parameters().years()) {
			StepExecution partition = this.jobRepository.getLastStepExecution(result.getJobExecution().getJobInstance(),
					YearPartitioner.stepExecutionName(year));
			if (partition == null || partition.getStatus() != BatchStatus.COMPLETED
					|| !partition.getExecutionContext().containsKey(StagingItemWriter.SUMMARY)
					|| !layout.ingestPartitionStaged(year)) {
				missing.add(year);
				continue;
			}
			summaries.add(IngestSummaries.fromJson(partition.getExecutionContext().getString(StagingItemWriter.SUMMARY)));
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("the ingest of " + missing + " is not complete (no completed partition, or its"
					+ " staged datasets under " + layout.datasetsStaging() + " are missing)");
		}
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
