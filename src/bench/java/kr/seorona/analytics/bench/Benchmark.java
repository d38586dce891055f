package kr.seorona.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Side-by-side benchmark of the {@code annualReport} job and an equivalent DuckDB script on the same
 * generated files (issue #8). For each size it generates {@code target/scale/<N>} once (fixed seed;
 * {@code bundled} means the committed {@code data/} folder), then runs, in alternating order, rounds of
 * <ul>
 * <li>(a) {@code java @target/app/seorona.args input=... output=...}: the whole job as a user runs it
 * with the launcher {@code mvn package} builds (heap and collector flags, class-data-sharing archive,
 * extracted jar), JVM start included; the charts step's own time is read from the job's log, and
 * "(a) without charts" is the wall time minus it;</li>
 * <li>(b) {@code java -cp <classpath> DuckDbRun ...}: DuckDB JDBC, 2 threads, in its own JVM.</li>
 * </ul>
 * Each child is measured from outside ({@link ChildProcess}). Medians over the rounds go to standard
 * output and to {@code <out>/results.md} and {@code <out>/results.csv}.
 * <p>
 * Usage: {@code Benchmark --launcher <argument file> [--sizes 1000000,10000000] [--rounds 3]
 * [--out target/bench] [--definitions jobs]}; run it with {@code mvn -B -Pbench verify} (see README, Performance).
 */
public final class Benchmark {

	private static final Pattern CHARTS_STEP = Pattern.compile("Step: \\[charts\\] executed in (\\S+)");

	private static String duckVersion = "";

	/**
	 * CPU seconds used on the machine by anything but the measured process, during each run (from
	 * {@code /proc/stat}): other work on the two cores skews wall times.
	 */
	private static final List<Double> OTHER_CPU = new ArrayList<>();

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("--sizes", "1000000", "--rounds", "3", "--out",
				"target/bench", "--definitions", "jobs"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		Path launcher = Path.of(required(options, "--launcher")).toAbsolutePath();
		if (!Files.isRegularFile(launcher)) {
			throw new IllegalArgumentException("no launcher " + launcher + ": build it with mvn package");
		}
		Path out = Path.of(options.get("--out")).toAbsolutePath();
		Path definitions = Path.of(options.get("--definitions")).toAbsolutePath();
		int rounds = Integer.parseInt(options.get("--rounds"));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = System.getProperty("java.class.path");
		List<Row> rows = new ArrayList<>();
		for (String size : options.get("--sizes").split(",")) {
			Path input = BenchInputs.input(size.trim());
			List<ChildProcess.Measurement> ours = new ArrayList<>();
			List<Long> charts = new ArrayList<>();
			List<ChildProcess.Measurement> duck = new ArrayList<>();
			long inputRows = 0;
			for (int round = 1; round <= rounds; round++) {
				Path dir = out.resolve("runs").resolve(size.trim()).resolve("round-" + round);
				BenchInputs.deleteRecursively(dir);
				for (int turn = 0; turn < 2; turn++) {
					boolean oursNow = (turn == 0) == (round % 2 == 1);
					double busyBefore = busySeconds();
					if (oursNow) {
						ChildProcess.Measurement m = ChildProcess.run(List.of(java, "@" + launcher, "input=" + input,
								"output=" + dir.resolve("ours/output"), "definitions=" + definitions),
								dir.resolve("ours"));
						ours.add(m);
						OTHER_CPU.add(Math.max(0, busySeconds() - busyBefore - seconds(m.cpu())));
						charts.add(chartsMillis(dir.resolve("ours/.seorona/logs/seorona.log")));
						System.out.printf(Locale.ROOT, "size %s round %d (a) job: %s, other processes' CPU %.1f s%n", size,
								round, brief(m), OTHER_CPU.get(OTHER_CPU.size() - 1));
					}
					else {
						ChildProcess.Measurement m = ChildProcess.run(List.of(java, "-Xmx256m", "-cp", classpath,
								DuckDbRun.class.getName(), input.toString(), dir.resolve("duckdb/output").toString()),
								dir.resolve("duckdb"));
						duck.add(m);
						OTHER_CPU.add(Math.max(0, busySeconds() - busyBefore - seconds(m.cpu())));
						inputRows = Long.parseLong(value(m.log(), "rows="));
						duckVersion = value(m.log(), "version=");
						System.out.printf(Locale.ROOT, "size %s round %d (b) duckdb: %s, other processes' CPU %.1f s%n",
								size, round, brief(m), OTHER_CPU.get(OTHER_CPU.size() - 1));
					}
				}
			}
			rows.add(Row.of(size.trim(), inputRows, ours, charts, duck));
		}
		String table = table(rows, rounds);
		System.out.println();
		System.out.println(table);
		Files.createDirectories(out);
		Files.writeString(out.resolve("results.md"), table);
		Files.writeString(out.resolve("results.csv"), csv(rows));
		System.out.println("written " + out.resolve("results.md") + " and results.csv");
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return value;
	}

	/** The charts step's duration as Spring Batch logs it ({@code 1m2s345ms}, {@code 960ms}). */
	static long chartsMillis(Path log) throws IOException {
		if (!Files.exists(log)) {
			return 0;
		}
		long millis = 0;
		for (String line : Files.readAllLines(log)) {
			Matcher m = CHARTS_STEP.matcher(line);
			if (m.find()) {
				millis = parseDuration(m.group(1));
			}
		}
		return millis;
	}

	static long parseDuration(String text) {
		Matcher part = Pattern.compile("(\\d+)(ms|h|m|s)").matcher(text);
		long millis = 0;
		while (part.find()) {
			long value = Long.parseLong(part.group(1));
			millis += switch (part.group(2)) {
				case "h" -> value * 3_600_000;
				case "m" -> value * 60_000;
				case "s" -> value * 1000;
				default -> value;
			};
		}
		return millis;
	}

	private static String value(Path log, String prefix) throws IOException {
		for (String line : Files.readAllLines(log)) {
			if (line.startsWith(prefix)) {
				return line.substring(prefix.length()).trim();
			}
		}
		throw new IllegalStateException("no " + prefix + " line in " + log);
	}

	/**
	 * CPU seconds the whole machine has spent busy (all but idle and I/O wait, {@code /proc/stat},
	 * 100 ticks a second), or NaN where there is no such file.
	 */
	static double busySeconds() {
		try {
			String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < ticks.length; i++) {
				if (i != 4 && i != 5 && i < 9) { // not idle, I/O wait, or guest (already in user)
					busy += Long.parseLong(ticks[i]);
				}
			}
			return busy / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private static String brief(ChildProcess.Measurement m) {
		return String.format(Locale.ROOT, "wall %.2f s, cpu %.2f s, peak RSS %d MiB", seconds(m.wall()),
				seconds(m.cpu()), m.peakRssBytes() >> 20);
	}

	static double seconds(Duration d) {
		return d.toNanos() / 1e9;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String table(List<Row> rows, int rounds) {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "Medians of %d alternating rounds; %d cores; %s %s.%n%n", rounds,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version")));
		md.append(String.format(Locale.ROOT, "CPU used by other processes during a run (/proc/stat minus the run's"
				+ " own): median %.1f s, max %.1f s; near 0 means the run had the cores to itself.%n%n",
				median(OTHER_CPU), OTHER_CPU.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
		md.append("Every figure is the median of its own column over the rounds (\"without charts\": median of wall"
				+ " minus the charts step's logged time, round by round). CPU and peak RSS are the whole process's.\n\n");
		md.append("| input | rows | run | wall s | rows/s | CPU s | peak RSS MiB | ratio to DuckDB (wall) |\n");
		md.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
		for (Row row : rows) {
			md.append(line(row, "(a) job, end to end incl. JVM start and charts", row.oursWall(), row.oursCpu(),
					row.oursRss(), row.oursWall() / row.duckWall()));
			md.append(line(row, "(a) job without charts (charts step " + fmt(row.charts()) + " s)",
					row.oursWithoutCharts(), row.oursCpu(), row.oursRss(), row.oursWithoutCharts() / row.duckWall()));
			md.append(line(row, "(b) DuckDB " + duckVersion + ", 2 threads, incl. JVM start", row.duckWall(),
					row.duckCpu(), row.duckRss(), 1.0));
		}
		return md.toString();
	}

	private static String line(Row row, String run, double wall, double cpu, double rssMiB, double ratio) {
		return String.format(Locale.ROOT, "| %s | %,d | %s | %s | %,.0f | %s | %.0f | %.2f |%n", row.size(), row.rows(),
				run, fmt(wall), row.rows() / wall, fmt(cpu), rssMiB, ratio);
	}

	private static String fmt(double seconds) {
		return String.format(Locale.ROOT, "%.2f", seconds);
	}

	private static String csv(List<Row> rows) {
		StringBuilder csv = new StringBuilder(
				"input,rows,job_wall_s,job_charts_s,job_cpu_s,job_peak_rss_mib,duckdb_wall_s,duckdb_cpu_s,duckdb_peak_rss_mib,ratio_wall,ratio_wall_without_charts\n");
		for (Row r : rows) {
			csv.append(String.format(Locale.ROOT, "%s,%d,%.3f,%.3f,%.3f,%.0f,%.3f,%.3f,%.0f,%.3f,%.3f%n", r.size(),
					r.rows(), r.oursWall(), r.charts(), r.oursCpu(), r.oursRss(), r.duckWall(), r.duckCpu(), r.duckRss(),
					r.oursWall() / r.duckWall(), r.oursWithoutCharts() / r.duckWall()));
		}
		return csv.toString();
	}

	/** Medians of one size: seconds and MiB. */
	record Row(String size, long rows, double oursWall, double charts, double oursWithoutCharts, double oursCpu,
			double oursRss, double duckWall, double duckCpu, double duckRss) {

		static Row of(String size, long rows, List<ChildProcess.Measurement> ours, List<Long> charts,
				List<ChildProcess.Measurement> duck) {
			return new Row(size, rows, median(ours.stream().map((m) -> seconds(m.wall())).toList()),
					median(charts.stream().map((ms) -> ms / 1000.0).toList()),
					median(java.util.stream.IntStream.range(0, ours.size())
						.mapToObj((i) -> seconds(ours.get(i).wall()) - charts.get(i) / 1000.0)
						.toList()),
					median(ours.stream().map((m) -> seconds(m.cpu())).toList()),
					median(ours.stream().map((m) -> m.peakRssBytes() / 1048576.0).toList()),
					median(duck.stream().map((m) -> seconds(m.wall())).toList()),
					median(duck.stream().map((m) -> seconds(m.cpu())).toList()),
					median(duck.stream().map((m) -> m.peakRssBytes() / 1048576.0).toList()));
		}

	}

}
