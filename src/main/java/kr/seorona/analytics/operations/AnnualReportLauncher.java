package kr.seorona.analytics.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.ingest.InvalidDefinitionException;
import kr.seorona.analytics.ingest.InvalidInputException;
import kr.seorona.analytics.parquet.DatasetCommitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the {@code annualReport} job from the command line. Arguments are job parameters as
 * {@code name=value} (see {@link AnnualReportParameters}); defaults come from
 * {@code jobs/annualReport.yml}. A failed run with the same input is restarted where it stopped; a
 * completed run with the same input and years is run again as a new job instance (the
 * {@code rerun} parameter counts them); corrected input is a new instance by its checksum.
 * <p>
 * Commands: {@code run [name=value ...]} (the default), {@code runs [limit]} lists past runs,
 * {@code recover} marks runs left STARTED by a killed process as FAILED.
 * <p>
 * Exit codes: 0 completed, 5 failed (e.g. bad input; the message says why), 4 stopped,
 * 6 abandoned, 7 unknown, 1 launcher error, 2 invalid parameters or command, 3 refused because
 * another run is writing the same output.
 */
@Component
@ConditionalOnProperty(name = "seorona.launcher.enabled", havingValue = "true", matchIfMissing = true)
public class AnnualReportLauncher implements ApplicationRunner, ExitCodeGenerator {

	public static final int EXIT_INVALID_PARAMETERS = 2;

	public static final int EXIT_ALREADY_RUNNING = 3;

	static final String USAGE = """
			Usage: [command] [name=value ...] [--spring.option=value ...]
			Commands:
			  run [name=value ...]  run the annualReport job (the default command); parameters:
			                        input, output, years (2022 | 2019-2022 | all), locale (ko | en),
			                        minCellSize, maxRejectShare, maxRejectCount, encoding, definitions,
			                        datasets (defaults in jobs/annualReport.yml)
			  runs [limit]          list past runs: status, start, duration, years, rows written
			  recover               mark runs left STARTED by a killed process as FAILED
			  help                  this text
			Exit codes: 0 completed, 5 failed, 4 stopped, 6 abandoned, 7 unknown, 1 launcher error,
			2 invalid parameters or command, 3 refused (another run writes the same output).""";

	private static final Logger logger = LoggerFactory.getLogger(AnnualReportLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job annualReport;

	private int exitCode;

	AnnualReportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job annualReport) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.annualReport = annualReport;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> arguments = args.getNonOptionArgs();
		if (args.containsOption("help") || arguments.contains("help")) {
			logger.info(USAGE);
			return;
		}
		boolean named = !arguments.isEmpty() && !arguments.get(0).contains("=");
		String command = named ? arguments.get(0) : "run";
		List<String> rest = named ? arguments.subList(1, arguments.size()) : arguments;
		switch (command) {
			case "run" -> runJob(rest);
			case "runs" -> this.exitCode = new RunHistory(this.jobRepository).print(rest);
			case "recover" -> this.exitCode = new RunHistory(this.jobRepository).recover(this.jobOperator);
			default -> {
				logger.error("Unknown command '{}'.\n{}", command, USAGE);
				this.exitCode = EXIT_INVALID_PARAMETERS;
			}
		}
	}

	private void runJob(List<String> arguments) {
		AnnualReportParameters parameters;
		try {
			Map<String, String> overrides = parseArguments(arguments);
			Path definitions = Path.of(overrides.getOrDefault(AnnualReportParameters.DEFINITIONS, "jobs"));
			parameters = AnnualReportParameters.resolve(defaults(definitions), overrides);
		}
		catch (InvalidParameterException | InvalidDefinitionException ex) {
			logger.error("Invalid parameters: {}", ex.getMessage());
			this.exitCode = EXIT_INVALID_PARAMETERS;
			return;
		}
		Optional<OutputLock> lock = OutputLock.tryAcquire(parameters.output());
		if (lock.isEmpty()) {
			logger.error("Refused: another {} run is writing to {} (see {}). Wait for it to finish.",
					AnnualReportParameters.JOB_NAME, parameters.output(),
					parameters.output().resolve(OutputLock.FILE_NAME));
			this.exitCode = EXIT_ALREADY_RUNNING;
			return;
		}
		try (OutputLock held = lock.get()) {
			this.exitCode = launch(parameters);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			logger.error("Refused: this run is already in progress ({}).", ex.getMessage());
			this.exitCode = EXIT_ALREADY_RUNNING;
		}
		catch (Exception ex) {
			logger.error("Could not launch {}: {}", AnnualReportParameters.JOB_NAME, ex.getMessage());
			logger.debug("Launch failure", ex);
			this.exitCode = 1;
		}
	}

	private int launch(AnnualReportParameters parameters) throws Exception {
		String checksum = InputChecksums.of(parameters).combined();
		JobParameters jobParameters = nextParameters(parameters, checksum);
		logger.info("Running {} for {} (input {}, output {})", AnnualReportParameters.JOB_NAME,
				parameters.yearsText(), parameters.input(), parameters.output());
		JobExecution execution = this.jobOperator.start(this.annualReport, jobParameters);
		report(execution, parameters);
		return exitCode(execution.getStatus());
	}

	/**
	 * Parameters of a new instance, or of the unfinished instance with the same input to restart.
	 * An execution of it still marked STARTED was left by a killed process (this process holds the
	 * output lock, so no other run is active): it is marked FAILED with Spring Batch's recovery API so
	 * that it can be restarted. An unfinished instance whose staged output is no longer complete
	 * (killed between a step's work and its bookkeeping, or its staging folder deleted) is abandoned
	 * and a fresh instance is started instead.
	 */
	private JobParameters nextParameters(AnnualReportParameters parameters, String checksum)
			throws JobExecutionAlreadyRunningException {
		for (long rerun = 0;; rerun++) {
			JobParameters candidate = parameters.toJobParameters(checksum, rerun);
			JobExecution last = this.jobRepository.getLastJobExecution(AnnualReportParameters.JOB_NAME,
					candidate);
			if (last == null) {
				return candidate;
			}
			if (last.getStatus().isRunning()) {
				logger.warn("Job execution {} was left {} by a process that stopped; marking it FAILED to restart it.",
						last.getId(), last.getStatus());
				last = this.jobOperator.recover(last);
			}
			if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
				continue;
			}
			List<String> incomplete = incompleteStagedSteps(last, parameters);
			if (incomplete.isEmpty()) {
				return candidate;
			}
			logger.warn("Job execution {} cannot be restarted: the staged output of its step(s) {} is incomplete. "
					+ "Abandoning it and starting a fresh run.", last.getId(), incomplete);
			this.jobOperator.abandon(last);
			RunLayout abandoned = new RunLayout(parameters, last.getJobInstanceId());
			RunLayout.deleteRecursively(abandoned.staging());
			if (!abandoned.datasetsInOutput()) {
				DatasetCommitter.discard(abandoned.datasetsStaging());
			}
		}
	}

	/** Completed staging steps of the instance whose marker is missing from its staging folder. */
	private List<String> incompleteStagedSteps(JobExecution last, AnnualReportParameters parameters) {
		RunLayout layout = new RunLayout(parameters, last.getJobInstanceId());
		List<String> incomplete = new java.util.ArrayList<>();
		for (String step : StepMarkers.STAGING_STEPS) {
			StepExecution stepExecution = this.jobRepository.getLastStepExecution(last.getJobInstance(), step);
			if (stepExecution != null && stepExecution.getStatus() == BatchStatus.COMPLETED
					&& !StepMarkers.isDone(layout, step)) {
				incomplete.add(step);
			}
		}
		return incomplete;
	}

	private void report(JobExecution execution, AnnualReportParameters parameters) {
		Duration took = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
		RunLayout layout = new RunLayout(parameters, execution.getJobInstanceId());
		Path summaryFile = (execution.getStatus() == BatchStatus.COMPLETED)
				? layout.reports().resolve(IngestSummaries.FILE_NAME)
				: layout.staging().resolve("reports").resolve(IngestSummaries.FILE_NAME);
		List<FileSummary> files = IngestSummaries.read(summaryFile)
			.stream()
			.filter((file) -> parameters.years().contains(file.year()))
			.toList();
		for (FileSummary file : files) {
			logger.info("  {}: {} rows read, {} accepted, {} rejected {}", file.file(), file.rowsRead(),
					file.accepted(), file.rejected(), file.rejectedByReason().isEmpty() ? "" : file.rejectedByReason());
		}
		long rejected = files.stream().mapToLong(FileSummary::rejected).sum();
		if (execution.getStatus() == BatchStatus.COMPLETED && rejected > 0) {
			logger.warn("{} input rows were left out as rejected; each is listed with file, line, column and reason in {}",
					rejected, layout.reports().resolve("rejects.csv"));
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			logger.info("{} COMPLETED in {} s (job execution {}). Open {}", AnnualReportParameters.JOB_NAME,
					took.toMillis() / 1000.0, execution.getId(), parameters.output().resolve("index.html"));
			return;
		}
		logger.error("{} {} (job execution {}); nothing was published.", AnnualReportParameters.JOB_NAME,
				execution.getStatus(), execution.getId());
		for (Throwable failure : execution.getAllFailureExceptions()) {
			logger.error("  {}", describe(failure));
			logger.debug("Failure", failure);
		}
		logger.error("Fix the cause and run the same command again: the run restarts where it stopped. Details: "
				+ ".seorona/logs/seorona.log");
	}

	static String describe(Throwable failure) {
		Throwable cause = failure;
		while (!(cause instanceof InvalidInputException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof InvalidInputException) {
			return cause.getMessage();
		}
		return failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}

	static int exitCode(BatchStatus status) {
		return switch (status) {
			case COMPLETED -> 0;
			case STOPPING, STOPPED -> 4;
			case FAILED -> 5;
			case ABANDONED -> 6;
			default -> 7;
		};
	}

	static Map<String, String> parseArguments(List<String> arguments) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (equals <= 0) {
				throw new InvalidParameterException("arguments must be job parameters name=value (e.g. years=2022), but got '"
						+ argument + "'");
			}
			values.put(argument.substring(0, equals).trim(), argument.substring(equals + 1).trim());
		}
		return values;
	}

	private static Map<String, String> defaults(Path definitions) {
		Map<String, String> defaults = new LinkedHashMap<>();
		Definitions.readYaml(definitions.resolve("annualReport.yml"))
			.forEach((key, value) -> defaults.put(key, String.valueOf(value)));
		return defaults;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
