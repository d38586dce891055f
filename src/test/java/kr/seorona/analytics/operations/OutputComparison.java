package kr.seorona.analytics.operations;

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
					differences.add(name + ": bytes differ");
				}
			}
		}
		return differences;
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
