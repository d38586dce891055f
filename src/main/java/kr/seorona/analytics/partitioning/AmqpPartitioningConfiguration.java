package kr.seorona.analytics.partitioning;

import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * Profile {@code remote}: the partition requests travel over RabbitMQ (Spring Integration AMQP),
 * on one durable queue ({@code seorona.remote.queue}, default {@value #DEFAULT_QUEUE}; broker from
 * Spring Boot's {@code spring.rabbitmq.*}), as persistent text messages
 * ({@link PartitionRequests}). The manager's requests leave through {@link #PARTITION_REQUESTS};
 * a worker's listener ({@link #INBOUND}) takes one message at a time (prefetch 1, so that the
 * partitions spread over the workers), hands it to {@link #PARTITION_REQUESTS_RECEIVED} and
 * acknowledges it when the partition is done, so that the broker gives the message of a worker
 * that died to another worker ({@link CompletedPartitionGuard} decides what happens then). The
 * listener starts only in the {@code worker} command ({@link PartitionWorker}): a manager never
 * takes partitions itself. A message that cannot be handled is dropped, not redelivered in a loop.
 */
@Configuration(proxyBeanMethods = false)
@Profile("remote")
@EnableIntegration
public class AmqpPartitioningConfiguration {

	/** Default queue of the partition requests. */
	public static final String DEFAULT_QUEUE = "seorona.ingest.partitions";

	/** Channel of the manager's outgoing requests. */
	public static final String PARTITION_REQUESTS = "partitionRequests";

	/** Channel of a worker's received requests. */
	public static final String PARTITION_REQUESTS_RECEIVED = "partitionRequestsReceived";

	/** Id of a worker's listener endpoint. */
	static final String INBOUND = "partitionRequestsInbound";

	@Bean
	Queue partitionRequestsQueue(@Value("${seorona.remote.queue:" + DEFAULT_QUEUE + "}") String queue) {
		return new Queue(queue, true);
	}

	@Bean(PARTITION_REQUESTS)
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsOutbound(AmqpTemplate amqpTemplate, Queue partitionRequestsQueue) {
		return IntegrationFlow.from(PARTITION_REQUESTS)
			.transform(StepExecutionRequest.class, PartitionRequests::toText)
			.handle(Amqp.outboundAdapter(amqpTemplate).routingKey(partitionRequestsQueue.getName()))
			.get();
	}

	@Bean(PARTITION_REQUESTS_RECEIVED)
	DirectChannel partitionRequestsReceived() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsInboundFlow(ConnectionFactory connectionFactory, Queue partitionRequestsQueue) {
		return IntegrationFlow
			.from(Amqp.inboundAdapter(connectionFactory, partitionRequestsQueue)
				.configureContainer((container) -> container.prefetchCount(1)
					.concurrentConsumers(1)
					.defaultRequeueRejected(false))
				.autoStartup(false)
				.id(INBOUND))
			.transform(String.class, PartitionRequests::fromText)
			.channel(PARTITION_REQUESTS_RECEIVED)
			.get();
	}

	@Bean
	PartitionWorker partitionWorker(IntegrationFlowContext flows, org.springframework.context.ApplicationContext context,
			Queue partitionRequestsQueue) {
		return new PartitionWorker(flows, () -> context.getBean(INBOUND, org.springframework.context.Lifecycle.class),
				partitionRequestsQueue.getName());
	}

}
