package kr.seorona.analytics.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code outputDir/manifest.json}, the list of every file a run left in its output folder:
 * <pre>
 * {"files": [{"path": "charts/2022/survey-means.png", "size": 123456, "sha256": "ab12..."},
 *            {"path": "datasets/participation/year=2022/part-0.parquet", "size": 2048, "sha256": "...", "rows": 6}]}
 * </pre>
 * Paths are relative with '/' separators, sorted; {@code size} in bytes; {@code sha256} lower-case
 * hex; {@code rows} only where known (Parquet datasets). Excluded: {@code manifest.json} itself,
 * hidden files and folders (a name starting with '.', e.g. {@code .staging/}) and the folder's own
 * {@code README.md} (the repository's placeholder for {@code output/}, not written by a run).
 */
public final class ManifestWriter {

	static final String FILE_NAME = "manifest.json";

	/** The placeholder the repository keeps in {@code output/} (the only file there under git). */
	static final String FOLDER_README = "README.md";

	private ManifestWriter() {
	}

	/**
	 * Scans {@code outputDir} and writes the manifest (to a hidden temporary file first).
	 * @param outputDir the run's output folder
	 * @param rowCountsByRelativePath dataset row counts by path relative to {@code outputDir} with
	 * '/' separators, e.g. {@code datasets/participation/year=2022/part-0.parquet -> 6}
	 * @throws UncheckedIOException when the folder cannot be read or the manifest written
	 */
	public static void write(Path outputDir, Map<String, Long> rowCountsByRelativePath) {
		List<Map<String, Object>> files = new ArrayList<>();
		for (Path file : listFiles(outputDir)) {
			String relative = outputDir.relativize(file).toString().replace('\\', '/');
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("path", relative);
			try {
				entry.put("size", Files.size(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read size of " + file, ex);
			}
			entry.put("sha256", sha256(file));
			Long rows = rowCountsByRelativePath.get(relative);
			if (rows != null) {
				entry.put("rows", rows);
			}
			files.add(entry);
		}
		JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		String json = mapper.writeValueAsString(Map.of("files", files)) + "\n";
		Path temp = outputDir.resolve("." + FILE_NAME + ".tmp");
		try {
			Files.writeString(temp, json);
			Files.move(temp, outputDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			deleteQuietly(temp);
			throw new UncheckedIOException("cannot write " + outputDir.resolve(FILE_NAME), ex);
		}
	}

	/**
	 * Removes {@code outputDir/manifest.json}, first thing of a publish: a manifest present always
	 * describes exactly the files present.
	 * @throws UncheckedIOException when it cannot be removed
	 */
	public static void remove(Path outputDir) {
		try {
			Files.deleteIfExists(outputDir.resolve(FILE_NAME));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove " + outputDir.resolve(FILE_NAME), ex);
		}
	}

	/** Deletes a temporary file left by a failed write (a full disk), keeping the first error. */
	static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ignored) {
			// the write's own error is the one reported
		}
	}

	/**
	 * Regular files under the folder, sorted by relative path; hidden ones, the manifest and the
	 * folder's README excluded.
	 */
	static List<Path> listFiles(Path outputDir) {
		try (Stream<Path> walk = Files.walk(outputDir)) {
			return walk.filter(Files::isRegularFile)
				.filter((file) -> !outputDir.relativize(file).toString().equals(FILE_NAME))
				.filter((file) -> !outputDir.relativize(file).toString().equals(FOLDER_README))
				.filter((file) -> !hidden(outputDir.relativize(file)))
				.sorted((a, b) -> relative(outputDir, a).compareTo(relative(outputDir, b)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + outputDir, ex);
		}
	}

	private static String relative(Path base, Path file) {
		return base.relativize(file).toString().replace('\\', '/');
	}

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	static String sha256(Path file) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
