package kr.seorona.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The job with remote partitioning (issue #17, README "Running on several machines"), measured:
 * for each size and each number of workers, the workers are started first
 * ({@code taskset -c <core> java -XX:ActiveProcessorCount=1 @<launcher> worker
 * --spring.profiles.active=remote}: one core's worth of threads, pinned to a core of its own in
 * turn, so that the split is visible on a 2-core machine), then the
 * manager ({@code java @<launcher> input=... output=...} with the same profile) is measured from
 * outside ({@link ChildProcess}), and the job repository (a PostgreSQL database created for the
 * benchmark on 127.0.0.1:5432, dropped at the end; a queue of its own on RabbitMQ 127.0.0.1:5672)
 * gives the steps' and partitions' times. Printed per run: wall time, rows/s, the ingest step's
 * time, the partitions' makespan (first partition start to last end), the manager's overhead per
 * partition (ingest step time minus makespan, over the partitions: the split, with its scan of the
 * sessions files, dispatch, polling and the reject report), the serial rest (the steps after the
 * ingest, run by the manager alone), and the CPU time of the manager and of each worker.
 * <p>
 * Usage: {@code RemoteBenchmark --launcher <argument file> [--sizes 1000000] [--workers 1,2]
 * [--rounds 1] [--out target/bench] [--definitions jobs]}; run it with
 * {@code mvn -B -Pbench verify -Dbench.main=RemoteBenchmark} (see docs/SCALING.md).
 */
public final class RemoteBenchmark {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private RemoteBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("--sizes", "1000000", "--workers", "1,2", "--rounds",
				"1", "--out", "target/bench", "--definitions", "jobs"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		Path launcher = Path.of(options.get("--launcher")).toAbsolutePath();
		Path out = Path.of(options.get("--out")).toAbsolutePath();
		Path definitions = Path.of(options.get("--definitions")).toAbsolutePath();
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String database = "seorona_bench_" + id;
		String queue = "seorona.bench." + id;
		execute("postgres", "CREATE DATABASE " + database);
		List<String> lines = new ArrayList<>();
		try {
			for (String size : options.get("--sizes").split(",")) {
				Path input = BenchInputs.input(size.trim());
				for (String workers : options.get("--workers").split(",")) {
					for (int round = 1; round <= Integer.parseInt(options.get("--rounds")); round++) {
						Path dir = out.resolve("remote").resolve(size.trim()).resolve(workers + "-workers-round-" + round);
						BenchInputs.deleteRecursively(dir);
						String line = run(launcher, input, definitions, dir, Integer.parseInt(workers.trim()), database,
								queue, size.trim());
						System.out.println(line);
						lines.add(line);
					}
				}
			}
		}
		finally {
			execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			deleteQueue(queue);
		}
		String table = table(lines);
		System.out.println();
		System.out.println(table);
		Files.createDirectories(out);
		Files.writeString(out.resolve("remote-results.md"), table);
		System.out.println("written " + out.resolve("remote-results.md"));
	}

	/**
	 * {@code taskset -c <core>} for worker {@code w} (1-based: cores 0, 1, ... in turn) where
	 * util-linux's taskset is installed: {@code -XX:ActiveProcessorCount=1} sizes the JVM's pools
	 * for one CPU but does not keep the process on one core, so without pinning one worker already
	 * uses both cores of this machine and a second one shows no split. Empty without taskset.
	 */
	private static List<String> pinned(int w) {
		Path taskset = Path.of("/usr/bin/taskset");
		if (!Files.isExecutable(taskset)) {
			return List.of();
		}
		return List.of(taskset.toString(), "-c", Integer.toString((w - 1) % Runtime.getRuntime().availableProcessors()));
	}

	private static String run(Path launcher, Path input, Path definitions, Path dir, int workerCount, String database,
			String queue, String size) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> remote = List.of("--spring.profiles.active=remote", "--spring.datasource.url=" + SERVER + database,
				"--seorona.remote.queue=" + queue, "--seorona.remote.poll-interval=200ms");
		List<Process> workers = new ArrayList<>();
		try {
			for (int w = 1; w <= workerCount; w++) {
				Path folder = Files.createDirectories(dir.resolve("worker-" + w));
				List<String> command = new ArrayList<>(pinned(w));
				command.addAll(List.of(java, "-XX:ActiveProcessorCount=1", "@" + launcher, "worker"));
				command.addAll(remote);
				workers.add(new ProcessBuilder(command).directory(folder.toFile())
					.redirectErrorStream(true)
					.redirectOutput(folder.resolve("out.log").toFile())
					.start());
				awaitReady(folder.resolve("out.log"), workers.get(w - 1));
			}
			double load = loadAverage();
			List<String> command = new ArrayList<>(List.of(java, "@" + launcher, "input=" + input,
					"output=" + dir.resolve("manager/output"), "definitions=" + definitions));
			command.addAll(remote);
			ChildProcess.Measurement manager = ChildProcess.run(command, dir.resolve("manager"));
			List<Double> workerCpu = new ArrayList<>();
			for (Process worker : workers) {
				workerCpu.add(cpuSeconds(worker.pid()));
			}
			Steps steps = steps(database);
			long rows = rows(input);
			double wall = Benchmark.seconds(manager.wall());
			return String.format(Locale.ROOT, "| %s | %,d | %d | %.1f | %,.0f | %.1f | %.1f | %.2f | %.1f | %.1f | %s | %.1f |",
					size, rows, workerCount, wall, rows / wall, steps.ingest(), steps.makespan(),
					(steps.ingest() - steps.makespan()) / steps.partitions(), steps.rest(),
					Benchmark.seconds(manager.cpu()), workerCpu.stream().map((c) -> String.format(Locale.ROOT, "%.1f", c)).toList(),
					load);
		}
		finally {
			for (Process worker : workers) {
				worker.destroy();
				worker.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private static void awaitReady(Path log, Process worker) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log).contains("Worker ready")) {
				return;
			}
			if (!worker.isAlive()) {
				break;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("worker did not start; see " + log);
	}

	/** Step times of the newest job execution, seconds. */
	record Steps(double ingest, double makespan, int partitions, double rest) {
	}

	private static Steps steps(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT step_name, start_time, end_time FROM batch_step_execution"
						+ " WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)")) {
			LocalDateTime ingestStart = null;
			LocalDateTime ingestEnd = null;
			LocalDateTime first = null;
			LocalDateTime last = null;
			LocalDateTime end = null;
			int partitions = 0;
			while (rows.next()) {
				String name = rows.getString(1);
				LocalDateTime start = rows.getTimestamp(2).toLocalDateTime();
				LocalDateTime stop = rows.getTimestamp(3).toLocalDateTime();
				end = (end == null || stop.isAfter(end)) ? stop : end;
				if (name.equals("ingest")) {
					ingestStart = start;
					ingestEnd = stop;
				}
				else if (name.startsWith("ingestPartition:")) {
					partitions++;
					first = (first == null || start.isBefore(first)) ? start : first;
					last = (last == null || stop.isAfter(last)) ? stop : last;
				}
			}
			return new Steps(seconds(ingestStart, ingestEnd), seconds(first, last), partitions, seconds(ingestEnd, end));
		}
	}

	private static double seconds(LocalDateTime from, LocalDateTime to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

	/** Data lines of every CSV file under the input folder. */
	private static long rows(Path input) throws IOException {
		long rows = 0;
		try (var files = Files.walk(input)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).toList()) {
				try (var lines = Files.lines(file)) {
					rows += lines.count() - 1;
				}
			}
		}
		return rows;
	}

	private static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private static String table(List<String> lines) {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "Remote partitioning, %d cores, %s %s; workers with"
				+ " -XX:ActiveProcessorCount=1. Times in seconds.%n%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name"), System.getProperty("java.version")));
		md.append("| input | rows | workers | wall | rows/s | ingest step | partitions makespan"
				+ " | manager overhead per partition | steps after ingest | manager CPU | workers' CPU | load avg at start |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
		lines.forEach((line) -> md.append(line).append('\n'));
		return md.toString();
	}

	private static void execute(String database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void deleteQueue(String queue) {
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			new RabbitAdmin(connections).deleteQueue(queue);
		}
		finally {
			connections.destroy();
		}
	}

}
