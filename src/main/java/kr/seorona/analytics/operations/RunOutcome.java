package kr.seorona.analytics.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import kr.seorona.analytics.ingest.FileSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What the console says at the end of a run: per input file rows read, accepted and rejected; on
 * success where to look; on failure why, and truthfully what was published (nothing before the
 * publish step; a publish that failed part-way says so, and what it had moved).
 */
final class RunOutcome {

	private static final Logger logger = LoggerFactory.getLogger(RunOutcome.class);

	private RunOutcome() {
	}

	static void report(JobExecution execution) {
		AnnualReportParameters parameters = AnnualReportParameters.from(execution.getJobParameters());
		RunLayout layout = RunLayout.of(execution);
		Duration took = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
		boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
		Path summaryFile = completed ? layout.reports().resolve(IngestSummaries.FILE_NAME)
				: layout.staging().resolve("reports").resolve(IngestSummaries.FILE_NAME);
		List<FileSummary> files = IngestSummaries.read(summaryFile);
		for (FileSummary file : files) {
			logger.info("  {}: {} rows read, {} accepted, {} rejected {}", file.file(), file.rowsRead(),
					file.accepted(), file.rejected(), file.rejectedByReason().isEmpty() ? "" : file.rejectedByReason());
		}
		long rejected = files.stream().mapToLong(FileSummary::rejected).sum();
		if (completed && rejected > 0) {
			logger.warn("{} input rows were left out as rejected; each is listed with file, line, column and reason in {}",
					rejected, layout.reports().resolve("rejects.csv"));
		}
		if (completed) {
			logger.info("{} COMPLETED in {} s (job execution {}). Open {}", AnnualReportParameters.JOB_NAME,
					took.toMillis() / 1000.0, execution.getId(), parameters.output().resolve("index.html"));
			return;
		}
		if (publishBegan(execution)) {
			logger.error("{} {} while publishing (job execution {}): {} may hold a mix of the previous and this "
					+ "run's files, and its manifest.json is absent until a publish completes.",
					AnnualReportParameters.JOB_NAME, execution.getStatus(), execution.getId(), parameters.output());
		}
		else {
			logger.error("{} {} (job execution {}); nothing was published: {} holds the previous publication.",
					AnnualReportParameters.JOB_NAME, execution.getStatus(), execution.getId(), parameters.output());
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			logger.error("  {}", AnnualReportLauncher.describe(failure));
			logger.debug("Failure", failure);
		}
		logger.error("Fix the cause and run the same command again: the run restarts where it stopped"
				+ (publishBegan(execution) ? " and completes the publish" : "") + ". Details: .seorona/logs/seorona.log");
	}

	private static boolean publishBegan(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.map(StepExecution::getStepName)
			.anyMatch(StepMarkers.PUBLISH::equals);
	}

}
