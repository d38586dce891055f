package kr.seorona.analytics.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kr.seorona.analytics.parquet.DatasetCommitter;
import kr.seorona.analytics.partitioning.LivePartitions;
import kr.seorona.analytics.ingest.InputScanner;
import kr.seorona.analytics.ingest.InvalidInputException;
import kr.seorona.analytics.partitioning.IngestPartition;
import kr.seorona.analytics.partitioning.IngestPartitioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Chooses the job parameters of a run: a new job instance, or the unfinished instance with the
 * same input to restart, repairing what a killed process left in the job repository. Call it only
 * while holding the output lock (no other run of this output is active).
 */
final class NextRun {

	private static final Logger logger = LoggerFactory.getLogger(NextRun.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final LivePartitions livePartitions;

	NextRun(JobRepository jobRepository, JobOperator jobOperator, LivePartitions livePartitions) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.livePartitions = livePartitions;
	}

	/**
	 * Parameters of a new instance (with a new run id), or of the unfinished instance with the same
	 * input to restart (with its run id, so that it finds what it staged).
	 * <ul>
	 * <li>An instance without any execution was created by a process killed before Spring Batch
	 * saved its first execution (it carries no state): it is deleted and the run starts afresh.</li>
	 * <li>An execution still marked STARTED was left by a killed process: it is marked FAILED with
	 * Spring Batch's recovery API so that it can be restarted, after its partitions that live
	 * workers still run have finished ({@link LivePartitions}).</li>
	 * <li>An unfinished instance whose staged output is no longer complete (killed between a step's
	 * work and its bookkeeping, or its staging folder deleted) is abandoned and a fresh instance is
	 * started instead. An instance whose publish step had begun is always restarted: the publish
	 * completes from what is left staged and what is already published.</li>
	 * </ul>
	 */
	JobParameters choose(AnnualReportParameters parameters, String checksum)
			throws JobExecutionAlreadyRunningException, InterruptedException {
		for (long rerun = 0;; rerun++) {
			JobParameters candidate = parameters.toJobParameters(checksum, rerun);
			JobInstance instance = this.jobRepository.getJobInstance(AnnualReportParameters.JOB_NAME, candidate);
			if (instance == null) {
				return withRunId(candidate, UUID.randomUUID().toString());
			}
			if (this.jobRepository.getJobExecutions(instance).isEmpty()) {
				logger.warn("Job instance {} has no execution: the process that created it was killed before it "
						+ "started. Removing it and starting the run afresh.", instance.getInstanceId());
				this.jobRepository.deleteJobInstance(instance);
				return withRunId(candidate, UUID.randomUUID().toString());
			}
			JobExecution last = this.jobRepository.getLastJobExecution(AnnualReportParameters.JOB_NAME, candidate);
			if (last.getStatus().isRunning()) {
				logger.warn("Job execution {} was left {} by a process that stopped; marking it FAILED to restart it.",
						last.getId(), last.getStatus());
				last = this.livePartitions.recover(last);
			}
			if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
				continue;
			}
			RunLayout layout = RunLayout.of(last);
			List<String> incomplete = incompleteStagedSteps(last, layout);
			if (incomplete.isEmpty()) {
				return withRunId(candidate, layout.runId());
			}
			logger.warn("Job execution {} cannot be restarted: the staged output of its step(s) {} is incomplete. "
					+ "Abandoning it and starting a fresh run.", last.getId(), incomplete);
			this.jobOperator.abandon(last);
			RunLayout.deleteRecursively(layout.staging());
			if (!layout.datasetsInOutput()) {
				DatasetCommitter.discard(layout.datasetsStaging());
			}
		}
	}

	private static JobParameters withRunId(JobParameters parameters, String runId) {
		return new JobParametersBuilder(parameters).addString(RunLayout.RUN_ID, runId, false).toJobParameters();
	}

	/**
	 * Completed staging steps of the instance whose marker is missing from its staging folder, and
	 * completed ingest partitions whose staged datasets are missing; none once the publish step has
	 * begun (it consumes the staged output and deletes the folder).
	 */
	private List<String> incompleteStagedSteps(JobExecution last, RunLayout layout) {
		List<String> incomplete = new ArrayList<>();
		if (this.jobRepository.getLastStepExecution(last.getJobInstance(), StepMarkers.PUBLISH) != null) {
			return incomplete;
		}
		for (String step : StepMarkers.STAGING_STEPS) {
			StepExecution stepExecution = this.jobRepository.getLastStepExecution(last.getJobInstance(), step);
			if (stepExecution != null && stepExecution.getStatus() == BatchStatus.COMPLETED
					&& !StepMarkers.isDone(layout, step)) {
				incomplete.add(step);
			}
		}
		for (IngestPartition partition : ingestPartitions(AnnualReportParameters.from(last.getJobParameters()))) {
			String name = partition.stepExecutionName();
			StepExecution stepExecution = this.jobRepository.getLastStepExecution(last.getJobInstance(), name);
			if (stepExecution != null && stepExecution.getStatus() == BatchStatus.COMPLETED
					&& !layout.ingestPartitionStaged(partition.name(), partition.year(), partition.parts())) {
				incomplete.add(name);
			}
		}
		return incomplete;
	}

	/** The ingest partitions of the run's input; none when it cannot be read (the run then fails in prepare). */
	private static List<IngestPartition> ingestPartitions(AnnualReportParameters parameters) {
		try {
			return IngestPartitioner.partitions(parameters.years(),
					InputScanner.scan(parameters.input(), parameters.years()));
		}
		catch (InvalidInputException ex) {
			return List.of();
		}
	}

}
