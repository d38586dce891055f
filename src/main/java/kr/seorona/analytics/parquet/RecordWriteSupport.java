package kr.seorona.analytics.parquet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes rows of a record type column by column (no intermediate {@code Group} objects).
 * Rejects values Parquet readers would misread: non-finite doubles, sub-microsecond timestamps,
 * decimals that would need rounding or exceed the declared precision.
 *
 * @param <T> the row type
 */
final class RecordWriteSupport<T extends Record> extends WriteSupport<T> {

	private final RecordSchema<T> schema;

	private final Map<String, String> metadata;

	private RecordConsumer consumer;

	/**
	 * Per stored column: the last text written and its UTF-8 {@link Binary}, reused while the value
	 * repeats (group codes, session ids of consecutive attendance rows); {@code null} entries for
	 * plain (unique-id) columns, whose values never repeat.
	 */
	private final String[] lastText;

	private final Binary[] lastBinary;

	/** Per stored column of an enum type: the {@link Binary} of each constant's name, by ordinal. */
	private final Binary[][] enumNames;

	/** The small-cell rule, or null for none. */
	private final DatasetDefinition.Suppression suppression;

	/** k of the small-cell rule (0 without a rule). */
	private final int minCellSize;

	/** Whether suppressed rows are written whole (the audit form). */
	private final boolean audit;

	/** Per stored column: whether a withheld row keeps its value. */
	private final boolean[] kept;

	private final Column flag;

	private final List<Column> counts;

	RecordWriteSupport(RecordSchema<T> schema, Map<String, String> metadata) {
		this.schema = schema;
		this.metadata = metadata;
		this.suppression = schema.definition().suppression();
		this.audit = WriteOptions.AUDIT.equals(metadata.get(WriteOptions.SMALL_CELLS));
		this.kept = new boolean[schema.stored().size()];
		if (this.suppression != null) {
			this.minCellSize = WriteOptions.minCellSize(metadata, schema.definition());
			this.flag = schema.column(DatasetDefinition.Suppression.FLAG);
			this.counts = this.suppression.counts().stream().map(schema::column).toList();
			for (int i = 0; i < this.kept.length; i++) {
				this.kept[i] = this.suppression.kept(schema.stored().get(i).name());
			}
		}
		else {
			this.minCellSize = 0;
			this.flag = null;
			this.counts = List.of();
		}
		List<Column> stored = schema.stored();
		this.lastText = new String[stored.size()];
		this.lastBinary = new Binary[stored.size()];
		this.enumNames = new Binary[stored.size()][];
		for (int i = 0; i < stored.size(); i++) {
			Column column = stored.get(i);
			if (column.kind() == Column.Kind.ENUM) {
				Object[] constants = column.javaType().getEnumConstants();
				this.enumNames[i] = new Binary[constants.length];
				for (Object constant : constants) {
					this.enumNames[i][((Enum<?>) constant).ordinal()] = utf8(((Enum<?>) constant).name());
				}
			}
			else if (column.kind() == Column.Kind.STRING
					&& !schema.definition().plainColumns().contains(column.name())) {
				this.lastText[i] = "";
				this.lastBinary[i] = utf8("");
			}
		}
	}

	@Override
	public String getName() {
		return "seorona";
	}

	@Override
	public WriteContext init(Configuration configuration) {
		return new WriteContext(this.schema.messageType(), this.metadata);
	}

	@Override
	public WriteContext init(ParquetConfiguration configuration) {
		return new WriteContext(this.schema.messageType(), this.metadata);
	}

	@Override
	public void prepareForWrite(RecordConsumer recordConsumer) {
		this.consumer = recordConsumer;
	}

	/**
	 * Writes a row; a row flagged suppressed keeps only its keys and the flag (every other column is
	 * null) unless this is the audit form. The band and kind columns of a suppressible dataset follow
	 * the record's columns; a secondary cell has no band (it would narrow the primary cell's value).
	 */
	@Override
	public void write(T row) {
		this.consumer.startMessage();
		boolean withheld = this.suppression != null && !this.audit && Boolean.TRUE.equals(this.flag.get(row));
		int field = 0;
		for (Column column : this.schema.stored()) {
			Object value = (withheld && !this.kept[field]) ? null : column.get(row);
			if (value != null) {
				this.consumer.startField(column.name(), field);
				add(column, field, value);
				this.consumer.endField(column.name(), field);
			}
			field++;
		}
		if (this.suppression != null) {
			long n = Long.MAX_VALUE;
			for (Column count : this.counts) {
				n = Math.min(n, ((Number) count.get(row)).longValue());
			}
			boolean flagged = Boolean.TRUE.equals(this.flag.get(row));
			SuppressionKind kind = SuppressionKind.of(flagged, n, this.minCellSize);
			if (kind != SuppressionKind.SECONDARY) {
				this.consumer.startField(DatasetDefinition.Suppression.BAND, field);
				this.consumer.addBinary(utf8(DatasetDefinition.Suppression.band(n, this.minCellSize)));
				this.consumer.endField(DatasetDefinition.Suppression.BAND, field);
			}
			if (kind != null) {
				this.consumer.startField(DatasetDefinition.Suppression.KIND, field + 1);
				this.consumer.addBinary(utf8(kind.name()));
				this.consumer.endField(DatasetDefinition.Suppression.KIND, field + 1);
			}
		}
		this.consumer.endMessage();
	}

	private void add(Column column, int field, Object value) {
		switch (column.kind()) {
			case INT32 -> this.consumer.addInteger((Integer) value);
			case INT64 -> this.consumer.addLong((Long) value);
			case DOUBLE -> {
				double number = (Double) value;
				if (!Double.isFinite(number)) {
					throw invalid(column, value, "is not finite; use null for a figure that cannot be computed");
				}
				this.consumer.addDouble(number);
			}
			case BOOLEAN -> this.consumer.addBoolean((Boolean) value);
			case STRING -> this.consumer.addBinary(text(field, (String) value));
			case ENUM -> this.consumer.addBinary(this.enumNames[field][((Enum<?>) value).ordinal()]);
			case DATE -> this.consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
			case TIMESTAMP -> this.consumer.addLong(micros(column, (LocalDateTime) value));
			case DECIMAL -> {
				long unscaled = unscaled(column, (BigDecimal) value);
				if (column.decimal().precision() <= 9) {
					this.consumer.addInteger((int) unscaled);
				}
				else {
					this.consumer.addLong(unscaled);
				}
			}
		}
	}

	/**
	 * The UTF-8 bytes of a text as a byte-array-backed {@link Binary}: hashing and comparing it (by the
	 * dictionary encoder and the statistics) runs over a plain array, unlike
	 * {@code Binary.fromString}'s {@code ByteBuffer}.
	 */
	private static Binary utf8(String value) {
		return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
	}

	private Binary text(int field, String value) {
		String last = this.lastText[field];
		if (last == null) {
			return utf8(value);
		}
		if (!last.equals(value)) {
			this.lastText[field] = value;
			this.lastBinary[field] = utf8(value);
		}
		return this.lastBinary[field];
	}

	private IllegalArgumentException invalid(Column column, Object value, String problem) {
		return new IllegalArgumentException(
				"dataset " + this.schema.definition().name() + ", column " + column.name() + ": " + value + " " + problem);
	}

	private long micros(Column column, LocalDateTime time) {
		if (time.getNano() % 1000 != 0) {
			throw invalid(column, time, "has sub-microsecond digits (timestamps are stored in microseconds)");
		}
		long seconds = time.toEpochSecond(ZoneOffset.UTC);
		return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), time.getNano() / 1000);
	}

	private long unscaled(Column column, BigDecimal value) {
		DecimalSpec spec = column.decimal();
		BigDecimal scaled;
		try {
			scaled = value.setScale(spec.scale(), RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw invalid(column, value, "has more than " + spec.scale() + " fraction digits (no rounding)");
		}
		if (scaled.precision() > spec.precision() && scaled.unscaledValue().signum() != 0) {
			throw invalid(column, value, "does not fit DECIMAL(" + spec.precision() + "," + spec.scale() + ")");
		}
		return scaled.unscaledValue().longValueExact();
	}

}
