package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;

/** Facts read from a Parquet file's footer without reading its data. */
public final class ParquetFiles {

	private ParquetFiles() {
	}

	/**
	 * The number of rows in a Parquet file (sum over its row groups, from the footer).
	 * @throws UncheckedIOException naming the file when it cannot be read as Parquet
	 */
	public static long rowCount(Path file) {
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			return reader.getRecordCount();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the Parquet footer of " + file, ex);
		}
	}

}
