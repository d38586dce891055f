package kr.seorona.analytics.partitioning;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;

/**
 * What a worker does with a partition request, by the state of its step execution in the shared
 * job repository, so that a message delivered twice never runs a partition twice:
 * <ul>
 * <li>{@code STARTING} (new): runs the partition.</li>
 * <li>{@code COMPLETED}: a redelivery of a partition already done (say its worker stopped after
 * the work, before acknowledging the message): not redone.</li>
 * <li>{@code STARTED}: a redelivery of a partition whose worker stopped in the middle (the broker
 * hands an unacknowledged message to another worker): marked {@code FAILED}, not run here; the
 * manager's step then fails, and the same command restarts that partition alone, from a clean
 * slate.</li>
 * <li>anything else ({@code FAILED}, {@code STOPPED}, {@code ABANDONED}): a stale request of an
 * earlier attempt: ignored.</li>
 * </ul>
 * Wraps the step a {@link StepLocator} finds.
 */
public final class CompletedPartitionGuard implements StepLocator {

	private static final Logger logger = LoggerFactory.getLogger(CompletedPartitionGuard.class);

	private final StepLocator steps;

	private final JobRepository jobRepository;

	public CompletedPartitionGuard(StepLocator steps, JobRepository jobRepository) {
		this.steps = steps;
		this.jobRepository = jobRepository;
	}

	@Override
	public Step getStep(String stepName) {
		Step step = this.steps.getStep(stepName);
		return (step != null) ? new Guarded(step) : null;
	}

	private final class Guarded implements Step {

		private final Step step;

		Guarded(Step step) {
			this.step = step;
		}

		@Override
		public String getName() {
			return this.step.getName();
		}

		@Override
		public void execute(StepExecution stepExecution) throws JobInterruptedException {
			BatchStatus status = stepExecution.getStatus();
			String partition = stepExecution.getStepName() + " (step execution " + stepExecution.getId() + ")";
			if (status == BatchStatus.STARTING) {
				logger.info("Running partition {}", partition);
				this.step.execute(stepExecution);
				logger.info("Partition {} {}", partition, stepExecution.getStatus());
			}
			else if (status == BatchStatus.COMPLETED) {
				logger.info("Partition {} was already completed; the repeated request is not run again", partition);
			}
			else if (status == BatchStatus.STARTED) {
				String reason = "partition " + partition + " was started by a worker that stopped before finishing it;"
						+ " run the same command again to restart it";
				logger.warn("Marking {} FAILED: {}", partition, reason);
				stepExecution.setStatus(BatchStatus.FAILED);
				stepExecution.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
				stepExecution.addFailureException(new IllegalStateException(reason));
				stepExecution.setEndTime(LocalDateTime.now());
				CompletedPartitionGuard.this.jobRepository.update(stepExecution);
			}
			else {
				logger.info("Partition {} is {}; the stale request is ignored", partition, status);
			}
		}

	}

}
