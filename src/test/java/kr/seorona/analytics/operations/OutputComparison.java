package kr.seorona.analytics.operations;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Compares two output folders of the annual report: the same files; Parquet files with the same
 * schema and rows (their footers legitimately differ by job execution id); every other file
 * byte for byte, except the run-specific dashboard pages and manifest.
 */
public final class OutputComparison {

	private OutputComparison() {
	}

	/** The published files under an output folder, relative, sorted; hidden files excluded. */
	public static SortedSet<String> files(Path output) throws IOException {
		SortedSet<String> files = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(output)) {
			walk.filter(Files::isRegularFile)
				.map((file) -> output.relativize(file).toString())
				.filter((name) -> Arrays.stream(name.split("/")).noneMatch((part) -> part.startsWith(".")))
				.forEach(files::add);
		}
		return files;
	}

	/** Every difference found, empty when the outputs are equivalent. */
	public static List<String> differences(Path expected, Path actual) throws IOException, SQLException {
		List<String> differences = new ArrayList<>();
		SortedSet<String> expectedFiles = files(expected);
		SortedSet<String> actualFiles = files(actual);
		if (!expectedFiles.equals(actualFiles)) {
			differences.add("files differ: expected " + expectedFiles + " but was " + actualFiles);
			return differences;
		}
		try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
			for (String name : expectedFiles) {
				if (name.matches("index(-[a-z]+)?\\.html") || name.equals("manifest.json")) {
					continue;
				}
				Path a = expected.resolve(name);
				Path b = actual.resolve(name);
				if (name.endsWith(".parquet")) {
					if (!sameRows(duckdb, a, b)) {
						differences.add(name + ": rows differ");
					}
				}
				else if (Files.mismatch(a, b) != -1) {
					differences.add(name + ": bytes differ" + (name.endsWith(".png") ? " (" + pixelDifference(a, b) + ")" : ""));
				}
			}
		}
		return differences;
	}

	/**
	 * What is wrong with {@code manifest.json}: empty when it is absent (a publish under way) or
	 * lists exactly the files present (hidden ones excluded) with their sizes and SHA-256.
	 */
	public static List<String> manifestProblems(Path output) throws IOException {
		Path manifest = output.resolve("manifest.json");
		if (!Files.exists(manifest)) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		SortedSet<String> listed = new TreeSet<>();
		JsonNode files = new ObjectMapper().readTree(manifest.toFile()).get("files");
		for (JsonNode entry : files) {
			String path = entry.get("path").asText();
			listed.add(path);
			Path file = output.resolve(path);
			if (!Files.isRegularFile(file)) {
				problems.add("manifest lists " + path + " but it is absent");
				continue;
			}
			if (Files.size(file) != entry.get("size").asLong()) {
				problems.add(path + ": size differs from the manifest");
			}
			if (!sha256(file).equals(entry.get("sha256").asText())) {
				problems.add(path + ": SHA-256 differs from the manifest");
			}
		}
		SortedSet<String> present = files(output);
		present.remove("manifest.json");
		if (!present.equals(listed)) {
			SortedSet<String> unlisted = new TreeSet<>(present);
			unlisted.removeAll(listed);
			problems.add("files present but not in the manifest: " + unlisted);
		}
		return problems;
	}

	/**
	 * How two PNGs differ, for the failure message: the size, or the number of differing pixels and
	 * the rectangle that holds them, or that only the encoding differs.
	 */
	static String pixelDifference(Path a, Path b) throws IOException {
		BufferedImage left = ImageIO.read(a.toFile());
		BufferedImage right = ImageIO.read(b.toFile());
		if (left.getWidth() != right.getWidth() || left.getHeight() != right.getHeight()) {
			return "size " + left.getWidth() + "x" + left.getHeight() + " vs " + right.getWidth() + "x"
					+ right.getHeight();
		}
		long count = 0;
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = -1;
		int maxY = -1;
		for (int y = 0; y < left.getHeight(); y++) {
			for (int x = 0; x < left.getWidth(); x++) {
				if (left.getRGB(x, y) != right.getRGB(x, y)) {
					count++;
					minX = Math.min(minX, x);
					minY = Math.min(minY, y);
					maxX = Math.max(maxX, x);
					maxY = Math.max(maxY, y);
				}
			}
		}
		return (count == 0) ? "same pixels, encoding differs"
				: count + " pixels differ within x " + minX + ".." + maxX + ", y " + minY + ".." + maxY;
	}

	private static String sha256(Path file) throws IOException {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean sameRows(Connection duckdb, Path a, Path b) throws SQLException {
		String left = "read_parquet('" + a + "')";
		String right = "read_parquet('" + b + "')";
		try (Statement statement = duckdb.createStatement()) {
			try (ResultSet schema = statement.executeQuery("SELECT (SELECT list(column_name || ' ' || column_type) FROM "
					+ "(DESCRIBE SELECT * FROM " + left + ")) = (SELECT list(column_name || ' ' || column_type) FROM "
					+ "(DESCRIBE SELECT * FROM " + right + "))")) {
				schema.next();
				if (!schema.getBoolean(1)) {
					return false;
				}
			}
			try (ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM (SELECT * FROM " + left
					+ " EXCEPT ALL SELECT * FROM " + right + ")) + (SELECT count(*) FROM (SELECT * FROM " + right
					+ " EXCEPT ALL SELECT * FROM " + left + "))")) {
				rows.next();
				return rows.getLong(1) == 0;
			}
		}
	}

}
