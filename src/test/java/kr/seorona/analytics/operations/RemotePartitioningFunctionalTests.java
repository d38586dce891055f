package kr.seorona.analytics.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning for real: a manager and two worker processes (child JVMs, profile
 * {@code remote}) against the machine's RabbitMQ (127.0.0.1:5672, guest/guest) and a job
 * repository in a PostgreSQL database created for this test, with a queue of its own. The outputs
 * equal a local run's (every dataset by DuckDB {@code EXCEPT ALL} both ways, the reports byte for
 * byte); a worker killed in the middle of a partition fails the run cleanly, and the same command
 * re-runs that partition alone. Skipped, with the reason printed, where no broker or PostgreSQL
 * answers, except in CI ({@code SEORONA_REQUIRE_RABBITMQ}, {@code SEORONA_REQUIRE_POSTGRES}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningFunctionalTests {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final Pattern RAN = Pattern.compile("Running partition (ingestYear:\\d{4})");

	@TempDir
	static Path root;

	final String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	final String queue = "seorona.test." + this.id;

	final List<JobProcess> workers = new ArrayList<>();

	String database;

	Path baseline;

	@BeforeAll
	void brokerDatabaseAndALocalRun() throws Exception {
		requireRabbitMq();
		this.database = createDatabase("seorona_remote_" + this.id);
		this.baseline = root.resolve("local");
		JobProcess local = JobProcess.start(root.resolve("local-repository"), null, "output=" + this.baseline);
		assertThat(local.exitCode()).as(local.output()).isZero();
	}

	@AfterEach
	void stopWorkers() throws InterruptedException {
		for (JobProcess worker : this.workers) {
			worker.kill();
		}
		this.workers.clear();
	}

	@AfterAll
	void dropDatabaseAndQueue() {
		if (this.database != null) {
			try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				System.out.println("could not drop " + this.database + ": " + ex.getMessage());
			}
		}
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			new RabbitAdmin(connections).deleteQueue(this.queue);
		}
		catch (RuntimeException ex) {
			// no broker
		}
		finally {
			connections.destroy();
		}
	}

	@Test
	void twoWorkersProduceTheOutputOfALocalRun() throws Exception {
		JobProcess first = worker("worker-1", null);
		JobProcess second = worker("worker-2", null);
		Path output = root.resolve("remote");

		JobProcess manager = manager("manager", output);
		assertThat(manager.exitCode()).as(manager.output()).isZero();

		List<String> byFirst = partitionsRun(first);
		List<String> bySecond = partitionsRun(second);
		assertThat(byFirst).as("each worker ran partitions").isNotEmpty();
		assertThat(bySecond).as("each worker ran partitions").isNotEmpty();
		List<String> all = new ArrayList<>(byFirst);
		all.addAll(bySecond);
		assertThat(all).as("every year once").containsExactlyInAnyOrder("ingestYear:2019", "ingestYear:2020",
				"ingestYear:2021", "ingestYear:2022");
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	@Test
	void aWorkerKilledInAPartitionFailsTheRunAndTheSameCommandReRunsThatPartitionAlone() throws Exception {
		JobProcess doomed = worker("doomed", "ingest");
		worker("survivor", null);
		Path output = root.resolve("remote-killed");
		long executionsBefore = jobExecutions();

		JobProcess manager = manager("manager-killed", output);
		doomed.awaitPause("ingest");
		String killedPartition = partitionsRun(doomed).get(0);
		doomed.kill();
		assertThat(manager.exitCode()).as(manager.output()).isEqualTo(5);
		assertThat(manager.output()).contains("was started by a worker that stopped before finishing it")
			.contains("nothing was published");

		JobProcess restarted = manager("manager-restarted", output);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		Map<Long, List<String>> partitions = partitionsByExecution(executionsBefore);
		assertThat(partitions.values()).hasSize(2);
		List<List<String>> attempts = new ArrayList<>(partitions.values());
		assertThat(attempts.get(0)).contains(killedPartition + " FAILED").hasSize(4);
		assertThat(attempts.get(0)).filteredOn((p) -> !p.startsWith(killedPartition)).allMatch((p) -> p.endsWith("COMPLETED"));
		assertThat(attempts.get(1)).containsExactly(killedPartition + " COMPLETED");
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
	}

	private JobProcess worker(String name, String pauseAt) throws Exception {
		JobProcess worker = JobProcess.start(root.resolve(name), pauseAt, remote("worker"));
		this.workers.add(worker);
		// one at a time: the first start creates the job repository's tables
		worker.awaitLine("Worker ready");
		return worker;
	}

	private JobProcess manager(String name, Path output) throws IOException {
		return JobProcess.start(root.resolve(name), null, remote("output=" + output));
	}

	private String[] remote(String argument) {
		return new String[] { argument, "--spring.profiles.active=remote",
				"--spring.datasource.url=" + SERVER + this.database, "--seorona.remote.queue=" + this.queue,
				"--seorona.remote.poll-interval=500ms" };
	}

	private static List<String> partitionsRun(JobProcess worker) {
		List<String> partitions = new ArrayList<>();
		Matcher matcher = RAN.matcher(worker.output());
		while (matcher.find()) {
			partitions.add(matcher.group(1));
		}
		return partitions;
	}

	private long jobExecutions() throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + this.database, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT coalesce(max(job_execution_id), 0) FROM batch_job_execution")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Name and status of the ingest partitions of each job execution after {@code after}. */
	private Map<Long, List<String>> partitionsByExecution(long after) throws SQLException {
		Map<Long, List<String>> partitions = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(SERVER + this.database, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT job_execution_id, step_name, status FROM batch_step_execution"
						+ " WHERE step_name LIKE 'ingestYear:%' AND job_execution_id > " + after + " ORDER BY step_name")) {
			while (rows.next()) {
				partitions.computeIfAbsent(rows.getLong(1), (execution) -> new ArrayList<>())
					.add(rows.getString(2) + " " + rows.getString(3));
			}
		}
		return partitions;
	}

	private static void requireRabbitMq() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2000);
		}
		catch (IOException ex) {
			skipOrFail("SEORONA_REQUIRE_RABBITMQ", "no RabbitMQ on 127.0.0.1:5672 (" + ex.getMessage() + ")", ex);
		}
	}

	private static String createDatabase(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
			return name;
		}
		catch (SQLException ex) {
			skipOrFail("SEORONA_REQUIRE_POSTGRES", "no PostgreSQL on 127.0.0.1:5432 (" + ex.getMessage() + ")", ex);
			return null;
		}
	}

	private static void skipOrFail(String requiredBy, String reason, Exception cause) {
		if ("true".equals(System.getenv(requiredBy))) {
			throw new IllegalStateException(reason + ", but " + requiredBy + "=true", cause);
		}
		System.out.println("RemotePartitioningFunctionalTests skipped: " + reason);
		Assumptions.abort(reason);
	}

}
