package kr.seorona.analytics.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.seorona.analytics.partitioning.LivePartitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** The {@code runs} and {@code recover} commands: past runs from the job repository. */
final class RunHistory {

	private static final Logger logger = LoggerFactory.getLogger(RunHistory.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository jobRepository;

	RunHistory(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/** Lists the newest runs (default 20): execution, status, start, duration, years, rows. */
	int print(List<String> arguments) {
		int limit;
		try {
			limit = arguments.isEmpty() ? 20 : Integer.parseInt(arguments.get(0));
		}
		catch (NumberFormatException ex) {
			logger.error("runs takes an optional number of runs to list, e.g. runs 50");
			return AnnualReportLauncher.EXIT_INVALID_PARAMETERS;
		}
		List<JobExecution> executions = executions(limit);
		logger.info(String.format("%-9s %-9s %-10s %-19s %9s  %-24s %10s  %s", "execution", "instance", "status",
				"started", "seconds", "years", "rows", "output"));
		for (JobExecution execution : executions) {
			var parameters = execution.getJobParameters();
			// a partitioned step counts its partitions' rows; the partitions (step:partition) are not added again
			long rows = execution.getStepExecutions()
				.stream()
				.filter((step) -> !step.getStepName().contains(":"))
				.mapToLong(StepExecution::getWriteCount)
				.sum();
			LocalDateTime start = execution.getStartTime();
			String seconds = (start != null && execution.getEndTime() != null)
					? String.format("%.1f", Duration.between(start, execution.getEndTime()).toMillis() / 1000.0) : "-";
			logger.info(String.format("%-9d %-9d %-10s %-19s %9s  %-24s %10d  %s", execution.getId(),
					execution.getJobInstanceId(), execution.getStatus(), (start != null) ? TIME.format(start) : "-",
					seconds, parameters.getString(AnnualReportParameters.YEARS), rows,
					parameters.getString(AnnualReportParameters.OUTPUT)));
		}
		if (executions.isEmpty()) {
			logger.info("No runs yet.");
		}
		return 0;
	}

	/**
	 * Marks every execution left STARTED or STOPPING by a killed process as FAILED (after its
	 * partitions that live workers still run have finished). An execution whose output folder is
	 * still locked by a live process is left alone.
	 */
	int recover(LivePartitions livePartitions) throws InterruptedException {
		int recovered = 0;
		for (JobExecution execution : this.jobRepository
			.findRunningJobExecutions(AnnualReportParameters.JOB_NAME)) {
			Path output = Path.of(execution.getJobParameters().getString(AnnualReportParameters.OUTPUT));
			Optional<OutputLock> lock = OutputLock.tryAcquire(output);
			if (lock.isEmpty()) {
				logger.info("Job execution {} is still running (its output {} is locked); left alone.",
						execution.getId(), output);
				continue;
			}
			lock.get().close();
			livePartitions.recover(execution);
			logger.info("Marked job execution {} as FAILED; run the same command again to restart it.",
					execution.getId());
			recovered++;
		}
		if (recovered == 0) {
			logger.info("No run is marked as running.");
		}
		return 0;
	}

	private List<JobExecution> executions(int limit) {
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(AnnualReportParameters.JOB_NAME, 0,
				limit)) {
			executions.addAll(this.jobRepository.getJobExecutions(instance));
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return executions.subList(0, Math.min(limit, executions.size()));
	}

}
