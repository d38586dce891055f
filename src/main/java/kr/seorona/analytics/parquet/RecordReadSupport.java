package kr.seorona.analytics.parquet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads rows of a record type. Columns are matched by name: a column of the record that the file
 * lacks (an older schema version) is null; partition columns come from the file, or from the
 * folder names when the projection leaves them out (or the file predates storing them).
 *
 * <p>With a projection only the named stored columns are read from the file (Parquet skips the
 * pages of the others, neither decompressed nor decoded); a component whose column is left out
 * is {@code null}, or 0 / {@code false} for a primitive component.
 *
 * @param <T> the row type
 */
final class RecordReadSupport<T extends Record> extends ReadSupport<T> {

	private final RecordSchema<T> schema;

	private final Map<Column, Object> partitionValues;

	private final Set<String> projection;

	/**
	 * @param projection names of the stored columns to read, or {@code null} for all of them
	 */
	RecordReadSupport(RecordSchema<T> schema, Map<Column, Object> partitionValues, Set<String> projection) {
		this.schema = schema;
		this.partitionValues = partitionValues;
		this.projection = projection;
	}

	@Override
	public ReadContext init(InitContext context) {
		MessageType file = context.getFileSchema();
		// only the record's columns (the band column of a suppressible dataset is derived, not read)
		Set<String> wanted = new java.util.HashSet<>();
		this.schema.stored().forEach((column) -> wanted.add(column.name()));
		if (this.projection != null) {
			wanted.retainAll(this.projection);
		}
		List<Type> fields = file.getFields().stream().filter((field) -> wanted.contains(field.getName())).toList();
		return new ReadContext(new MessageType(file.getName(), fields));
	}

	@Override
	public RecordMaterializer<T> prepareForRead(Configuration configuration, Map<String, String> keyValueMetaData,
			MessageType fileSchema, ReadContext readContext) {
		return new Materializer<>(this.schema, readContext.getRequestedSchema(), this.partitionValues,
				defaults(this.schema, this.projection));
	}

	/**
	 * Values of the stored columns left out by the projection: 0 or {@code false} for primitive
	 * components (a record cannot hold null there), else null.
	 */
	private static Map<Column, Object> defaults(RecordSchema<?> schema, Set<String> projection) {
		Map<Column, Object> defaults = new HashMap<>();
		if (projection != null) {
			for (Column column : schema.stored()) {
				if (!projection.contains(column.name()) && column.javaType().isPrimitive()) {
					defaults.put(column, primitiveDefault(column.javaType()));
				}
			}
		}
		return defaults;
	}

	static Object primitiveDefault(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0.0;
		}
		return 0;
	}

	private static final class Materializer<T extends Record> extends RecordMaterializer<T> {

		private final RecordSchema<T> schema;

		private final Map<Column, Object> partitionValues;

		private final Object[] values;

		private final Converter[] converters;

		private final GroupConverter root;

		Materializer(RecordSchema<T> schema, MessageType fileSchema, Map<Column, Object> partitionValues,
				Map<Column, Object> defaults) {
			this.schema = schema;
			Map<Column, Object> fixed = new HashMap<>(defaults);
			fixed.putAll(partitionValues);
			this.partitionValues = fixed;
			this.values = new Object[schema.columns().size()];
			this.converters = new Converter[fileSchema.getFieldCount()];
			for (int i = 0; i < this.converters.length; i++) {
				Type field = fileSchema.getType(i);
				Column column = schema.stored()
					.stream()
					.filter((candidate) -> candidate.name().equals(field.getName()))
					.findFirst()
					.orElse(null);
				this.converters[i] = (column != null) ? new ValueConverter(column, this.values) : new Ignored();
			}
			this.root = new GroupConverter() {

				@Override
				public Converter getConverter(int fieldIndex) {
					return Materializer.this.converters[fieldIndex];
				}

				@Override
				public void start() {
					java.util.Arrays.fill(Materializer.this.values, null);
					Materializer.this.partitionValues
						.forEach((column, value) -> Materializer.this.values[column.index()] = value);
				}

				@Override
				public void end() {
				}

			};
		}

		@Override
		public T getCurrentRecord() {
			return this.schema.newRow(this.values.clone());
		}

		@Override
		public GroupConverter getRootConverter() {
			return this.root;
		}

	}

	private static final class Ignored extends PrimitiveConverter {

	}

	private static final class ValueConverter extends PrimitiveConverter {

		private final Column column;

		private final Object[] values;

		private Object[] dictionary;

		ValueConverter(Column column, Object[] values) {
			this.column = column;
			this.values = values;
		}

		private void set(Object value) {
			this.values[this.column.index()] = value;
		}

		@Override
		public void addInt(int value) {
			switch (this.column.kind()) {
				case DATE -> set(LocalDate.ofEpochDay(value));
				case DECIMAL -> set(BigDecimal.valueOf(value, this.column.decimal().scale()));
				case INT64 -> set((long) value);
				default -> set(value);
			}
		}

		@Override
		public void addLong(long value) {
			switch (this.column.kind()) {
				case TIMESTAMP -> set(LocalDateTime.ofEpochSecond(Math.floorDiv(value, 1_000_000L),
						(int) Math.floorMod(value, 1_000_000L) * 1000, ZoneOffset.UTC));
				case DECIMAL -> set(BigDecimal.valueOf(value, this.column.decimal().scale()));
				default -> set(value);
			}
		}

		@Override
		public void addDouble(double value) {
			set(value);
		}

		@Override
		public void addFloat(float value) {
			set((double) value);
		}

		@Override
		public void addBoolean(boolean value) {
			set(value);
		}

		@Override
		public void addBinary(Binary value) {
			set(decode(value));
		}

		private Object decode(Binary value) {
			String text = value.toStringUsingUTF8();
			return (this.column.kind() == Column.Kind.ENUM) ? RecordSchema.enumValue(this.column, text) : text;
		}

		/*
		 * Dictionary-encoded text columns (codes, group names, topics): each distinct value is decoded
		 * once per dictionary and every row shares that one String, instead of decoding UTF-8 and
		 * holding a new String per row (millions of copies of "PARENT" at national scale).
		 */

		@Override
		public boolean hasDictionarySupport() {
			return this.column.kind() == Column.Kind.STRING || this.column.kind() == Column.Kind.ENUM;
		}

		@Override
		public void setDictionary(Dictionary dictionary) {
			this.dictionary = new Object[dictionary.getMaxId() + 1];
			for (int id = 0; id <= dictionary.getMaxId(); id++) {
				this.dictionary[id] = decode(dictionary.decodeToBinary(id));
			}
		}

		@Override
		public void addValueFromDictionary(int dictionaryId) {
			set(this.dictionary[dictionaryId]);
		}

	}

}
