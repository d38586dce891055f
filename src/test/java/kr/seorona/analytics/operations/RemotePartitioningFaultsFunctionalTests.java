package kr.seorona.analytics.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static kr.seorona.analytics.operations.RemoteCluster.partitionsRun;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning's faults ({@link RemoteCluster}): partition requests wait in the queue for
 * a worker that starts after the manager; a manager killed while a worker still runs a partition
 * is restarted by the same command without running any partition twice (the live worker's
 * partition is waited for and kept, not sent again, and the request of the old run still in the
 * queue is ignored). Outputs equal a local run's. Skipped, with the reason printed, where no broker
 * or PostgreSQL answers (except in CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningFaultsFunctionalTests {

	@RegisterExtension
	static final RemoteCluster cluster = new RemoteCluster();

	Path baseline;

	@BeforeAll
	void aLocalRun() throws Exception {
		this.baseline = RemoteCluster.baseline();
	}

	@Test
	void aWorkerStartedAfterTheManagerTakesTheRequestsWaitingInTheQueue() throws Exception {
		Path output = cluster.root().resolve("late-worker-output");
		JobProcess manager = cluster.manager("manager-alone", output);
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (cluster.waitingRequests() < 4) {
			assertThat(manager.isAlive()).as(manager.output()).isTrue();
			assertThat(System.nanoTime()).as("the manager sent the four year partitions").isLessThan(deadline);
			Thread.sleep(500);
		}

		JobProcess late = cluster.worker("late-worker", null);
		assertThat(manager.exitCode()).as(manager.output()).isZero();
		assertThat(partitionsRun(late)).containsExactlyElementsOf(RemotePartitioningFunctionalTests.YEARS);
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	@Test
	void aManagerKilledWhileAWorkerRunsAPartitionIsRestartedWithoutRunningAnyPartitionTwice() throws Exception {
		Path resume = cluster.root().resolve("resume-2021");
		JobProcess worker = cluster.worker("worker", "ingest-2021", resume);
		Path output = cluster.root().resolve("killed-manager");
		long executionsBefore = cluster.jobExecutions();

		JobProcess killed = cluster.manager("manager-killed", output);
		worker.awaitPause("ingest-2021");
		killed.kill();

		JobProcess restarted = cluster.manager("manager-restarted", output);
		restarted.awaitLine("is still being run by a live worker; waiting for it to finish");
		assertThat(restarted.output()).contains("Partition ingestYear:2021 (step execution");
		Files.createFile(resume);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();

		assertThat(partitionsRun(worker)).as("every year run once")
			.containsExactlyElementsOf(RemotePartitioningFunctionalTests.YEARS);
		assertThat(worker.output()).contains("is FAILED; the stale request is ignored");
		Map<Long, List<String>> partitions = cluster.partitionsByExecution(executionsBefore);
		assertThat(partitions.values()).containsExactly(
				List.of("ingestYear:2019 COMPLETED", "ingestYear:2020 COMPLETED", "ingestYear:2021 COMPLETED",
						"ingestYear:2022 FAILED"),
				List.of("ingestYear:2022 COMPLETED"));
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

}
