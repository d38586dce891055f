package kr.seorona.analytics.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import kr.seorona.analytics.SeoronaApplication;

/**
 * The application in a real child JVM (the test classpath), with its own H2 file job repository,
 * for the crash-safety and concurrency tests. It starts as the launcher does, from the bean
 * definitions Spring AOT generated at build time where they are there (always with Maven), unless
 * {@link #startOrdinary} is used.
 */
public final class JobProcess {

	static final String KEY = "crash-test-key-0123456789abcdef";

	/** Whether Spring AOT's generated bean definitions are on the class path (mvn: process-classes). */
	static final boolean AHEAD_OF_TIME_BUILT = JobProcess.class.getClassLoader()
		.getResource(SeoronaApplication.class.getName().replace('.', '/') + "__ApplicationContextInitializer.class") != null;

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());

	private JobProcess(Process process) {
		this.process = process;
		Thread pump = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = reader.readLine()) != null;) {
					this.all.add(line);
					this.lines.add(line);
				}
			}
			catch (IOException ex) {
				// the process was killed
			}
		});
		pump.setDaemon(true);
		pump.start();
	}

	/**
	 * Starts the application: {@code repository} holds its H2 job repository (unless a profile is
	 * activated by an argument) and log, {@code pauseAt} names a {@link CrashPoint} or is null, the
	 * arguments are job parameters or {@code --} Spring options.
	 */
	public static JobProcess start(Path repository, String pauseAt, String... arguments) throws IOException {
		return start(repository, pauseAt, null, arguments);
	}

	/**
	 * As {@link #start(Path, String, String...)}; a process paused at {@code pauseAt} goes on when the
	 * file {@code resumeWhen} exists (null: it waits to be killed).
	 */
	public static JobProcess start(Path repository, String pauseAt, Path resumeWhen, String... arguments)
			throws IOException {
		return start(AHEAD_OF_TIME_BUILT, repository, pauseAt, resumeWhen, arguments);
	}

	/**
	 * As {@link #start(Path, String, String...)} without a pause, but the ordinary start: the bean
	 * definitions from the configuration classes, not those Spring AOT generated at build time.
	 */
	public static JobProcess startOrdinary(Path repository, String... arguments) throws IOException {
		return start(false, repository, null, null, arguments);
	}

	private static JobProcess start(boolean aheadOfTime, Path repository, String pauseAt, Path resumeWhen,
			String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Djava.awt.headless=true");
		command.add("-XX:TieredStopAtLevel=1");
		if (aheadOfTime) {
			// as the launcher starts (AheadOfTimeStart turns it off where a profile is asked for)
			command.add("-D" + AheadOfTimeStart.PROPERTY + "=true");
		}
		if (pauseAt != null) {
			command.add("-D" + CrashPoint.PROPERTY + "=" + pauseAt);
		}
		if (resumeWhen != null) {
			command.add("-D" + CrashPoint.RESUME_PROPERTY + "=" + resumeWhen);
		}
		command.add(SeoronaApplication.class.getName());
		if (java.util.Arrays.stream(arguments).noneMatch((argument) -> argument.startsWith("--spring.profiles.active"))) {
			command.add("--spring.datasource.url=jdbc:h2:file:" + repository.resolve("jobrepository") + ";WRITE_DELAY=0");
		}
		command.add("--logging.file.name=" + repository.resolve("seorona.log"));
		// the application's own console logging, not the test classpath's logback-test.xml
		command.add("--logging.config=classpath:logback-spring.xml");
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SEORONA_PSEUDONYM_KEY", KEY);
		return new JobProcess(builder.start());
	}

	/** Waits until the process prints the pause marker of {@code point}; fails after two minutes. */
	public void awaitPause(String point) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			String line = this.lines.poll(1, TimeUnit.SECONDS);
			if (line != null && line.equals(CrashPoint.MARKER + point)) {
				return;
			}
			if (line == null && !this.process.isAlive()) {
				break;
			}
		}
		throw new AssertionError("process did not pause at " + point + "; output:\n" + output());
	}

	/**
	 * Waits until the process prints the pause marker of {@code point} (true) or exits without
	 * reaching it (false); fails after five minutes.
	 */
	public boolean pausedAt(String point) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			String line = this.lines.poll(1, TimeUnit.SECONDS);
			if (line != null && line.equals(CrashPoint.MARKER + point)) {
				return true;
			}
			if (line == null && !this.process.isAlive()) {
				return false;
			}
		}
		throw new AssertionError("process neither paused at " + point + " nor ended; output:\n" + output());
	}

	/** Waits until the process prints a line containing {@code text}; fails after two minutes. */
	public void awaitLine(String text) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			String line = this.lines.poll(1, TimeUnit.SECONDS);
			if (line != null && line.contains(text)) {
				return;
			}
			if (line == null && !this.process.isAlive()) {
				break;
			}
		}
		throw new AssertionError("process did not print '" + text + "'; output:\n" + output());
	}

	/** Kills the process with SIGKILL and waits for it to die. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Waits for the process to exit (at most five minutes) and returns its exit code. */
	public int exitCode() throws InterruptedException {
		if (!this.process.waitFor(5, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			throw new AssertionError("process did not finish; output:\n" + output());
		}
		return this.process.exitValue();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public String output() {
		synchronized (this.all) {
			return String.join("\n", this.all);
		}
	}

}
