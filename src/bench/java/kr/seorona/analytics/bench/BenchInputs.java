package kr.seorona.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import kr.seorona.analytics.sample.SampleDataGenerator;

/** The benchmarks' input folders and scratch folders. */
final class BenchInputs {

	private BenchInputs() {
	}

	/**
	 * The input of a size: {@code bundled} is the committed {@code data/} folder, a number of rows is
	 * {@code target/scale/<rows>}, generated once (fixed seed).
	 */
	static Path input(String size) {
		if (size.equals("bundled")) {
			return Path.of("data").toAbsolutePath();
		}
		long rows = Long.parseLong(size);
		Path folder = Path.of("target", "scale", size).toAbsolutePath();
		if (!Files.isDirectory(folder.resolve("2022"))) {
			SampleDataGenerator.main(new String[] { "--rows", Long.toString(rows), "--out", folder.toString() });
		}
		return folder;
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
