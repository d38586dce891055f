package kr.seorona.analytics.jobs;

import java.util.Map;
import java.util.TreeMap;

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
 * @param writeOptions Parquet options with metadata {@code seorona.job.execution.id},
 * {@code seorona.input.sha256} (all input files), {@code seorona.input.files} ({@code path=sha256}
 * lines) and {@code seorona.software.version}
 * @param jobExecutionId the job execution id
 */
record RunContext(AnnualReportParameters parameters, Definitions definitions, RunLayout layout,
		WriteOptions writeOptions, long jobExecutionId) {

	static RunContext of(StepExecution stepExecution) {
		var jobExecution = stepExecution.getJobExecution();
		AnnualReportParameters parameters = AnnualReportParameters.from(jobExecution.getJobParameters());
		Definitions definitions = Definitions.load(parameters.definitions());
		RunLayout layout = new RunLayout(parameters.output(), jobExecution.getJobInstanceId());
		Map<String, String> metadata = new TreeMap<>();
		metadata.put("seorona.job.execution.id", String.valueOf(jobExecution.getId()));
		metadata.put("seorona.input.sha256",
				jobExecution.getJobParameters().getString(AnnualReportParameters.INPUT_SHA256, ""));
		metadata.put("seorona.input.files",
				jobExecution.getExecutionContext().getString(PrepareTasklet.INPUT_CHECKSUMS, ""));
		metadata.put("seorona.software.version", SoftwareVersion.get());
		return new RunContext(parameters, definitions, layout, WriteOptions.defaults().withMetadata(metadata),
				jobExecution.getId());
	}

}
