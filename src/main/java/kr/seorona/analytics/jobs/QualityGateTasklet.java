package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.IngestSummaries;

import java.util.List;

import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.ingest.InvalidInputException;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Fails the run when the rejected rows exceed the {@code maxRejectShare} share or the
 * {@code maxRejectCount} count, before any statistics are computed or anything is published.
 */
class QualityGateTasklet implements Tasklet {

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
		List<FileSummary> files = IngestSummaries
			.read(run.layout().stagedReports().resolve(IngestSummaries.FILE_NAME));
		long read = files.stream().mapToLong(FileSummary::rowsRead).sum();
		long rejected = files.stream().mapToLong(FileSummary::rejected).sum();
		double limit = run.parameters().maxRejectShare();
		if (read > 0 && (double) rejected / read > limit) {
			throw new InvalidInputException(String.format(java.util.Locale.ROOT,
					"%d of %d rows were rejected (%.1f%%), more than maxRejectShare=%s allows; see %s", rejected, read,
					100.0 * rejected / read, limit, "reports/rejects.csv in " + run.layout().stagedReports()));
		}
		long maxCount = run.parameters().maxRejectCount();
		if (maxCount >= 0 && rejected > maxCount) {
			throw new InvalidInputException(String.format(java.util.Locale.ROOT,
					"%d of %d rows were rejected, more than maxRejectCount=%d allows; see %s", rejected, read, maxCount,
					"reports/rejects.csv in " + run.layout().stagedReports()));
		}
		return RepeatStatus.FINISHED;
	}

}
