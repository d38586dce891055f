package kr.seorona.analytics.parquet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.parquet.schema.MessageType;

/**
 * One Parquet dataset: a Java record type, its folder name under {@code <root>/datasets/}, and the
 * facts the data dictionary publishes. The Parquet schema is derived from the record components by
 * {@link #schema()}: column name = snake_case of the component name ({@code groupCode} ->
 * {@code group_code}); {@code int}/{@code long}/{@code double}/{@code boolean} are required
 * {@code INT32}/{@code INT64}/{@code DOUBLE}/{@code BOOLEAN}; their boxed types the same, optional;
 * {@code String} and enums are optional {@code BINARY (STRING)}; {@code LocalDate} is {@code INT32
 * (DATE)}; {@code LocalDateTime} is {@code INT64 (TIMESTAMP(MICROS, isAdjustedToUTC=false))} (local
 * Korean time, no zone); {@code BigDecimal} is {@code DECIMAL} with the {@link DecimalSpec} declared
 * in {@link #decimals()}. Any other component type is rejected when the schema is derived.
 * <p>
 * Partition columns (e.g. {@code year}) are components of the record but are not stored in the
 * files: they are the folder names ({@code year=2022}); DuckDB with {@code hive_partitioning} reads
 * them back as {@code BIGINT}, {@link DatasetReader} fills them from the folder name. Partition
 * values must be ASCII ({@code [A-Za-z0-9_.-]}); Korean names are columns, never folder names.
 * <p>
 * All column names in this definition ({@code partitionColumns}, {@code sortOrder}, keys of
 * {@code columnDescriptions} and {@code decimals}, {@code plainColumns}) are the snake_case column
 * names; unknown names are rejected when the schema is derived.
 *
 * @param name folder name under {@code <root>/datasets/}, {@code [a-z][a-z0-9_]*}
 * @param type the record type of one row
 * @param description one paragraph for the data dictionary
 * @param schemaVersion schema version, 1 or more; bump it (and add a line to {@code history}) for
 * every change of columns or types; written to each file's key-value metadata
 * @param partitionColumns partition columns, outermost first, e.g. {@code ["year"]}, or empty
 * @param sortOrder columns the rows of each file are sorted by (ascending, nulls first); the writer
 * breaks remaining ties by all other columns, so the file bytes do not depend on arrival order
 * @param columnDescriptions description of each column, by column name
 * @param decimals precision and scale of each {@code BigDecimal} column, by column name
 * @param plainColumns columns written without dictionary encoding or min/max statistics (ids that
 * repeat little or not at all: a dictionary would overflow, min/max prune nothing)
 * @param history one line per schema version, oldest first ({@code "1: first version"})
 * @param <T> the row type
 */
public record DatasetDefinition<T extends Record>(String name, Class<T> type, String description, int schemaVersion,
		List<String> partitionColumns, List<String> sortOrder, Map<String, String> columnDescriptions,
		Map<String, DecimalSpec> decimals, Set<String> plainColumns, List<String> history) {

	public DatasetDefinition {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type of " + name);
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("dataset name must match [a-z][a-z0-9_]* but was " + name);
		}
		if (schemaVersion < 1) {
			throw new IllegalArgumentException("schemaVersion of " + name + " must be >= 1 but was " + schemaVersion);
		}
		description = Objects.requireNonNullElse(description, "");
		partitionColumns = List.copyOf(partitionColumns);
		sortOrder = List.copyOf(sortOrder);
		columnDescriptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnDescriptions));
		decimals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decimals));
		plainColumns = java.util.Collections.unmodifiableSet(new TreeSet<>(plainColumns));
		history = List.copyOf(history);
	}

	/**
	 * A dataset partitioned by {@code year}, schema version 1, no descriptions yet. Chain the
	 * {@code with...} methods for the rest, e.g.
	 * {@code DatasetDefinition.yearly("networks", NetworkRecord.class, "...").sortedBy("group_code")}.
	 */
	public static <T extends Record> DatasetDefinition<T> yearly(String name, Class<T> type, String description) {
		return new DatasetDefinition<>(name, type, description, 1, List.of("year"), List.of(), Map.of(), Map.of(),
				Set.of(), List.of("1: first version"));
	}

	/** An unpartitioned dataset (replaced whole on every commit), schema version 1. */
	public static <T extends Record> DatasetDefinition<T> whole(String name, Class<T> type, String description) {
		return new DatasetDefinition<>(name, type, description, 1, List.of(), List.of(), Map.of(), Map.of(), Set.of(),
				List.of("1: first version"));
	}

	/** A copy sorted by the given columns. */
	public DatasetDefinition<T> sortedBy(String... columns) {
		return new DatasetDefinition<>(this.name, this.type, this.description, this.schemaVersion,
				this.partitionColumns, List.of(columns), this.columnDescriptions, this.decimals, this.plainColumns,
				this.history);
	}

	/** A copy with these column descriptions (column name to text, in any order). */
	public DatasetDefinition<T> describedBy(Map<String, String> descriptions) {
		return new DatasetDefinition<>(this.name, this.type, this.description, this.schemaVersion,
				this.partitionColumns, this.sortOrder, descriptions, this.decimals, this.plainColumns, this.history);
	}

	/** A copy with dictionary encoding off for these (unique id) columns. */
	public DatasetDefinition<T> plain(String... columns) {
		return new DatasetDefinition<>(this.name, this.type, this.description, this.schemaVersion,
				this.partitionColumns, this.sortOrder, this.columnDescriptions, this.decimals, Set.of(columns),
				this.history);
	}

	/** A copy with one more {@code BigDecimal} column declaration. */
	public DatasetDefinition<T> withDecimal(String column, int precision, int scale) {
		Map<String, DecimalSpec> all = new LinkedHashMap<>(this.decimals);
		all.put(column, new DecimalSpec(precision, scale));
		return new DatasetDefinition<>(this.name, this.type, this.description, this.schemaVersion,
				this.partitionColumns, this.sortOrder, this.columnDescriptions, all, this.plainColumns, this.history);
	}

	/** A copy at a new schema version with the change recorded in {@link #history()}. */
	public DatasetDefinition<T> withSchemaVersion(int version, String change) {
		List<String> all = new ArrayList<>(this.history);
		all.add(version + ": " + change);
		return new DatasetDefinition<>(this.name, this.type, this.description, version, this.partitionColumns,
				this.sortOrder, this.columnDescriptions, this.decimals, this.plainColumns, all);
	}

	/**
	 * The Parquet schema of the files (partition columns excluded), message name = dataset name.
	 * @throws IllegalArgumentException naming the component when a type is not supported or a
	 * column named in this definition does not exist
	 */
	public MessageType schema() {
		return RecordSchema.of(this).messageType();
	}

	/** Whether the dataset has partition columns. */
	public boolean partitioned() {
		return !this.partitionColumns.isEmpty();
	}

}
