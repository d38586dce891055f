package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.InputFile;

/**
 * Reads a dataset back into records, e.g. for the dashboard or a later job.
 */
public final class DatasetReader {

	private DatasetReader() {
	}

	/**
	 * Every row of every partition under {@code <root>/datasets/<name>/}, partitions in path order
	 * ({@code year=2019} first), rows in file order; partition columns are filled from the folder
	 * names. Files and folders whose names start with {@code _} or {@code .} are skipped. The stream
	 * is lazy and holds one open file: close it (try-with-resources) when not consumed to the end.
	 * An absent dataset folder gives an empty stream.
	 * @param root the output (or staging) root URI, any Hadoop FileSystem
	 * @throws UncheckedIOException when a folder cannot be listed or a file cannot be read
	 * @throws IllegalArgumentException when a folder name is not a partition of the dataset
	 */
	public static <T extends Record> Stream<T> read(DatasetDefinition<T> definition, URI root) {
		return read(definition, root, null);
	}

	/**
	 * Like {@link #read(DatasetDefinition, URI)}, reading only the named columns: Parquet then skips
	 * the other columns' pages (no decompression, no decoding, no Java objects). A component whose
	 * column is not named is {@code null}, or 0 / {@code false} for a primitive component; partition
	 * columns are always filled.
	 * @param columns stored column names (snake_case, as in the files), or {@code null} for all
	 * @throws IllegalArgumentException when a name is not a stored column of the dataset
	 */
	public static <T extends Record> Stream<T> read(DatasetDefinition<T> definition, URI root, Set<String> columns) {
		RecordSchema<T> schema = RecordSchema.of(definition);
		if (columns != null) {
			Set<String> stored = new HashSet<>();
			schema.stored().forEach((column) -> stored.add(column.name()));
			for (String name : columns) {
				if (!stored.contains(name)) {
					throw new IllegalArgumentException("dataset " + definition.name() + " has no stored column " + name
							+ "; stored: " + stored);
				}
			}
		}
		Set<String> projection = (columns != null) ? Set.copyOf(columns) : null;
		FileSystem fs = HadoopFiles.fileSystem(root);
		Path folder = HadoopFiles.resolve(root, "datasets/" + definition.name());
		List<Path> files;
		try {
			files = HadoopFiles.files(fs, folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
		// Not files.stream().flatMap(...): on Java 17 a flat-mapped stream consumed through iterator()
		// buffers a whole inner stream (a whole partition file of rows) before returning the first row.
		FileRows<T> rows = new FileRows<>(files.iterator(),
				(file) -> rows(schema, file, partitionValues(schema, folder, file), projection));
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
			.onClose(rows::close);
	}

	/** The rows of one file after the other, opening each file when the previous one is used up. */
	private static final class FileRows<T> implements Iterator<T> {

		private final Iterator<Path> files;

		private final java.util.function.Function<Path, Stream<T>> open;

		private Stream<T> stream;

		private Iterator<T> rows;

		FileRows(Iterator<Path> files, java.util.function.Function<Path, Stream<T>> open) {
			this.files = files;
			this.open = open;
		}

		@Override
		public boolean hasNext() {
			while (this.rows == null || !this.rows.hasNext()) {
				close();
				if (!this.files.hasNext()) {
					return false;
				}
				this.stream = this.open.apply(this.files.next());
				this.rows = this.stream.iterator();
			}
			return true;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.rows.next();
		}

		void close() {
			if (this.stream != null) {
				Stream<T> open = this.stream;
				this.stream = null;
				this.rows = null;
				open.close();
			}
		}

	}

	private static <T extends Record> Map<Column, Object> partitionValues(RecordSchema<T> schema, Path folder,
			Path file) {
		String[] segments = HadoopFiles.relative(folder, file).split("/");
		List<Column> columns = schema.partitions();
		if (segments.length != columns.size() + 1) {
			throw new IllegalArgumentException(
					file + " is not in a partition folder " + schema.definition().partitionColumns() + " of dataset "
							+ schema.definition().name());
		}
		Map<Column, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			String prefix = column.name() + "=";
			if (!segments[i].startsWith(prefix)) {
				throw new IllegalArgumentException(file + ": folder " + segments[i] + " is not " + prefix + "...");
			}
			values.put(column, RecordSchema.partitionValue(column, segments[i].substring(prefix.length())));
		}
		return values;
	}

	private static <T extends Record> Stream<T> rows(RecordSchema<T> schema, Path file, Map<Column, Object> values,
			Set<String> projection) {
		ParquetReader<T> reader;
		try {
			reader = new Builder<>(HadoopFiles.inputFile(file), new RecordReadSupport<>(schema, values, projection))
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open " + file, ex);
		}
		Iterator<T> iterator = new Iterator<>() {

			private T next = advance();

			private T advance() {
				try {
					return reader.read();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot read " + file, ex);
				}
			}

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public T next() {
				if (this.next == null) {
					throw new NoSuchElementException();
				}
				T current = this.next;
				this.next = advance();
				return current;
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
			.onClose(() -> {
				try {
					reader.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot close " + file, ex);
				}
			});
	}

	private static final class Builder<T> extends ParquetReader.Builder<T> {

		private final ReadSupport<T> readSupport;

		Builder(InputFile file, ReadSupport<T> readSupport) {
			super(file, HadoopFiles.parquetConfiguration());
			this.readSupport = readSupport;
		}

		@Override
		protected ReadSupport<T> getReadSupport() {
			return this.readSupport;
		}

	}

}
