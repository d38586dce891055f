package kr.seorona.analytics.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium} package) for the browser tests, with a fresh
 * profile per call and no network features. Where it is missing, tests are skipped with the reason
 * printed, except in CI ({@code SEORONA_REQUIRE_CHROMIUM=true}, set by {@code .ci/run}), where
 * they fail.
 */
public final class Chromium {

	/** What one browser call printed. */
	public record Result(int exitCode, String stdout, String stderr) {
	}

	private final Path executable;

	private Chromium(Path executable) {
		this.executable = executable;
	}

	/**
	 * The installed browser, or a skipped test (a failed one in CI).
	 * @param test the test's name, for the printed reason
	 */
	public static Chromium require(String test) {
		Optional<Path> found = find("chromium", "chromium-browser", "google-chrome");
		String reason = "no chromium, chromium-browser or google-chrome on PATH (apt-get install -y chromium)";
		if (found.isEmpty() && "true".equals(System.getenv("SEORONA_REQUIRE_CHROMIUM"))) {
			throw new IllegalStateException(test + " needs Chromium in CI: " + reason);
		}
		if (found.isEmpty()) {
			System.out.println(test + " skipped: " + reason);
		}
		Assumptions.assumeTrue(found.isPresent(), reason);
		return new Chromium(found.get());
	}

	/**
	 * A command-line tool the test needs besides the browser (e.g. {@code pdftotext} of
	 * poppler-utils), or a skipped test (a failed one in CI).
	 */
	public static Path requireTool(String test, String name, String packageName) {
		Optional<Path> found = find(name);
		String reason = "no " + name + " on PATH (apt-get install -y " + packageName + ")";
		if (found.isEmpty() && "true".equals(System.getenv("SEORONA_REQUIRE_CHROMIUM"))) {
			throw new IllegalStateException(test + " needs " + name + " in CI: " + reason);
		}
		if (found.isEmpty()) {
			System.out.println(test + " skipped: " + reason);
		}
		Assumptions.assumeTrue(found.isPresent(), reason);
		return found.get();
	}

	/**
	 * Runs the browser headless with the given arguments (a page URL last) and a fresh profile
	 * under {@code dir}.
	 */
	public Result run(Path dir, String... arguments) throws Exception {
		Path profile = Files.createDirectories(dir.resolve("profile-" + System.nanoTime()));
		List<String> command = new ArrayList<>(List.of(this.executable.toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--hide-scrollbars",
				"--user-data-dir=" + profile));
		command.addAll(List.of(arguments));
		return exec(dir, command);
	}

	/** Runs a command, waiting for it (bounded only against a hung process, not a timing assumption). */
	public static Result exec(Path dir, List<String> command) throws Exception {
		String id = Long.toString(System.nanoTime());
		Path stdout = dir.resolve("stdout-" + id);
		Path stderr = dir.resolve("stderr-" + id);
		Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("did not finish: " + command);
		}
		return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
	}

	private static Optional<Path> find(String... names) {
		String path = System.getenv().getOrDefault("PATH", "");
		for (String name : names) {
			for (String folder : path.split(File.pathSeparator)) {
				Path candidate = Path.of(folder, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
