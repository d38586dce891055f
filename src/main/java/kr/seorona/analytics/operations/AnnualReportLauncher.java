package kr.seorona.analytics.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.ingest.InvalidDefinitionException;
import kr.seorona.analytics.ingest.InputScanner;
import kr.seorona.analytics.ingest.InvalidInputException;
import kr.seorona.analytics.partitioning.LivePartitions;
import kr.seorona.analytics.partitioning.PartitionWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
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
 * {@code recover} marks runs left STARTED by a killed process as FAILED, {@code worker} (profile
 * {@code remote}) runs ingest partitions sent by runs of other processes.
 * <p>
 * Exit codes: 0 completed, 5 failed (e.g. bad input; the message says why), 4 stopped,
 * 6 abandoned, 7 unknown, 1 launcher error, 2 invalid parameters or command, 3 refused because
 * another run is writing the same output or datasets location.
 */
@Component
@ConditionalOnProperty(name = "seorona.launcher.enabled", havingValue = "true", matchIfMissing = true)
public class AnnualReportLauncher implements ApplicationRunner, ExitCodeGenerator {

	public static final int EXIT_INVALID_PARAMETERS = 2;

	public static final int EXIT_ALREADY_RUNNING = 3;

	static final int EXIT_FAILED = 5;

	static final String USAGE = """
			Usage: [command] [name=value ...] [--spring.option=value ...]
			Commands:
			  run [name=value ...]  run the annualReport job (the default command); parameters:
			                        input, output, years (2022 | 2019-2022 | all), locale (ko | en),
			                        minCellSize, maxRejectShare, maxRejectCount, encoding, definitions,
			                        datasets, allowEmpty, audit (defaults in jobs/annualReport.yml)
			  runs [limit]          list past runs: status, start, duration, years, rows written
			  recover               mark runs left STARTED by a killed process as FAILED
			  worker                run ingest partitions sent by runs of other processes, until
			                        stopped (needs --spring.profiles.active=remote)
			  help                  this text
			Exit codes: 0 completed, 5 failed, 4 stopped, 6 abandoned, 7 unknown, 1 launcher error,
			2 invalid parameters or command, 3 refused (another run writes the same output or datasets).""";

	private static final Logger logger = LoggerFactory.getLogger(AnnualReportLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job annualReport;

	private final ObjectProvider<PartitionWorker> worker;

	private final LivePartitions livePartitions;

	private int exitCode;

	AnnualReportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job annualReport,
			ObjectProvider<PartitionWorker> worker, LivePartitions livePartitions) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.annualReport = annualReport;
		this.worker = worker;
		this.livePartitions = livePartitions;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		List<String> arguments = args.getNonOptionArgs();
		if (args.containsOption("help") || arguments.contains("help")) {
			logger.info(USAGE);
			return;
		}
		boolean named = !arguments.isEmpty() && !arguments.get(0).contains("=");
		String command = named ? arguments.get(0) : "run";
		List<String> rest = named ? arguments.subList(1, arguments.size()) : arguments;
		switch (command) {
			case "run" -> runJob(rest, args.getOptionNames());
			case "runs" -> this.exitCode = new RunHistory(this.jobRepository).print(rest);
			case "recover" -> this.exitCode = new RunHistory(this.jobRepository).recover(this.livePartitions);
			case "worker" -> this.exitCode = worker();
			default -> {
				logger.error("Unknown command '{}'.\n{}", command, USAGE);
				this.exitCode = EXIT_INVALID_PARAMETERS;
			}
		}
	}

	private int worker() {
		PartitionWorker worker = this.worker.getIfAvailable();
		if (worker == null) {
			logger.error("The worker command needs the remote profile: worker --spring.profiles.active=remote");
			return EXIT_INVALID_PARAMETERS;
		}
		return worker.serve();
	}

	private void runJob(List<String> arguments, Set<String> springOptions) {
		AnnualReportParameters parameters;
		try {
			parameters = CommandLineParameters.resolve(arguments, springOptions);
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
			this.exitCode = launchWithDatasetsLock(parameters);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			logger.error("Refused: this run is already in progress ({}).", ex.getMessage());
			this.exitCode = EXIT_ALREADY_RUNNING;
		}
		catch (InvalidInputException ex) {
			logger.error("{} FAILED before it started; nothing was published.\n  {}",
					AnnualReportParameters.JOB_NAME, ex.getMessage());
			logger.debug("Input failure", ex);
			this.exitCode = EXIT_FAILED;
		}
		catch (Exception ex) {
			logger.error("Could not launch {}: {}", AnnualReportParameters.JOB_NAME, ex.getMessage());
			logger.debug("Launch failure", ex);
			this.exitCode = 1;
		}
	}

	/** With {@code datasets=} elsewhere, two runs into that location are serialised by its lock. */
	private int launchWithDatasetsLock(AnnualReportParameters parameters) throws Exception {
		if (parameters.datasets() == null || parameters.datasetsRoot().equals(parameters.output().toUri())) {
			return launch(parameters);
		}
		Optional<DatasetsLock> lock = DatasetsLock.tryAcquire(parameters.datasetsRoot());
		if (lock.isEmpty()) {
			logger.error("Refused: another {} run is writing datasets to {} (see {}). Wait for it to finish.",
					AnnualReportParameters.JOB_NAME, parameters.datasetsRoot(),
					DatasetsLock.describe(parameters.datasetsRoot()));
			return EXIT_ALREADY_RUNNING;
		}
		try (DatasetsLock held = lock.get()) {
			return launch(parameters);
		}
	}

	private int launch(AnnualReportParameters parameters) throws Exception {
		// every input name a readable regular file, every year complete: before reading them for the checksum
		InputScanner.scan(parameters.input(), parameters.years(), parameters.allowEmpty());
		String checksum = InputChecksums.of(parameters).combined();
		JobParameters jobParameters = new NextRun(this.jobRepository, this.jobOperator, this.livePartitions).choose(parameters, checksum);
		logger.info("Running {} for {} (input {}, output {})", AnnualReportParameters.JOB_NAME,
				parameters.yearsText(), parameters.input(), parameters.output());
		JobExecution execution = this.jobOperator.start(this.annualReport, jobParameters);
		RunOutcome.report(execution);
		return exitCode(execution.getStatus());
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

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
