package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;

/**
 * Writes the rows of one dataset into a staging root, one file per partition:
 * {@code <stagingRoot>/datasets/<name>/year=YYYY/part-00000.parquet} (or
 * {@code <stagingRoot>/datasets/<name>/part-00000.parquet} when unpartitioned). The files become
 * visible only when {@link DatasetCommitter#commit(URI, URI)} moves them into the output root.
 * <p>
 * Rules enforced here: version-1 data pages; the schema of {@link DatasetDefinition#schema()} (STRING
 * on every text column, signed integers, DATE, TIMESTAMP(MICROS, local), DECIMAL; never INT96);
 * dictionary encoding off for {@link DatasetDefinition#plainColumns()}; the codec and sizes of
 * {@link WriteOptions}; the footer metadata of {@link WriteOptions}; no {@code .crc} side files.
 * <p>
 * Determinism: rows are buffered per partition and written at {@link #close()}, sorted by the
 * dataset's total order ({@link DatasetDefinition#sortOrder()}, then every other column), so the
 * same rows in any arrival order give the same file bytes. Memory: all rows of one dataset are
 * held until {@code close()} (a few hundred bytes per row; the largest dataset, attendance, is some
 * 10^5 rows a year). Not thread-safe.
 *
 * @param <T> the row type
 */
public final class DatasetWriter<T extends Record> implements AutoCloseable {

	/** Name of the file in each partition folder. */
	public static final String FILE_NAME = "part-00000.parquet";

	private final RecordSchema<T> schema;

	private final URI stagingRoot;

	private final WriteOptions options;

	private final Map<String, List<T>> partitions = new TreeMap<>();

	private long rows;

	private boolean closed;

	/**
	 * @param definition the dataset
	 * @param stagingRoot the staging root URI (any Hadoop FileSystem), e.g.
	 * {@code file:/srv/seorona/output/.staging/42/}
	 * @param options codec, sizes and footer metadata
	 * @throws IllegalArgumentException when the dataset's schema cannot be derived
	 */
	public DatasetWriter(DatasetDefinition<T> definition, URI stagingRoot, WriteOptions options) {
		this.schema = RecordSchema.of(definition);
		this.stagingRoot = stagingRoot;
		this.options = options;
		if (!definition.partitioned()) {
			this.partitions.put("", new ArrayList<>());
		}
	}

	/**
	 * Declares partitions of a dataset partitioned by {@code year} alone that must be written even
	 * without rows, so that a re-run of a year whose data became empty replaces the old partition.
	 * @throws IllegalStateException when the dataset is not partitioned by year alone, or after close
	 */
	public DatasetWriter<T> expectPartitions(Collection<Integer> years) {
		checkOpen();
		if (!List.of("year").equals(this.schema.definition().partitionColumns())) {
			throw new IllegalStateException("dataset " + this.schema.definition().name() + " is partitioned by "
					+ this.schema.definition().partitionColumns() + ", not by year alone");
		}
		for (Integer year : years) {
			this.partitions.computeIfAbsent("year=" + year, (key) -> new ArrayList<>());
		}
		return this;
	}

	/**
	 * Adds a row to its partition.
	 * @throws IllegalArgumentException when a partition value is not plain ASCII
	 * @throws IllegalStateException after close
	 */
	public void write(T row) {
		checkOpen();
		this.partitions.computeIfAbsent(this.schema.partitionPath(row), (key) -> new ArrayList<>()).add(row);
		this.rows++;
	}

	/** Adds rows. */
	public void writeAll(Iterable<? extends T> rows) {
		for (T row : rows) {
			write(row);
		}
	}

	/** Rows written so far. */
	public long rows() {
		return this.rows;
	}

	/**
	 * Writes every partition file. Idempotent: a second call does nothing (Spring Batch may close a
	 * step-scoped writer twice). When writing fails, the partly written file is deleted and the
	 * exception is thrown; the staging root must then be discarded, not committed.
	 * @throws UncheckedIOException when a file cannot be written
	 * @throws IllegalArgumentException when a value breaks a writing rule (see {@link DatasetDefinition})
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		FileSystem fs = HadoopFiles.fileSystem(this.stagingRoot);
		String base = "datasets/" + this.schema.definition().name() + "/";
		for (Map.Entry<String, List<T>> partition : this.partitions.entrySet()) {
			String folder = partition.getKey().isEmpty() ? base : base + partition.getKey() + "/";
			Path file = HadoopFiles.resolve(this.stagingRoot, folder + FILE_NAME);
			List<T> rows = partition.getValue();
			rows.sort(this.schema.order());
			writeFile(fs, file, rows);
		}
		this.partitions.clear();
	}

	private void writeFile(FileSystem fs, Path file, List<T> rows) {
		try {
			try (ParquetWriter<T> writer = new Builder<>(HadoopFiles.outputFile(fs, file),
					this.schema, this.options)
				.withConf(HadoopFiles.configuration())
				.withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
				.withWriterVersion(WriterVersion.PARQUET_1_0)
				.withCompressionCodec(this.options.codec())
				.withRowGroupSize(this.options.rowGroupSize())
				.withPageSize(this.options.pageSize())
				.withDictionaryEncoding(true)
				.applyPlainColumns(this.schema.definition().plainColumns())
				.build()) {
				for (T row : rows) {
					writer.write(row);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			try {
				fs.delete(file, false);
			}
			catch (IOException suppressed) {
				ex.addSuppressed(suppressed);
			}
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("cannot write " + file, io);
			}
			throw (RuntimeException) ex;
		}
	}

	private void checkOpen() {
		if (this.closed) {
			throw new IllegalStateException("writer of " + this.schema.definition().name() + " is closed");
		}
	}

	private static final class Builder<T extends Record> extends ParquetWriter.Builder<T, Builder<T>> {

		private final RecordSchema<T> schema;

		private final WriteOptions options;

		Builder(OutputFile file, RecordSchema<T> schema, WriteOptions options) {
			super(file);
			this.schema = schema;
			this.options = options;
		}

		Builder<T> applyPlainColumns(Collection<String> columns) {
			Builder<T> builder = self();
			for (String column : columns) {
				builder = builder.withDictionaryEncoding(column, false);
			}
			return builder;
		}

		@Override
		protected Builder<T> self() {
			return this;
		}

		@Override
		protected WriteSupport<T> getWriteSupport(Configuration conf) {
			return new RecordWriteSupport<>(this.schema, this.options.footer(this.schema.definition()));
		}

		@Override
		protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
			return new RecordWriteSupport<>(this.schema, this.options.footer(this.schema.definition()));
		}

	}

}
