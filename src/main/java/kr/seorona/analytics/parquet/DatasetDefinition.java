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
 * {@code group_code}) unless {@link #renamed(String...)} gives another; {@code int}/{@code long}/
 * {@code double}/{@code boolean} are required {@code INT32}/{@code INT64}/{@code DOUBLE}/{@code BOOLEAN}
 * (optional when the {@link Suppression} rule may withhold them); their boxed types the same, optional;
 * {@code String} and enums are optional {@code BINARY (STRING)}; {@code LocalDate} is {@code INT32
 * (DATE)}; {@code LocalDateTime} is {@code INT64 (TIMESTAMP(MICROS, isAdjustedToUTC=false))} (local
 * Korean time, no zone); {@code BigDecimal} is {@code DECIMAL} with the {@link DecimalSpec} declared
 * in {@link #decimals()}. Any other component type is rejected when the schema is derived.
 * <p>
 * Partition columns (e.g. {@code year}) are stored in the files <em>and</em> are the folder names
 * ({@code year=2022}), with the same value: readers with Hive partitioning (DuckDB
 * {@code hive_partitioning = true}, Spark) and readers without it (Power BI's folder connector,
 * DuckDB {@code hive_partitioning = false}) all see {@code year}. {@link DatasetReader} reads it from
 * the file and, for projections without it, from the folder name. Partition values must be ASCII
 * ({@code [A-Za-z0-9_.-]}); Korean names are columns, never folder names.
 * <p>
 * All column names in this definition ({@code partitionColumns}, {@code sortOrder}, keys of
 * {@code columnDescriptions} and {@code decimals}, {@code plainColumns}, the suppression rule) are the
 * published column names (after renaming); unknown names are rejected when the schema is derived.
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
 * @param renames published column name by the component's snake_case name, for components whose
 * snake_case name is not a plain, unreserved SQL word ({@code n}, {@code date}, {@code type})
 * @param suppression the small-cell rule of a statistics dataset, or null for none
 * @param <T> the row type
 */
public record DatasetDefinition<T extends Record>(String name, Class<T> type, String description, int schemaVersion,
		List<String> partitionColumns, List<String> sortOrder, Map<String, String> columnDescriptions,
		Map<String, DecimalSpec> decimals, Set<String> plainColumns, List<String> history,
		Map<String, String> renames, Suppression suppression) {

	/**
	 * How a statistics dataset withholds small cells when published. A row whose
	 * {@value #FLAG} column is true keeps its {@code keys}, the flag and the {@value #BAND} band
	 * (e.g. {@code <5}); every other column is written as null. The band is an extra column written
	 * after the record's columns, computed from the smallest of the {@code counts} columns and k
	 * ({@link WriteOptions#MIN_CELL_SIZE}) for every row but a secondary one; the {@value #KIND}
	 * column after it says {@code PRIMARY} or {@code SECONDARY} for a withheld row
	 * ({@link SuppressionKind}). The audit form ({@link WriteOptions#forAudit()}) writes every figure.
	 *
	 * @param keys the columns that identify a row (kept in a withheld row)
	 * @param counts the columns counting the people a row's figures are about; the smallest one is
	 * the row's n
	 */
	public record Suppression(List<String> keys, List<String> counts) {

		/** The flag column every suppressible dataset has. */
		public static final String FLAG = "suppressed";

		/** The extra column with the band of the row's n. */
		public static final String BAND = "count_band";

		/** The extra column saying why a row is withheld ({@link SuppressionKind}), null when published. */
		public static final String KIND = "suppression";

		public Suppression {
			keys = List.copyOf(keys);
			counts = List.copyOf(counts);
			if (counts.isEmpty()) {
				throw new IllegalArgumentException("a suppression rule needs at least one count column");
			}
		}

		/** Whether a column keeps its value in a withheld row. */
		public boolean kept(String column) {
			return this.keys.contains(column) || FLAG.equals(column);
		}

		/**
		 * The band of a count for the rule k: {@code <k} below k, then {@code k-9}, {@code 10-19},
		 * {@code 20-49}, {@code 50-99}, {@code 100-499}, {@code 500-999}, {@code 1000+} (bands
		 * starting below k are dropped; the first band starts at k).
		 */
		public static String band(long n, int k) {
			if (n < k) {
				return "<" + k;
			}
			long lower = k;
			for (long bound : new long[] { 10, 20, 50, 100, 500, 1000 }) {
				if (bound <= lower) {
					continue;
				}
				if (n < bound) {
					return lower + "-" + (bound - 1);
				}
				lower = bound;
			}
			return lower + "+";
		}

	}

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
		renames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renames));
	}

	/**
	 * A dataset partitioned by {@code year}, schema version 1, no descriptions yet. Chain the
	 * {@code with...} methods for the rest, e.g.
	 * {@code DatasetDefinition.yearly("networks", NetworkRecord.class, "...").sortedBy("group_code")}.
	 */
	public static <T extends Record> DatasetDefinition<T> yearly(String name, Class<T> type, String description) {
		return new DatasetDefinition<>(name, type, description, 1, List.of("year"), List.of(), Map.of(), Map.of(),
				Set.of(), List.of("1: first version"), Map.of(), null);
	}

	/** An unpartitioned dataset (replaced whole on every commit), schema version 1. */
	public static <T extends Record> DatasetDefinition<T> whole(String name, Class<T> type, String description) {
		return new DatasetDefinition<>(name, type, description, 1, List.of(), List.of(), Map.of(), Map.of(), Set.of(),
				List.of("1: first version"), Map.of(), null);
	}

	private DatasetDefinition<T> with(int version, List<String> sortOrder, Map<String, String> descriptions,
			Map<String, DecimalSpec> decimals, Set<String> plain, List<String> history, Map<String, String> renames,
			Suppression suppression) {
		return new DatasetDefinition<>(this.name, this.type, this.description, version, this.partitionColumns,
				sortOrder, descriptions, decimals, plain, history, renames, suppression);
	}

	/** A copy sorted by the given columns. */
	public DatasetDefinition<T> sortedBy(String... columns) {
		return with(this.schemaVersion, List.of(columns), this.columnDescriptions, this.decimals, this.plainColumns,
				this.history, this.renames, this.suppression);
	}

	/** A copy with these column descriptions (column name to text, in any order). */
	public DatasetDefinition<T> describedBy(Map<String, String> descriptions) {
		return with(this.schemaVersion, this.sortOrder, descriptions, this.decimals, this.plainColumns, this.history,
				this.renames, this.suppression);
	}

	/** A copy with dictionary encoding off for these (unique id) columns. */
	public DatasetDefinition<T> plain(String... columns) {
		return with(this.schemaVersion, this.sortOrder, this.columnDescriptions, this.decimals, Set.of(columns),
				this.history, this.renames, this.suppression);
	}

	/**
	 * A copy whose columns are published under other names: pairs of the component's snake_case
	 * name and the published name, e.g. {@code renamed("n", "answers", "date", "meeting_date")}.
	 * Call it before the methods that name columns.
	 */
	public DatasetDefinition<T> renamed(String... pairs) {
		if (pairs.length % 2 != 0) {
			throw new IllegalArgumentException("renamed takes pairs (from, to) but got " + List.of(pairs));
		}
		Map<String, String> all = new LinkedHashMap<>(this.renames);
		for (int i = 0; i < pairs.length; i += 2) {
			all.put(pairs[i], pairs[i + 1]);
		}
		return with(this.schemaVersion, this.sortOrder, this.columnDescriptions, this.decimals, this.plainColumns,
				this.history, all, this.suppression);
	}

	/**
	 * A copy that withholds small cells when published (see {@link Suppression}).
	 * @param counts the columns counting people (the smallest is the row's n)
	 * @param keys the columns that identify a row
	 */
	public DatasetDefinition<T> withholding(List<String> counts, String... keys) {
		return with(this.schemaVersion, this.sortOrder, this.columnDescriptions, this.decimals, this.plainColumns,
				this.history, this.renames, new Suppression(List.of(keys), counts));
	}

	/** A copy with one more {@code BigDecimal} column declaration. */
	public DatasetDefinition<T> withDecimal(String column, int precision, int scale) {
		Map<String, DecimalSpec> all = new LinkedHashMap<>(this.decimals);
		all.put(column, new DecimalSpec(precision, scale));
		return with(this.schemaVersion, this.sortOrder, this.columnDescriptions, all, this.plainColumns, this.history,
				this.renames, this.suppression);
	}

	/** A copy at a new schema version with the change recorded in {@link #history()}. */
	public DatasetDefinition<T> withSchemaVersion(int version, String change) {
		List<String> all = new ArrayList<>(this.history);
		all.add(version + ": " + change);
		return with(version, this.sortOrder, this.columnDescriptions, this.decimals, this.plainColumns, all,
				this.renames, this.suppression);
	}

	/**
	 * The Parquet schema of the files (the record's columns, partition columns included, then the
	 * {@link Suppression#BAND} column of a suppressible dataset), message name = dataset name.
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

	/** The published column names, in component order (without the band column). */
	public List<String> columnNames() {
		return RecordSchema.of(this).columns().stream().map(Column::name).toList();
	}

}
