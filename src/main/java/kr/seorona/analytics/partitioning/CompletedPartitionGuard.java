package kr.seorona.analytics.partitioning;

import java.time.LocalDateTime;
import java.util.Objects;

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
 * job repository, read while holding the partition's {@link PartitionLocks lock}, so that a
 * message delivered twice, or a partition sent again by a restarted manager, never runs a
 * partition twice nor twice at the same time:
 * <ul>
 * <li>{@code STARTING} (new): waits for the lock, which a worker still running an earlier
 * attempt of the same partition holds (its manager was killed and the run restarted, or it timed
 * out), then runs the partition, unless meanwhile its step execution changed (a restarted manager
 * marked it {@code FAILED} to send it again: the newer request runs it).</li>
 * <li>{@code COMPLETED}: a redelivery of a partition already done (say its worker stopped after
 * the work, before acknowledging the message): not redone.</li>
 * <li>{@code STARTED}, lock held elsewhere: a live worker runs it, and the broker redelivered its
 * message (that worker's connection broke): not run twice.</li>
 * <li>{@code STARTED}, lock free: a redelivery of a partition whose worker died in the middle (the
 * broker hands an unacknowledged message to another worker): marked {@code FAILED}, not run here;
 * the manager's step then fails, and the same command restarts that partition alone, from a clean
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

	private final PartitionLocks locks;

	public CompletedPartitionGuard(StepLocator steps, JobRepository jobRepository, PartitionLocks locks) {
		this.steps = steps;
		this.jobRepository = jobRepository;
		this.locks = locks;
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
			String partition = stepExecution.getStepName() + " (step execution " + stepExecution.getId() + ")";
			long instance = stepExecution.getJobExecution().getJobInstanceId();
			BatchStatus status = stepExecution.getStatus();
			if (status == BatchStatus.STARTING) {
				try (PartitionLocks.Held held = CompletedPartitionGuard.this.locks.lock(instance,
						stepExecution.getStepName())) {
					StepExecution current = CompletedPartitionGuard.this.jobRepository
						.getStepExecution(stepExecution.getId());
					if (current == null || current.getStatus() != BatchStatus.STARTING
							|| !Objects.equals(current.getVersion(), stepExecution.getVersion())) {
						logger.info("Partition {} became {} before it could start; the request is not run", partition,
								(current != null) ? current.getStatus() : "unknown");
						return;
					}
					logger.info("Running partition {}", partition);
					this.step.execute(stepExecution);
					logger.info("Partition {} {}", partition, stepExecution.getStatus());
				}
			}
			else if (status == BatchStatus.COMPLETED) {
				logger.info("Partition {} was already completed; the repeated request is not run again", partition);
			}
			else if (status == BatchStatus.STARTED) {
				startedElsewhere(stepExecution, instance, partition);
			}
			else {
				logger.info("Partition {} is {}; the stale request is ignored", partition, status);
			}
		}

		private void startedElsewhere(StepExecution stepExecution, long instance, String partition) {
			var held = CompletedPartitionGuard.this.locks.tryLock(instance, stepExecution.getStepName());
			if (held.isEmpty()) {
				logger.info("Partition {} is being run by a live worker; the repeated request is not run twice",
						partition);
				return;
			}
			try (PartitionLocks.Held lock = held.get()) {
				StepExecution current = CompletedPartitionGuard.this.jobRepository.getStepExecution(stepExecution.getId());
				if (current == null || current.getStatus() != BatchStatus.STARTED) {
					logger.info("Partition {} is {}; the repeated request is ignored", partition,
							(current != null) ? current.getStatus() : "unknown");
					return;
				}
				String reason = "partition " + partition + " was started by a worker that stopped before finishing it;"
						+ " run the same command again to restart it";
				logger.warn("Marking {} FAILED: {}", partition, reason);
				current.setStatus(BatchStatus.FAILED);
				current.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
				current.addFailureException(new IllegalStateException(reason));
				current.setEndTime(LocalDateTime.now());
				CompletedPartitionGuard.this.jobRepository.update(current);
			}
		}

	}

}
