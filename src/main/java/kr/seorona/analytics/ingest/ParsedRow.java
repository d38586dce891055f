package kr.seorona.analytics.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One data row of an input file, as parsed.
 *
 * @param <T> the record type
 * @param source the file the row comes from
 * @param line 1-based physical line (CSV; the line where the row starts) or row number (XLSX)
 * @param record the parsed record, or {@code null} when the row is rejected
 * @param rejects the row's rejects: a rejected row has at least one; an accepted survey row may carry
 * cell rejects (answers set to {@code null})
 */
public record ParsedRow<T>(InputFile source, long line, T record, List<Reject> rejects) {

	public ParsedRow {
		Objects.requireNonNull(source, "source");
		rejects = List.copyOf(rejects);
		if (record == null && rejects.isEmpty()) {
			throw new IllegalArgumentException("a rejected row needs a reject (" + source.name() + " line " + line + ")");
		}
	}

	/** Whether the row was accepted (its record is not {@code null}). */
	public boolean accepted() {
		return this.record != null;
	}

	/** This row, rejected with an extra whole-row reject (e.g. a duplicate). */
	public ParsedRow<T> rejectedWith(Reject reject) {
		List<Reject> all = new ArrayList<>(this.rejects);
		all.add(reject);
		return new ParsedRow<>(this.source, this.line, null, all);
	}

}
