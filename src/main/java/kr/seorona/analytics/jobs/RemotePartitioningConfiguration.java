package kr.seorona.analytics.jobs;

import java.time.Duration;

import javax.sql.DataSource;

import kr.seorona.analytics.partitioning.AmqpPartitioningConfiguration;
import kr.seorona.analytics.partitioning.CompletedPartitionGuard;
import kr.seorona.analytics.partitioning.OrderedSplitter;
import kr.seorona.analytics.partitioning.PartitionLocks;
import kr.seorona.analytics.partitioning.PartitionTimeoutListener;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.messaging.MessageChannel;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code ingest} step with profile {@code remote}: the manager (the {@code run} command) sends
 * each ingest partition as a message ({@link AmqpPartitioningConfiguration}) and polls the shared
 * job repository every {@code seorona.remote.poll-interval} until every partition has finished,
 * at most {@code seorona.remote.partition-timeout}; workers (the {@code worker} command) run
 * {@value AnnualReportJobConfiguration#INGEST_PARTITION_STEP} for each message, through
 * {@link CompletedPartitionGuard}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("remote")
class RemotePartitioningConfiguration {

	@Bean
	Step ingestStep(JobRepository jobRepository, Partitioner ingestPartitioner,
			@Qualifier(AmqpPartitioningConfiguration.PARTITION_REQUESTS) MessageChannel partitionRequests,
			BeanFactory beanFactory, @Value("${seorona.remote.poll-interval:1s}") Duration pollInterval,
			@Value("${seorona.remote.partition-timeout:12h}") Duration timeout) {
		return new RemotePartitioningManagerStepBuilder(AnnualReportJobConfiguration.INGEST_STEP, jobRepository)
			.partitioner(AnnualReportJobConfiguration.INGEST_PARTITION_STEP, ingestPartitioner)
			.splitter(new OrderedSplitter(jobRepository, AnnualReportJobConfiguration.INGEST_PARTITION_STEP,
					ingestPartitioner))
			.outputChannel(partitionRequests)
			.pollInterval(pollInterval.toMillis())
			.timeout(timeout.toMillis())
			.aggregator(new IngestPartitionsAggregator(jobRepository))
			.listener(new PartitionTimeoutListener(jobRepository, timeout))
			.beanFactory(beanFactory)
			.build();
	}

	@Bean
	Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IngestItemReader ingestReader, StagingItemWriter stagingWriter,
			@Qualifier(AmqpPartitioningConfiguration.PARTITION_REQUESTS_RECEIVED) MessageChannel requestsReceived,
			BeanFactory beanFactory, DataSource dataSource) {
		CompletedPartitionGuard steps = new CompletedPartitionGuard(
				(name) -> AnnualReportJobConfiguration.INGEST_PARTITION_STEP.equals(name)
						? beanFactory.getBean("ingestPartitionStep", Step.class) : null,
				jobRepository, PartitionLocks.of(dataSource));
		return AnnualReportJobConfiguration.ingestPartitionStep(
				new RemotePartitioningWorkerStepBuilder(AnnualReportJobConfiguration.INGEST_PARTITION_STEP, jobRepository)
					.inputChannel(requestsReceived)
					.stepLocator(steps)
					.beanFactory(beanFactory),
				transactionManager, ingestReader, stagingWriter);
	}

}
