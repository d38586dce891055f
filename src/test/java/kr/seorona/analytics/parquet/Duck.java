package kr.seorona.analytics.parquet;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DuckDB (JDBC, in memory) reading our datasets the way BI tools do. */
final class Duck {

	private Duck() {
	}

	/** {@code read_parquet('<root>/datasets/<name>/**&#47;*.parquet', hive_partitioning=true, union_by_name=true)} */
	static String source(Path root, String dataset) {
		String glob = root.resolve("datasets").resolve(dataset).toString().replace("'", "''") + "/**/*.parquet";
		return "read_parquet('" + glob + "', hive_partitioning=true, union_by_name=true)";
	}

	/** Column name to DuckDB type name, as {@code DESCRIBE} reports them. */
	static Map<String, String> describe(Path root, String dataset) {
		Map<String, String> types = new LinkedHashMap<>();
		for (List<Object> row : query("DESCRIBE SELECT * FROM " + source(root, dataset))) {
			types.put((String) row.get(0), (String) row.get(1));
		}
		return types;
	}

	static List<List<Object>> query(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(rs.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/** Every row of a dataset read by DuckDB, converted to the dataset's record type by column name. */
	static <T extends Record> List<T> rows(Path root, DatasetDefinition<T> definition) {
		RecordComponent[] components = definition.type().getRecordComponents();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + source(root, definition.name()))) {
			Class<?>[] types = new Class<?>[components.length];
			for (int c = 0; c < components.length; c++) {
				types[c] = components[c].getType();
			}
			Constructor<T> constructor = definition.type().getDeclaredConstructor(types);
			constructor.setAccessible(true);
			List<T> rows = new ArrayList<>();
			while (rs.next()) {
				Object[] values = new Object[components.length];
				for (int c = 0; c < components.length; c++) {
					values[c] = value(rs, definition.columnNames().get(c), components[c].getType());
				}
				rows.add(constructor.newInstance(values));
			}
			return rows;
		}
		catch (SQLException | ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object value(ResultSet rs, String column, Class<?> type) throws SQLException {
		Object raw = rs.getObject(column);
		if (raw == null) {
			return null;
		}
		if (type == int.class || type == Integer.class) {
			return ((Number) raw).intValue();
		}
		if (type == LocalDate.class) {
			return rs.getObject(column, LocalDate.class);
		}
		if (type == LocalDateTime.class) {
			return rs.getObject(column, LocalDateTime.class);
		}
		if (type.isEnum()) {
			return Enum.valueOf((Class) type, (String) raw);
		}
		if (type == BigDecimal.class) {
			return rs.getBigDecimal(column);
		}
		return raw;
	}

}
