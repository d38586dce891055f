package kr.seorona.analytics.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The remote-partitioning tests' machinery: a queue of their own on the machine's RabbitMQ
 * (127.0.0.1:5672, guest/guest) and a job repository in a PostgreSQL database created for them
 * (127.0.0.1:5432), manager and worker processes (child JVMs, profile {@code remote}), what the
 * workers ran and what the repository holds; and one local run of the fixture input, the
 * reference the remote outputs are compared with, made once per test JVM. Skips the test, with
 * the reason printed, where no broker or PostgreSQL answers, except in CI
 * ({@code SEORONA_REQUIRE_RABBITMQ}, {@code SEORONA_REQUIRE_POSTGRES}).
 * <p>
 * A JUnit extension of a test class ({@code @RegisterExtension static final RemoteCluster}): the
 * queue, database and a temporary folder for the processes before all tests, the workers killed
 * after each test, everything removed after all.
 */
final class RemoteCluster implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static final Pattern RAN = Pattern.compile("Running partition (ingestPartition:\\d{4}-[a-z0-9-]+)");

	private static Path baseline;

	final String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	final String queue = "seorona.test." + this.id;

	private final List<JobProcess> workers = new ArrayList<>();

	private Path root;

	private String database;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		requireRabbitMq();
		this.database = createDatabase("seorona_remote_" + this.id);
		this.root = Files.createTempDirectory("seorona-remote");
	}

	@Override
	public void afterEach(ExtensionContext context) throws InterruptedException {
		stopWorkers();
	}

	/** The folder of this test class's processes and outputs. */
	Path root() {
		return this.root;
	}

	/** The output of a local (single-process, H2) run of the fixture input, made once per JVM. */
	static synchronized Path baseline() throws Exception {
		if (baseline == null) {
			Path folder = Files.createTempDirectory("seorona-local-reference");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> RunLayout.deleteRecursively(folder)));
			Path output = folder.resolve("output");
			JobProcess local = JobProcess.start(folder.resolve("repository"), null, "output=" + output);
			assertThat(local.exitCode()).as(local.output()).isZero();
			baseline = output;
		}
		return baseline;
	}

	/** Starts a worker and waits until it is ready; {@code pauseAt} a {@link CrashPoint} or null. */
	JobProcess worker(String name, String pauseAt) throws Exception {
		return worker(name, pauseAt, null);
	}

	/** As {@link #worker(String, String)}, resuming from the pause when {@code resumeWhen} exists. */
	JobProcess worker(String name, String pauseAt, Path resumeWhen) throws Exception {
		JobProcess worker = JobProcess.start(this.root.resolve(name), pauseAt, resumeWhen, arguments("worker"));
		this.workers.add(worker);
		// one at a time: the first start creates the job repository's tables
		worker.awaitLine("Worker ready");
		return worker;
	}

	/** Starts a manager: the run command with {@code output} and any further job parameters. */
	JobProcess manager(String name, Path output, String... parameters) throws IOException {
		List<String> arguments = new ArrayList<>(List.of(arguments("output=" + output)));
		arguments.addAll(List.of(parameters));
		return JobProcess.start(this.root.resolve(name), null, arguments.toArray(String[]::new));
	}

	private String[] arguments(String argument) {
		return new String[] { argument, "--spring.profiles.active=remote",
				"--spring.datasource.url=" + SERVER + this.database, "--seorona.remote.queue=" + this.queue,
				"--seorona.remote.poll-interval=500ms" };
	}

	/** Kills every worker started. */
	void stopWorkers() throws InterruptedException {
		for (JobProcess worker : this.workers) {
			worker.kill();
		}
		this.workers.clear();
	}

	/** The partitions a worker started, in order, e.g. {@code ingestPartition:2021-attendance}. */
	static List<String> partitionsRun(JobProcess worker) {
		List<String> partitions = new ArrayList<>();
		Matcher matcher = RAN.matcher(worker.output());
		while (matcher.find()) {
			partitions.add(matcher.group(1));
		}
		return partitions;
	}

	/** Messages waiting in the queue (not delivered to a worker). */
	int waitingRequests() {
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			Properties properties = new RabbitAdmin(connections).getQueueProperties(this.queue);
			return (properties != null) ? ((Number) properties.get(RabbitAdmin.QUEUE_MESSAGE_COUNT)).intValue() : 0;
		}
		finally {
			connections.destroy();
		}
	}

	/** The newest job execution id in the repository, 0 when none. */
	long jobExecutions() throws SQLException {
		try (Connection connection = connect(this.database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT coalesce(max(job_execution_id), 0) FROM batch_job_execution")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Name and status of the ingest partitions of each job execution after {@code after}. */
	Map<Long, List<String>> partitionsByExecution(long after) throws SQLException {
		Map<Long, List<String>> partitions = new TreeMap<>();
		try (Connection connection = connect(this.database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT job_execution_id, step_name, status FROM batch_step_execution"
						+ " WHERE step_name LIKE 'ingestPartition:%' AND job_execution_id > " + after
						+ " ORDER BY job_execution_id, step_name")) {
			while (rows.next()) {
				partitions.computeIfAbsent(rows.getLong(1), (execution) -> new ArrayList<>())
					.add(rows.getString(2) + " " + rows.getString(3));
			}
		}
		return partitions;
	}

	/** Kills the workers, drops the database and deletes the queue and the folder. */
	@Override
	public void afterAll(ExtensionContext context) throws InterruptedException {
		stopWorkers();
		if (this.root != null) {
			RunLayout.deleteRecursively(this.root);
		}
		if (this.database != null) {
			try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
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

	private static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(SERVER + database, "postgres", "");
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
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
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
		System.out.println("Remote partitioning test skipped: " + reason);
		Assumptions.abort(reason);
	}

}
