package kr.seorona.analytics.parquet;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * The columns of a {@link DatasetDefinition}, derived once by reflection and cached: Parquet
 * schema, partition folder of a row, deterministic row order, and the record constructor.
 *
 * @param <T> the row type
 */
final class RecordSchema<T extends Record> {

	private static final Map<DatasetDefinition<?>, RecordSchema<?>> CACHE = new ConcurrentHashMap<>();

	private static final Pattern PARTITION_VALUE = Pattern.compile("[A-Za-z0-9_.-]+");

	private final DatasetDefinition<T> definition;

	private final List<Column> columns;

	private final List<Column> stored;

	private final List<Column> partitions;

	/** Paths of the values of a single partition column seen so far (a handful: one per year). */
	private final Map<Object, String> partitionPaths = new ConcurrentHashMap<>();

	private final MessageType messageType;

	private final Comparator<T> order;

	private final Constructor<T> constructor;

	private RecordSchema(DatasetDefinition<T> definition) {
		this.definition = definition;
		String dataset = definition.name();
		RecordComponent[] components = definition.type().getRecordComponents();
		List<Column> all = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			all.add(Column.of(dataset, components[i], i, definition.decimals(), definition.renames(),
					definition.suppression()));
		}
		Set<String> snakeNames = new HashSet<>();
		for (RecordComponent component : components) {
			snakeNames.add(Column.snakeCase(component.getName()));
		}
		check(dataset, "renames", definition.renames().keySet(), snakeNames);
		this.columns = List.copyOf(all);
		Set<String> names = new HashSet<>();
		all.forEach((column) -> names.add(column.name()));
		check(dataset, "partitionColumns", definition.partitionColumns(), names);
		check(dataset, "sortOrder", definition.sortOrder(), names);
		check(dataset, "columnDescriptions", definition.columnDescriptions().keySet(), names);
		check(dataset, "decimals", definition.decimals().keySet(), names);
		check(dataset, "plainColumns", definition.plainColumns(), names);
		DatasetDefinition.Suppression suppression = definition.suppression();
		if (suppression != null) {
			check(dataset, "suppression keys", suppression.keys(), names);
			check(dataset, "suppression counts", suppression.counts(), names);
			if (!names.contains(DatasetDefinition.Suppression.FLAG)) {
				throw new IllegalArgumentException("dataset " + dataset + " withholds small cells but has no "
						+ DatasetDefinition.Suppression.FLAG + " column");
			}
			if (names.contains(DatasetDefinition.Suppression.BAND) || names.contains(DatasetDefinition.Suppression.KIND)) {
				throw new IllegalArgumentException("dataset " + dataset + " has a component named like a derived column ("
						+ DatasetDefinition.Suppression.BAND + ", " + DatasetDefinition.Suppression.KIND + ")");
			}
		}
		List<Column> partitionColumns = new ArrayList<>();
		for (String name : definition.partitionColumns()) {
			Column column = column(name);
			if (column.kind() != Column.Kind.INT32 && column.kind() != Column.Kind.INT64
					&& column.kind() != Column.Kind.STRING && column.kind() != Column.Kind.ENUM) {
				throw new IllegalArgumentException("dataset " + dataset + ": partition column " + name
						+ " must be an integer, a String or an enum");
			}
			partitionColumns.add(column);
		}
		this.partitions = List.copyOf(partitionColumns);
		// partition columns are stored as well: readers without Hive partitioning see them too
		this.stored = this.columns;
		List<Type> fields = new ArrayList<>();
		this.stored.forEach((column) -> fields.add(column.parquetType()));
		for (String derived : (suppression != null)
				? List.of(DatasetDefinition.Suppression.BAND, DatasetDefinition.Suppression.KIND) : List.<String>of()) {
			fields.add(Types.primitive(PrimitiveTypeName.BINARY, Repetition.OPTIONAL).as(LogicalTypeAnnotation.stringType()).named(derived));
		}
		this.messageType = new MessageType(dataset, fields);
		this.order = comparator(definition, all);
		try {
			Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			Constructor<T> canonical = definition.type().getDeclaredConstructor(types);
			canonical.setAccessible(true);
			this.constructor = canonical;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalArgumentException("dataset " + dataset + ": no accessible canonical constructor", ex);
		}
	}

	@SuppressWarnings("unchecked")
	static <T extends Record> RecordSchema<T> of(DatasetDefinition<T> definition) {
		return (RecordSchema<T>) CACHE.computeIfAbsent(definition, (key) -> new RecordSchema<>(definition));
	}

	private static void check(String dataset, String what, java.util.Collection<String> used, Set<String> names) {
		Set<String> unknown = new LinkedHashSet<>(used);
		unknown.removeAll(names);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(
					"dataset " + dataset + ": " + what + " names unknown columns " + unknown + "; columns are " + names);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static <T extends Record> Comparator<T> comparator(DatasetDefinition<T> definition, List<Column> all) {
		List<Column> keys = new ArrayList<>();
		for (String name : definition.sortOrder()) {
			all.stream().filter((column) -> column.name().equals(name)).forEach(keys::add);
		}
		all.stream().filter((column) -> !keys.contains(column)).forEach(keys::add);
		Comparator<T> comparator = (a, b) -> 0;
		for (Column column : keys) {
			Comparator<Object> values = (column.kind() == Column.Kind.ENUM)
					? Comparator.comparing((value) -> ((Enum<?>) value).name()) : (Comparator) Comparator.naturalOrder();
			comparator = comparator.thenComparing((row) -> column.get(row), Comparator.nullsFirst(values));
		}
		return comparator;
	}

	DatasetDefinition<T> definition() {
		return this.definition;
	}

	/** Every column, in component order. */
	List<Column> columns() {
		return this.columns;
	}

	/** The record's columns stored in the files (all of them, partition columns too), in component order. */
	List<Column> stored() {
		return this.stored;
	}

	/** The partition columns, outermost first. */
	List<Column> partitions() {
		return this.partitions;
	}

	MessageType messageType() {
		return this.messageType;
	}

	/** Total order of rows: sort order columns, then every other column. */
	Comparator<T> order() {
		return this.order;
	}

	Column column(String name) {
		return this.columns.stream()
			.filter((column) -> column.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("dataset " + this.definition.name() + " has no column " + name));
	}

	/** Relative partition folder of a row, e.g. {@code year=2022}, or "" when unpartitioned. */
	String partitionPath(T row) {
		if (this.partitions.size() == 1) {
			// one partition column (year): its few values map to the same path for every row
			Object value = this.partitions.get(0).get(row);
			String path = (value != null) ? this.partitionPaths.get(value) : null;
			if (path == null) {
				path = buildPartitionPath(row);
				this.partitionPaths.put(value, path);
			}
			return path;
		}
		return buildPartitionPath(row);
	}

	private String buildPartitionPath(T row) {
		StringBuilder path = new StringBuilder();
		for (Column column : this.partitions) {
			Object value = column.get(row);
			String text = (value instanceof Enum<?> constant) ? constant.name() : String.valueOf(value);
			if (value == null || !PARTITION_VALUE.matcher(text).matches()) {
				throw new IllegalArgumentException("dataset " + this.definition.name() + ": partition value of "
						+ column.name() + " must match " + PARTITION_VALUE + " but was " + value);
			}
			if (path.length() > 0) {
				path.append('/');
			}
			path.append(column.name()).append('=').append(text);
		}
		return path.toString();
	}

	/** The partition value in a folder name converted to the column's Java type. */
	static Object partitionValue(Column column, String text) {
		try {
			return switch (column.kind()) {
				case INT32 -> Integer.valueOf(text);
				case INT64 -> Long.valueOf(text);
				case ENUM -> enumValue(column, text);
				default -> text;
			};
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("partition folder " + column.name() + "=" + text + " is not a valid "
					+ column.javaType().getSimpleName(), ex);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Object enumValue(Column column, String name) {
		return Enum.valueOf((Class) column.javaType(), name);
	}

	/**
	 * A new row from values in component order. A null in an optional column of a primitive
	 * component (a figure withheld from a published row) becomes 0 or {@code false}: check the
	 * row's {@code suppressed} flag before using its figures.
	 */
	T newRow(Object[] values) {
		for (Column column : this.columns) {
			if (values[column.index()] == null) {
				if (column.required()) {
					throw new IllegalStateException("dataset " + this.definition.name() + ": required column "
							+ column.name() + " has no value");
				}
				if (column.javaType().isPrimitive()) {
					values[column.index()] = RecordReadSupport.primitiveDefault(column.javaType());
				}
			}
		}
		try {
			return this.constructor.newInstance(values);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("dataset " + this.definition.name() + ": row rejected by "
					+ this.definition.type().getSimpleName() + ": " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot create " + this.definition.type().getName(), ex);
		}
	}

}
