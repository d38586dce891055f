package kr.seorona.analytics.partitioning;

import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.context.Lifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

/**
 * The {@code worker} command (profile {@code remote}): starts taking partition requests from the
 * queue and runs them until the process is stopped (Ctrl+C or SIGTERM: the partition in progress
 * is interrupted, its message goes back to the queue, see {@link CompletedPartitionGuard}).
 */
public final class PartitionWorker implements ApplicationListener<ContextClosedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(PartitionWorker.class);

	private final IntegrationFlowContext flows;

	private final Supplier<Lifecycle> inbound;

	private final String queue;

	private final CountDownLatch closed = new CountDownLatch(1);

	PartitionWorker(IntegrationFlowContext flows, Supplier<Lifecycle> inbound, String queue) {
		this.flows = flows;
		this.inbound = inbound;
		this.queue = queue;
	}

	/**
	 * Serves partition requests until the application closes.
	 * @return the exit code, 0
	 */
	public int serve() {
		// the worker step's request handler, registered by Spring Batch Integration without starting it
		this.flows.getRegistry().values().forEach(IntegrationFlowContext.IntegrationFlowRegistration::start);
		this.inbound.get().start();
		logger.info("Worker ready: running ingest partitions from queue {} until stopped (Ctrl+C)", this.queue);
		try {
			this.closed.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return 0;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		this.closed.countDown();
	}

}
