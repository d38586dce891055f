package kr.seorona.analytics.partitioning;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Recovery of a run whose manager was killed while workers may still run its partitions. Spring
 * Batch's {@link JobOperator#recover} marks every step execution left running {@code FAILED},
 * which would let the restarted run send a partition again while a live worker still runs it, and
 * redo it when that worker completes it. Here each partition left {@code STARTING} or
 * {@code STARTED} is first waited for, through its {@link PartitionLocks lock}: a live worker holds
 * it until the partition ends (then a {@code COMPLETED} partition stays completed and is not run
 * again), a dead one does not (the partition is marked {@code FAILED} while the lock is held, so
 * that no worker starts it meanwhile from a request still in the queue). Only then is the job
 * execution itself recovered.
 */
@Component
public final class LivePartitions {

	private static final Logger logger = LoggerFactory.getLogger(LivePartitions.class);

	private static final Duration POLL = Duration.ofSeconds(1);

	private static final Duration REPORT_EVERY = Duration.ofMinutes(1);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final DataSource dataSource;

	LivePartitions(JobRepository jobRepository, JobOperator jobOperator, DataSource dataSource) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.dataSource = dataSource;
	}

	/**
	 * Marks a job execution left running by a killed process {@code FAILED}, waiting first for
	 * each of its partitions a live worker still runs.
	 * @param stale a job execution whose status is running and whose manager process is gone
	 * @return the recovered execution, freshly read
	 * @throws InterruptedException when interrupted while waiting for a live worker
	 */
	public JobExecution recover(JobExecution stale) throws InterruptedException {
		JobExecution execution = this.jobRepository.getJobExecution(stale.getId());
		List<StepExecution> pending = new ArrayList<>();
		for (StepExecution step : ((execution != null) ? execution : stale).getStepExecutions()) {
			if (step.getStatus().isRunning() && step.getStepName().contains(":")) {
				pending.add(step);
			}
		}
		if (!pending.isEmpty()) {
			awaitAll(PartitionLocks.of(this.dataSource), stale.getJobInstanceId(), pending);
		}
		JobExecution fresh = this.jobRepository.getJobExecution(stale.getId());
		return this.jobOperator.recover((fresh != null) ? fresh : stale);
	}

	/**
	 * Settles every partition whose lock is free at once (a request of it still waiting in the
	 * queue is then ignored), and then each one a live worker runs as soon as it ends.
	 */
	private void awaitAll(PartitionLocks locks, long jobInstanceId, List<StepExecution> pending)
			throws InterruptedException {
		long started = System.nanoTime();
		long reported = Long.MIN_VALUE;
		while (true) {
			for (Iterator<StepExecution> partitions = pending.iterator(); partitions.hasNext();) {
				StepExecution partition = partitions.next();
				Optional<PartitionLocks.Held> held = locks.tryLock(jobInstanceId, partition.getStepName());
				if (held.isPresent()) {
					try (PartitionLocks.Held lock = held.get()) {
						settle(partition);
					}
					partitions.remove();
				}
			}
			if (pending.isEmpty()) {
				return;
			}
			long now = System.nanoTime();
			if (reported == Long.MIN_VALUE || now - reported >= REPORT_EVERY.toNanos()) {
				for (StepExecution partition : pending) {
					logger.warn("Partition {} (step execution {}) is still being run by a live worker; waiting for it"
							+ " to finish before restarting the run ({} s so far)", partition.getStepName(),
							partition.getId(), Duration.ofNanos(now - started).toSeconds());
				}
				reported = now;
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	/** With the partition's lock held: marks it FAILED unless it ended meanwhile. */
	private void settle(StepExecution partition) {
		StepExecution current = this.jobRepository.getStepExecution(partition.getId());
		if (current == null) {
			return;
		}
		if (!current.getStatus().isRunning()) {
			logger.info("Partition {} ended {} meanwhile; it is kept as it is", partition.getStepName(),
					current.getStatus());
			return;
		}
		current.setStatus(BatchStatus.FAILED);
		current.setExitStatus(ExitStatus.FAILED
			.addExitDescription("its manager stopped and no worker was running it; the restarted run runs it again"));
		current.setEndTime(LocalDateTime.now());
		this.jobRepository.update(current);
	}

}
