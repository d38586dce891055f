package kr.seorona.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs one command as a child process and measures it from outside, the way {@code /usr/bin/time}
 * would, but with nothing installed: wall time from start to exit, CPU time (user + system) and peak
 * resident set size ({@code VmHWM}) sampled from {@code /proc/<pid>/stat} and {@code /proc/<pid>/status}
 * every 10 ms until the process exits. The last sample is at most 10 ms before exit, so CPU time may
 * lack the final few milliseconds; {@code VmHWM} is a high-water mark kept by the kernel, so only
 * growth within the last 10 ms can be missed. Linux only; CPU ticks assume {@code CLK_TCK} = 100.
 */
final class ChildProcess {

	private static final long TICK_NANOS = 10_000_000L;

	private ChildProcess() {
	}

	/**
	 * Runs {@code command} in {@code workDir}, standard output and error to {@code workDir/out.log}.
	 * @return the measurement
	 * @throws IllegalStateException when the process exits with a non-zero status
	 */
	static Measurement run(List<String> command, Path workDir) throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		Path log = workDir.resolve("out.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		long pid = process.pid();
		long peakKb = 0;
		long cpuTicks = 0;
		while (!process.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			peakKb = Math.max(peakKb, vmHwmKb(pid));
			cpuTicks = Math.max(cpuTicks, cpuTicks(pid));
		}
		long wall = System.nanoTime() - start;
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					"exit " + process.exitValue() + " from " + command.get(command.size() - 3) + "...; see " + log + ":\n" + tail(log));
		}
		return new Measurement(Duration.ofNanos(wall), Duration.ofNanos(cpuTicks * TICK_NANOS), peakKb * 1024, log);
	}

	private static long vmHwmKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process has just exited
		}
		return 0;
	}

	private static long cpuTicks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			// fields after the command name in parentheses; utime and stime are fields 14 and 15
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	/**
	 * @param wall wall-clock time from start to exit
	 * @param cpu user + system CPU time of the process
	 * @param peakRssBytes peak resident set size
	 * @param log the child's combined output
	 */
	record Measurement(Duration wall, Duration cpu, long peakRssBytes, Path log) {
	}

}
