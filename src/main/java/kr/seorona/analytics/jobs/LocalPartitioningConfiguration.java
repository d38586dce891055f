package kr.seorona.analytics.jobs;

import kr.seorona.analytics.partitioning.OrderedSplitter;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code ingest} step without a broker (every profile but {@code remote}): the ingest partitions
 * ({@link kr.seorona.analytics.partitioning.IngestPartitioner}) run in this process on a
 * {@code TaskExecutorPartitionHandler}, in the order of their names, one after the other on the
 * step's thread by default, or on {@code seorona.partitioning.local-threads} threads.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!remote")
class LocalPartitioningConfiguration {

	@Bean
	Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IngestItemReader ingestReader, StagingItemWriter stagingWriter) {
		return AnnualReportJobConfiguration.ingestPartitionStep(
				new StepBuilder(AnnualReportJobConfiguration.INGEST_PARTITION_STEP, jobRepository), transactionManager,
				ingestReader, stagingWriter);
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, Step ingestPartitionStep, Partitioner ingestPartitioner,
			@Value("${seorona.partitioning.local-threads:1}") int threads) {
		return new StepBuilder(AnnualReportJobConfiguration.INGEST_STEP, jobRepository)
			.partitioner(ingestPartitionStep)
			.splitter(new OrderedSplitter(jobRepository, AnnualReportJobConfiguration.INGEST_PARTITION_STEP,
					ingestPartitioner))
			.taskExecutor(taskExecutor(threads))
			.aggregator(new IngestPartitionsAggregator(jobRepository))
			.build();
	}

	/**
	 * One partition at a time on the step's thread by default: each partition already keeps two
	 * threads busy (parsing, and Parquet encoding on {@code staging-writer}), as many as this
	 * machine class has cores.
	 */
	private static TaskExecutor taskExecutor(int threads) {
		if (threads <= 1) {
			return new SyncTaskExecutor();
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-partition-");
		executor.setConcurrencyLimit(threads);
		return executor;
	}

}
