package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every published column name is a plain snake_case word that no SQL engine our users query with
 * reserves, so BI users never quote: DuckDB's reserved and type/function keywords
 * ({@code duckdb_keywords()}), PostgreSQL's reserved ones ({@code pg_get_keywords()} catcode R and T,
 * from the server on 127.0.0.1:5432 or the stored list), Spark SQL's ANSI reserved keywords (stored
 * list, checked against Spark's {@code sql_keywords()} by the published datasets' functional test),
 * and the names the first BI trial found awkward (issue 14).
 */
class ColumnNamesTests {

	/** Names that needed quoting in some engine or tool when the datasets were first tried. */
	static final Set<String> AWKWARD = Set.of("date", "type", "groups", "n", "column", "order", "key", "value",
			"time", "timestamp", "user", "count", "level", "rank", "row", "rows", "percent");

	static final String PLAIN = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

	@Test
	void everyColumnIsAPlainUnreservedSnakeCaseWord() throws Exception {
		Set<String> reserved = new TreeSet<>();
		reserved.addAll(duckDbReserved());
		reserved.addAll(postgresReserved());
		reserved.addAll(resource("sql/spark-ansi-reserved-keywords.txt"));
		reserved.addAll(AWKWARD);
		assertThat(reserved).contains("select", "column", "authorization", "date", "both");
		List<String> problems = new ArrayList<>();
		for (DatasetDefinition<?> definition : DatasetCatalog.all()) {
			List<String> columns = new ArrayList<>(definition.columnNames());
			if (definition.suppression() != null) {
				columns.add(DatasetDefinition.Suppression.BAND);
			}
			for (String column : columns) {
				if (!column.matches(PLAIN) || reserved.contains(column)) {
					problems.add(definition.name() + "." + column);
				}
			}
		}
		assertThat(problems).as("columns that are reserved words or not plain snake_case").isEmpty();
	}

	@Test
	void theCheckCatchesTheNamesIssue14Found() throws Exception {
		Set<String> duck = duckDbReserved();
		assertThat(duck).contains("column");
		assertThat(AWKWARD).contains("date", "type", "groups", "n");
		assertThat("attendances_change_percent".matches(PLAIN)).isTrue();
		assertThat("ciLower95".matches(PLAIN)).isFalse();
	}

	static Set<String> duckDbReserved() throws SQLException {
		return query("jdbc:duckdb:", "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category IN "
				+ "('reserved', 'type_function')");
	}

	/** From the server when one answers (its own version's list), else the stored list. */
	static Set<String> postgresReserved() throws IOException {
		try {
			return query("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&connectTimeout=2",
					"SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')");
		}
		catch (SQLException ex) {
			return resource("sql/postgresql-reserved-keywords.txt");
		}
	}

	static Set<String> resource(String name) throws IOException {
		try (InputStream in = ColumnNamesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			Set<String> words = new TreeSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String word = line.strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
			return words;
		}
	}

	private static Set<String> query(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			Set<String> words = new TreeSet<>();
			while (rs.next()) {
				words.add(rs.getString(1).toLowerCase(Locale.ROOT));
			}
			return words;
		}
	}

}
