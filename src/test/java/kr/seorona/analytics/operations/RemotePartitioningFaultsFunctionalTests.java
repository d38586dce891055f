package kr.seorona.analytics.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
		while (cluster.waitingRequests() < RemotePartitioningFunctionalTests.PARTITIONS.size()) {
			assertThat(manager.isAlive()).as(manager.output()).isTrue();
			assertThat(System.nanoTime()).as("the manager sent every partition").isLessThan(deadline);
			Thread.sleep(500);
		}

		JobProcess late = cluster.worker("late-worker", null);
		assertThat(manager.exitCode()).as(manager.output()).isZero();
		assertThat(partitionsRun(late)).containsExactlyElementsOf(RemotePartitioningFunctionalTests.PARTITIONS);
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	@Test
	void aManagerKilledWhileAWorkerRunsAPartitionIsRestartedWithoutRunningAnyPartitionTwice() throws Exception {
		Path resume = cluster.root().resolve("resume-2021");
		JobProcess worker = cluster.worker("worker", "ingest-2021-attendance", resume);
		Path output = cluster.root().resolve("killed-manager");
		long executionsBefore = cluster.jobExecutions();

		JobProcess killed = cluster.manager("manager-killed", output);
		worker.awaitPause("ingest-2021-attendance");
		killed.kill();

		JobProcess restarted = cluster.manager("manager-restarted", output);
		restarted.awaitLine("is still being run by a live worker; waiting for it to finish");
		assertThat(restarted.output()).contains("Partition ingestPartition:2021-attendance (step execution");
		Files.createFile(resume);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();

		assertThat(partitionsRun(worker)).as("every partition run once")
			.containsExactlyElementsOf(RemotePartitioningFunctionalTests.PARTITIONS);
		assertThat(worker.output()).contains("is FAILED; the stale request is ignored");
		Map<Long, List<String>> partitions = cluster.partitionsByExecution(executionsBefore);
		List<String> first = new ArrayList<>(RemotePartitioningFunctionalTests.partitions(" COMPLETED", 2019, 2020));
		first.addAll(List.of("ingestPartition:2021-attendance COMPLETED", "ingestPartition:2021-sessions FAILED"));
		first.addAll(RemotePartitioningFunctionalTests.partitions(" FAILED", 2022));
		List<String> second = new ArrayList<>(List.of("ingestPartition:2021-sessions COMPLETED"));
		second.addAll(RemotePartitioningFunctionalTests.partitions(" COMPLETED", 2022));
		assertThat(partitions.values()).containsExactly(first, second);
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

}
