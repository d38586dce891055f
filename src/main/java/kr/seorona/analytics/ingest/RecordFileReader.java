package kr.seorona.analytics.ingest;

import java.util.Iterator;
import java.util.List;

/**
 * Streams the data rows of one input file, one {@link ParsedRow} per non-blank data row, in file
 * order. Memory does not grow with the file. Rows above the header and blank rows are skipped.
 * {@link #next()} throws {@link InvalidInputException} naming file and line when the file turns out
 * not to be valid in its encoding mid-way, or cannot be read.
 *
 * @param <T> the record type
 */
public interface RecordFileReader<T> extends Iterator<ParsedRow<T>>, AutoCloseable {

	/** Closes the file; idempotent. */
	@Override
	void close();

	/** Header cells of columns that are not part of the record kind (kept out of the datasets). */
	default List<String> unknownColumns() {
		return List.of();
	}

}
