package kr.seorona.analytics.partitioning;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * On a remote manager step that timed out waiting for its partitions: marks the partitions still
 * waiting or running as {@code FAILED} (so that the same command restarts exactly those, and a
 * request of them still in the queue is ignored by a worker, see {@link CompletedPartitionGuard}),
 * and states which partitions were missing and what to do, instead of a bare
 * {@code TimeoutException}.
 */
public final class PartitionTimeoutListener implements StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(PartitionTimeoutListener.class);

	private final JobRepository jobRepository;

	private final Duration timeout;

	public PartitionTimeoutListener(JobRepository jobRepository, Duration timeout) {
		this.jobRepository = jobRepository;
		this.timeout = timeout;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getFailureExceptions().stream().noneMatch(TimeoutException.class::isInstance)) {
			return null;
		}
		List<String> unfinished = new ArrayList<>();
		for (StepExecution partition : this.jobRepository.getJobExecution(stepExecution.getJobExecutionId())
			.getStepExecutions()) {
			if (partition.getId() != stepExecution.getId() && partition.getStatus().isRunning()) {
				partition.setStatus(BatchStatus.FAILED);
				partition.setExitStatus(ExitStatus.FAILED.addExitDescription("timed out"));
				partition.setEndTime(LocalDateTime.now());
				this.jobRepository.update(partition);
				unfinished.add(partition.getStepName());
			}
		}
		String message = "partitions " + unfinished + " did not finish within seorona.remote.partition-timeout="
				+ this.timeout + ": is a worker running (java -jar ... worker --spring.profiles.active=remote)? Start"
				+ " workers and run the same command again; only these partitions are run again";
		logger.error(message);
		stepExecution.addFailureException(new IllegalStateException(message));
		return ExitStatus.FAILED.addExitDescription(message);
	}

}
