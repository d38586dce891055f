package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.AnnualReportParameters;
import kr.seorona.analytics.operations.RunLayout;

import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.parquet.WriteOptions;

import org.springframework.batch.core.step.StepExecution;

/**
 * What every step of a run needs, derived from its step execution: the resolved parameters, the
 * definitions from {@code jobs/}, the run's folders and the Parquet write options (with the
 * run's provenance as file metadata).
 *
 * @param parameters the job parameters
 * @param definitions groups and survey definitions
 * @param layout staging and output folders
 * @param writeOptions Parquet options with the run's provenance as footer metadata (job execution
 * id, input files' SHA-256, software version)
 * @param jobExecutionId the job execution id
 */
record RunContext(AnnualReportParameters parameters, Definitions definitions, RunLayout layout,
		WriteOptions writeOptions, long jobExecutionId) {

	static RunContext of(StepExecution stepExecution) {
		var jobExecution = stepExecution.getJobExecution();
		AnnualReportParameters parameters = AnnualReportParameters.from(jobExecution.getJobParameters());
		Definitions definitions = Definitions.load(parameters.definitions());
		RunLayout layout = RunLayout.of(jobExecution);
		WriteOptions writeOptions = WriteOptions.of(jobExecution.getId(), SoftwareVersion.get(),
				jobExecution.getExecutionContext().getString(PrepareTasklet.INPUT_CHECKSUMS, "{}"));
		return new RunContext(parameters, definitions, layout, writeOptions,
				jobExecution.getId());
	}

}
