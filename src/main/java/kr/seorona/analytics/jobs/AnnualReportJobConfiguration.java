package kr.seorona.analytics.jobs;

import java.util.Set;
import java.util.TreeSet;

import kr.seorona.analytics.ingest.RecordParsers;
import kr.seorona.analytics.operations.AnnualReportParameters;

import kr.seorona.analytics.ingest.InputScanner;
import kr.seorona.analytics.partitioning.EarlierSessions;
import kr.seorona.analytics.partitioning.IngestPartition;
import kr.seorona.analytics.partitioning.IngestPartitioner;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code annualReport} job: prepare (recover an interrupted publish, find and check the input
 * files) -> ingest (partitioned by school year and input file, see {@link IngestPartitioner}; each
 * partition chunk-oriented: parse, validate,
 * pseudonymise, stage records and rejects) -> quality gate (reject limit) -> statistics -> charts
 * -> documents (draft results reports, HWPX and DOCX) -> publish (atomic move into the output
 * folder, dashboard, manifest). Steps stage their output per job instance, so a failed run
 * restarts at the failed step and never leaves half-written output behind.
 */
@Configuration(proxyBeanMethods = false)
class AnnualReportJobConfiguration {

	static final String JOB_NAME = AnnualReportParameters.JOB_NAME;

	/** The manager step of the ingest: splits the run into partitions and aggregates them. */
	static final String INGEST_STEP = "ingest";

	/** The step that ingests one partition: the partitions of {@value #INGEST_STEP} run it. */
	static final String INGEST_PARTITION_STEP = IngestPartitioner.WORKER_STEP;

	/**
	 * Rows per ingest chunk (one transaction of the job repository, whose step execution and
	 * execution context are updated at each commit): 20,000 rows keep that to ~650 commits at 10M
	 * rows, and at most two chunks wait for the staging writer (a few MB of parsed rows).
	 */
	static final int CHUNK_SIZE = 20_000;

	@Bean
	Job annualReport(JobRepository jobRepository, Step prepareStep, Step ingestStep, Step qualityGateStep,
			Step statisticsStep, Step chartsStep, Step documentsStep, Step publishStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new LibraryWarmUp())
			.start(prepareStep)
			.next(ingestStep)
			.next(qualityGateStep)
			.next(statisticsStep)
			.next(chartsStep)
			.next(documentsStep)
			.next(publishStep)
			.build();
	}

	@Bean
	Step prepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("prepare", jobRepository).tasklet(new PrepareTasklet(), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * The ingest of one {@link IngestPartition} ({@value #INGEST_PARTITION_STEP}), a partition of the
	 * {@code ingest} step, built by {@code builder}: a plain step builder for partitions run in this
	 * process ({@link LocalPartitioningConfiguration}), Spring Batch Integration's worker step
	 * builder for partitions run on workers ({@link RemotePartitioningConfiguration}).
	 */
	static Step ingestPartitionStep(StepBuilder builder, PlatformTransactionManager transactionManager,
			IngestItemReader ingestReader, StagingItemWriter stagingWriter) {
		return builder.<RowBatch, RowBatch>chunk(CHUNK_SIZE / IngestItemReader.BATCH_ROWS)
			.transactionManager(transactionManager)
			.reader(ingestReader)
			.writer(stagingWriter)
			.listener(new ProgressListener(ingestReader::progress))
			.build();
	}

	/** The partitions of the ingest step: by school year and input file (see {@link IngestPartitioner}). */
	@Bean
	@StepScope
	Partitioner ingestPartitioner(@Value("#{stepExecution}") StepExecution stepExecution) {
		RunContext run = RunContext.of(stepExecution);
		AnnualReportParameters parameters = run.parameters();
		RecordParsers parsers = Parsers.create(run);
		return new IngestPartitioner(parameters.years(),
				() -> InputScanner.scan(parameters.input(), parameters.years()),
				(files) -> EarlierSessions.find(parsers, files));
	}

	@Bean
	@StepScope
	IngestItemReader ingestReader(@Value("#{stepExecution}") StepExecution stepExecution) {
		RunContext run = RunContext.of(stepExecution);
		ExecutionContext context = stepExecution.getExecutionContext();
		IngestPartition partition = partition(context);
		return new IngestItemReader(Parsers.create(run),
				InputScanner.scan(run.parameters().input(), new TreeSet<>(Set.of(partition.year())),
						run.parameters().allowEmpty()),
				partition, EarlierSessions.fromJson(context.getString(IngestPartitioner.EARLIER_SESSIONS, "")));
	}

	@Bean
	@StepScope
	StagingItemWriter stagingWriter(@Value("#{stepExecution}") StepExecution stepExecution) {
		RunContext run = RunContext.of(stepExecution);
		return new StagingItemWriter(run.layout(), run.definitions().survey(),
				partition(stepExecution.getExecutionContext()), run.writeOptions());
	}

	private static IngestPartition partition(ExecutionContext context) {
		return IngestPartition.fromJson(context.getString(IngestPartitioner.PARTITION));
	}

	@Bean
	Step qualityGateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("qualityGate", jobRepository).tasklet(new QualityGateTasklet(), transactionManager)
			.build();
	}

	@Bean
	Step statisticsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("statistics", jobRepository).tasklet(new StatisticsTasklet(), transactionManager)
			.build();
	}

	@Bean
	Step chartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("charts", jobRepository).tasklet(new ChartsTasklet(), transactionManager).build();
	}

	@Bean
	Step documentsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("documents", jobRepository).tasklet(new DocumentsTasklet(), transactionManager)
			.build();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("publish", jobRepository).tasklet(new PublishTasklet(), transactionManager).build();
	}

}
