package kr.seorona.analytics.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static kr.seorona.analytics.operations.RemoteCluster.partitionsRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Remote partitioning for real ({@link RemoteCluster}): a manager and two worker processes against
 * the machine's RabbitMQ and a PostgreSQL job repository. The outputs equal a local run's (every
 * dataset by DuckDB {@code EXCEPT ALL} both ways, the reports byte for byte), also after the
 * broker restarted under the running workers; a worker killed in the middle of a partition fails
 * the run cleanly, and the same command re-runs that partition alone. Skipped, with the reason
 * printed, where no broker or PostgreSQL answers (except in CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningFunctionalTests {

	/** The ingest partitions of the sample input, in the order they are sent. */
	static final List<String> PARTITIONS = partitions("", 2019, 2020, 2021, 2022);

	/**
	 * The step execution names of the sample input's ingest partitions of some years, in name order,
	 * each followed by {@code suffix}, e.g. {@code ingestPartition:2021-attendance COMPLETED}.
	 */
	static List<String> partitions(String suffix, int... years) {
		List<String> names = new java.util.ArrayList<>();
		for (int year : years) {
			for (String kind : List.of("attendance", "sessions")) {
				names.add("ingestPartition:" + year + "-" + kind + suffix);
			}
		}
		return names;
	}

	@RegisterExtension
	static final RemoteCluster cluster = new RemoteCluster();

	Path baseline;

	@BeforeAll
	void aLocalRun() throws Exception {
		this.baseline = RemoteCluster.baseline();
	}

	@Test
	void twoWorkersProduceTheOutputOfALocalRunBeforeAndAfterABrokerRestart() throws Exception {
		JobProcess first = cluster.worker("worker-1", null);
		JobProcess second = cluster.worker("worker-2", null);
		Path output = cluster.root().resolve("remote");

		JobProcess manager = cluster.manager("manager", output);
		assertThat(manager.exitCode()).as(manager.output()).isZero();

		List<String> byFirst = partitionsRun(first);
		List<String> bySecond = partitionsRun(second);
		assertThat(byFirst).as("each worker ran partitions").isNotEmpty();
		assertThat(bySecond).as("each worker ran partitions").isNotEmpty();
		List<String> all = new ArrayList<>(byFirst);
		all.addAll(bySecond);
		assertThat(all).as("every partition once").containsExactlyInAnyOrderElementsOf(PARTITIONS);
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();

		restartBroker();
		Path afterRestart = cluster.root().resolve("remote-after-broker-restart");
		JobProcess next = cluster.manager("manager-after-broker-restart", afterRestart);
		assertThat(next.exitCode()).as(next.output()).isZero();
		List<String> again = new ArrayList<>(partitionsRun(first));
		again.addAll(partitionsRun(second));
		PARTITIONS.forEach(again::remove);
		assertThat(again).as("the same workers, reconnected, ran every partition once more")
			.containsExactlyInAnyOrderElementsOf(PARTITIONS);
		assertThat(OutputComparison.differences(this.baseline, afterRestart)).isEmpty();
	}

	@Test
	void aWorkerKilledInAPartitionFailsTheRunAndTheSameCommandReRunsThatPartitionAlone() throws Exception {
		JobProcess doomed = cluster.worker("doomed", "ingest");
		cluster.worker("survivor", null);
		Path output = cluster.root().resolve("remote-killed");
		long executionsBefore = cluster.jobExecutions();

		JobProcess manager = cluster.manager("manager-killed", output);
		doomed.awaitPause("ingest");
		String killedPartition = partitionsRun(doomed).get(0);
		doomed.kill();
		assertThat(manager.exitCode()).as(manager.output()).isEqualTo(5);
		assertThat(manager.output()).contains("was started by a worker that stopped before finishing it")
			.contains("nothing was published");

		JobProcess restarted = cluster.manager("manager-restarted", output);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		Map<Long, List<String>> partitions = cluster.partitionsByExecution(executionsBefore);
		assertThat(partitions.values()).hasSize(2);
		List<List<String>> attempts = new ArrayList<>(partitions.values());
		assertThat(attempts.get(0)).contains(killedPartition + " FAILED").hasSize(PARTITIONS.size());
		assertThat(attempts.get(0)).filteredOn((p) -> !p.startsWith(killedPartition)).allMatch((p) -> p.endsWith("COMPLETED"));
		assertThat(attempts.get(1)).containsExactly(killedPartition + " COMPLETED");
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	/** {@code rabbitmqctl stop_app}, then {@code start_app} (also when stopping failed half-way). */
	private static void restartBroker() throws Exception {
		try {
			rabbitmqctl("stop_app");
		}
		finally {
			rabbitmqctl("start_app");
		}
	}

	private static void rabbitmqctl(String command) throws Exception {
		Process process;
		try {
			process = new ProcessBuilder("rabbitmqctl", command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			// a broker elsewhere (a container): the restart half cannot be done from here
			assumeFalse("true".equals(System.getenv("SEORONA_REQUIRE_RABBITMQ")), "rabbitmqctl is required in CI");
			System.out.println("Broker restart skipped: no rabbitmqctl (" + ex.getMessage() + ")");
			abort("no rabbitmqctl to restart the broker with (" + ex.getMessage() + ")");
			return;
		}
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("rabbitmqctl " + command).isTrue();
		assertThat(process.exitValue()).as("rabbitmqctl " + command + ": " + output).isZero();
	}

}
