package kr.seorona.analytics.ingest;

import java.util.Objects;

/**
 * A rejected row or cell, as written to the reject report.
 *
 * @param year the school year of the file (input folder), or 0 when unknown
 * @param file the input file, relative to the input folder, e.g. {@code 2022/sessions.csv}
 * @param line 1-based physical line (CSV) or row number (XLSX) where the record starts
 * @param column the column's header as found in the file, or {@code null} for a whole-row problem
 * @param rawValue the offending raw value, or {@code null}; never a participant's name
 * @param reason machine-stable reason code, e.g. {@code UNKNOWN_GROUP}
 * @param message human-readable message naming file, line, column and reason
 */
public record Reject(int year, String file, long line, String column, String rawValue, String reason,
		String message) {

	public Reject {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(message, "message");
	}

}
