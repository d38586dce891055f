package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SHA-256 checksums of a run's input files, keyed by their path relative to the input folder
 * ({@code 2022/sessions.csv}). Any change to an input file changes {@link #combined()}, which makes
 * the corrected run a new job instance.
 *
 * @param files hex SHA-256 by relative path, sorted
 */
record InputChecksums(SortedMap<String, String> files) {

	/** Checksums of every regular file in the given year folders of the input. */
	static InputChecksums of(Path input, java.util.Collection<Integer> years) {
		SortedMap<String, String> files = new TreeMap<>();
		for (Integer year : years) {
			Path folder = input.resolve(String.valueOf(year));
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> list = Files.list(folder)) {
				for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
					files.put(year + "/" + file.getFileName(), sha256(file));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list " + folder, ex);
			}
		}
		return new InputChecksums(files);
	}

	/** SHA-256 over the sorted {@code path=checksum} lines. */
	String combined() {
		return sha256(text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** One {@code path=checksum} per line, sorted by path. */
	String text() {
		return this.files.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("\n"));
	}

	static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = digest();
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
