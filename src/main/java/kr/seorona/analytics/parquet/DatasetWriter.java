package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * dictionary encoding and min/max statistics off for {@link DatasetDefinition#plainColumns()}; no
 * size statistics; the codec and sizes of
 * {@link WriteOptions}; the footer metadata of {@link WriteOptions}; no {@code .crc} side files.
 * <p>
 * Two modes, both deterministic:
 * <ul>
 * <li>sorted (the constructor): rows are buffered per partition and written at {@link #close()},
 * sorted by the dataset's total order ({@link DatasetDefinition#sortOrder()}, then every other
 * column), so the same rows in any arrival order give the same file bytes. Memory: all rows of the
 * dataset are held until {@code close()} (a few hundred bytes per row): for small datasets
 * (statistics, rejects).</li>
 * <li>streaming ({@link #streaming}): rows are written as they arrive, in arrival order, so the same
 * rows in the same order give the same file bytes. Each partition's rows must arrive together: the
 * file of a partition is finished when a row of another partition arrives, and a later row for a
 * finished partition is an error. Memory: one open file per writer, bounded by
 * {@link WriteOptions#rowGroupSize()} (the row group being built), whatever the number of rows: for
 * the record datasets at national scale (tens of millions of rows).</li>
 * </ul>
 * Not thread-safe.
 *
 * @param <T> the row type
 */
public final class DatasetWriter<T extends Record> implements AutoCloseable {

	/** Name of the file in each partition folder, unless {@linkplain #fileName(String) set}. */
	public static final String FILE_NAME = "part-00000.parquet";

	/** Pattern of {@link #fileName(String)}. */
	private static final java.util.regex.Pattern PART_FILE = java.util.regex.Pattern.compile("part-\\d{5}\\.parquet");

	private final RecordSchema<T> schema;

	private final URI stagingRoot;

	private final WriteOptions options;

	private final Map<String, List<T>> partitions = new TreeMap<>();

	private final boolean streaming;

	private final Set<String> finished = new HashSet<>();

	private String currentPartition;

	private ParquetWriter<T> current;

	private Path currentFile;

	private long rows;

	private boolean closed;

	private String fileName = FILE_NAME;

	/**
	 * @param definition the dataset
	 * @param stagingRoot the staging root URI (any Hadoop FileSystem), e.g.
	 * {@code file:/srv/seorona/output/.staging/42/}
	 * @param options codec, sizes and footer metadata
	 * @throws IllegalArgumentException when the dataset's schema cannot be derived
	 */
	public DatasetWriter(DatasetDefinition<T> definition, URI stagingRoot, WriteOptions options) {
		this(definition, stagingRoot, options, false);
	}

	private DatasetWriter(DatasetDefinition<T> definition, URI stagingRoot, WriteOptions options, boolean streaming) {
		this.schema = RecordSchema.of(definition);
		this.stagingRoot = stagingRoot;
		this.options = options;
		this.streaming = streaming;
		if (!definition.partitioned()) {
			this.partitions.put("", new ArrayList<>());
		}
	}

	/**
	 * A writer that writes rows in arrival order with bounded memory (see the class description);
	 * arguments as for the constructor.
	 * @throws IllegalArgumentException when the dataset's schema cannot be derived
	 */
	public static <T extends Record> DatasetWriter<T> streaming(DatasetDefinition<T> definition, URI stagingRoot,
			WriteOptions options) {
		return new DatasetWriter<>(definition, stagingRoot, options, true);
	}

	/**
	 * Names the file this writer writes in each partition folder, e.g. {@code part-00001.parquet}
	 * for a second writer of the same partitions (default {@value #FILE_NAME}); before any row.
	 * @throws IllegalArgumentException when the name is not {@code part-NNNNN.parquet}
	 * @throws IllegalStateException after a row or close
	 */
	public DatasetWriter<T> fileName(String name) {
		checkOpen();
		if (!PART_FILE.matcher(name).matches()) {
			throw new IllegalArgumentException("a dataset file is named part-NNNNN.parquet, not " + name);
		}
		if (this.rows > 0) {
			throw new IllegalStateException("dataset " + this.schema.definition().name() + ": the file name is set"
					+ " before the first row");
		}
		this.fileName = name;
		return this;
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
	 * Adds a row to its partition (a streaming writer writes it at once).
	 * @throws IllegalArgumentException when a partition value is not plain ASCII
	 * @throws IllegalStateException after close, or when a streaming writer gets a row of a partition
	 * it has finished
	 * @throws UncheckedIOException when a streaming writer cannot write (the partition file is deleted)
	 */
	public void write(T row) {
		checkOpen();
		String partition = this.schema.partitionPath(row);
		if (!this.streaming) {
			this.partitions.computeIfAbsent(partition, (key) -> new ArrayList<>()).add(row);
		}
		else {
			if (!partition.equals(this.currentPartition)) {
				finishCurrent();
				open(partition);
			}
			try {
				this.current.write(row);
			}
			catch (IOException | RuntimeException ex) {
				abortCurrent(ex);
				throw failed(this.currentFile, ex);
			}
		}
		this.rows++;
	}

	private void open(String partition) {
		if (!this.finished.add(partition)) {
			throw new IllegalStateException("dataset " + this.schema.definition().name() + ": a row of partition "
					+ partition + " arrived after the rows of another partition; a streaming writer needs each"
					+ " partition's rows together");
		}
		this.currentFile = file(partition);
		try {
			this.current = newWriter(this.currentFile);
		}
		catch (IOException | RuntimeException ex) {
			throw failed(this.currentFile, ex);
		}
		this.currentPartition = partition;
	}

	private void abortCurrent(Exception cause) {
		ParquetWriter<T> writer = this.current;
		this.current = null;
		this.currentPartition = null;
		try {
			writer.close();
		}
		catch (IOException | RuntimeException suppressed) {
			cause.addSuppressed(suppressed);
		}
	}

	private void finishCurrent() {
		if (this.current == null) {
			return;
		}
		ParquetWriter<T> writer = this.current;
		this.current = null;
		this.currentPartition = null;
		try {
			writer.close();
		}
		catch (IOException | RuntimeException ex) {
			throw failed(this.currentFile, ex);
		}
	}

	/** Adds rows. */
	public void writeAll(Iterable<? extends T> rows) {
		for (T row : rows) {
			write(row);
		}
	}

	/**
	 * Whether a file of a year partition of a dataset is staged under a staging root (see the
	 * class description for the layout).
	 * @param fileName the file's name, see {@link #fileName(String)}
	 * @throws UncheckedIOException when the file system cannot be asked
	 */
	public static boolean staged(URI stagingRoot, String dataset, int year, String fileName) {
		Path file = HadoopFiles.resolve(stagingRoot, "datasets/" + dataset + "/year=" + year + "/" + fileName);
		try {
			return HadoopFiles.fileSystem(stagingRoot).exists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot look for " + file, ex);
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
		finishCurrent();
		for (Map.Entry<String, List<T>> partition : this.partitions.entrySet()) {
			if (this.finished.contains(partition.getKey())) {
				continue;
			}
			List<T> rows = partition.getValue();
			rows.sort(this.schema.order());
			writeFile(file(partition.getKey()), rows);
		}
		this.partitions.clear();
	}

	private Path file(String partition) {
		String base = "datasets/" + this.schema.definition().name() + "/";
		String folder = partition.isEmpty() ? base : base + partition + "/";
		return HadoopFiles.resolve(this.stagingRoot, folder + this.fileName);
	}

	private ParquetWriter<T> newWriter(Path file) throws IOException {
		FileSystem fs = HadoopFiles.fileSystem(this.stagingRoot);
		return new Builder<>(HadoopFiles.outputFile(fs, file), this.schema, this.options)
			.withConf(HadoopFiles.configuration())
			.withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
			.withWriterVersion(WriterVersion.PARQUET_1_0)
			.withCompressionCodec(this.options.codec())
			.withRowGroupSize(this.options.rowGroupSize())
			.withPageSize(this.options.pageSize())
			.withDictionaryEncoding(true)
			// size statistics (unencoded byte counts per page) serve no reader of ours; min/max of a
			// unique-id column prune nothing: both cost a pass over every value
			.withSizeStatisticsEnabled(false)
			.applyPlainColumns(this.schema.definition().plainColumns())
			.build();
	}

	private void writeFile(Path file, List<T> rows) {
		try {
			try (ParquetWriter<T> writer = newWriter(file)) {
				for (T row : rows) {
					writer.write(row);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw failed(file, ex);
		}
	}

	/** Deletes the partly written file; returns the exception to throw. */
	private RuntimeException failed(Path file, Exception ex) {
		try {
			HadoopFiles.fileSystem(this.stagingRoot).delete(file, false);
		}
		catch (IOException | RuntimeException suppressed) {
			ex.addSuppressed(suppressed);
		}
		if (ex instanceof IOException io) {
			return new UncheckedIOException("cannot write " + file, io);
		}
		return (RuntimeException) ex;
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
				builder = builder.withDictionaryEncoding(column, false).withStatisticsEnabled(column, false);
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
