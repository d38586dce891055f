package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;

/** Facts read from a Parquet file's footer without reading its data. */
public final class ParquetFiles {

	/**
	 * Read options over the shared Hadoop configuration: {@code ParquetFileReader.open(InputFile)}
	 * alone builds a fresh configuration, which parses Hadoop's default XML again, for every file.
	 */
	static final ParquetReadOptions READ_OPTIONS = HadoopReadOptions.builder(HadoopFiles.configuration()).build();

	private ParquetFiles() {
	}

	/**
	 * The number of rows in a Parquet file (sum over its row groups, from the footer).
	 * @throws UncheckedIOException naming the file when it cannot be read as Parquet
	 */
	public static long rowCount(Path file) {
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), READ_OPTIONS)) {
			return reader.getRecordCount();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the Parquet footer of " + file, ex);
		}
	}

}
