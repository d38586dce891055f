package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.AnnualReportParameters;
import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.InputChecksums;

import java.util.List;

import kr.seorona.analytics.ingest.InputFile;
import kr.seorona.analytics.ingest.InputScanner;
import kr.seorona.analytics.parquet.DatasetCommitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of every run and of every restart: completes or rolls back a publish that an
 * earlier process was killed in, finds the input files of the run's years, and checks that each
 * can be read and has its required columns, before any output is written. Stores the input
 * files' checksums in the job's execution context for the Parquet metadata.
 */
class PrepareTasklet implements Tasklet {

	/** Job execution context key of the input checksums (JSON: relative path to SHA-256). */
	static final String INPUT_CHECKSUMS = "inputChecksums";

	private static final Logger logger = LoggerFactory.getLogger(PrepareTasklet.class);

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		CrashPoint.reached("prepare-start");
		StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
		RunContext run = RunContext.of(stepExecution);
		AnnualReportParameters parameters = run.parameters();
		DatasetCommitter.recover(parameters.datasetsRoot(), (step) -> CrashPoint.reached("prepare-recover-" + step));
		List<InputFile> files = InputScanner.scan(parameters.input(), parameters.years(), parameters.allowEmpty());
		Parsers.create(run).validateHeaders(files, parameters.allowEmpty());
		InputChecksums checksums = InputChecksums.of(parameters);
		stepExecution.getJobExecution().getExecutionContext().putString(INPUT_CHECKSUMS, checksums.json());
		CrashPoint.reached("prepare-end");
		logger.info("Input: {} files for {} under {}", files.size(), parameters.years(), parameters.input());
		return RepeatStatus.FINISHED;
	}

}
