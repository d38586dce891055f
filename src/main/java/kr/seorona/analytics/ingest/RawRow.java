package kr.seorona.analytics.ingest;

import java.util.List;

/**
 * One physical row of an input file before it is mapped to a record.
 *
 * @param line 1-based line (CSV, where the row starts) or row number (XLSX)
 * @param cells the cells as text ({@code ""} for blank), in column order; empty when malformed
 * @param problem {@code null}, or a reason code when the row could not be split into cells
 * ({@link RejectReasons#MALFORMED_QUOTES}, {@link RejectReasons#LINE_TOO_LONG})
 * @param detail a description of the problem, or {@code null}
 */
record RawRow(long line, List<String> cells, String problem, String detail) {

	static RawRow of(long line, List<String> cells) {
		return new RawRow(line, cells, null, null);
	}

	static RawRow malformed(long line, String detail) {
		return problem(line, RejectReasons.MALFORMED_QUOTES, detail);
	}

	/** A row that cannot be split into cells, for the reason code given. */
	static RawRow problem(long line, String reason, String detail) {
		return new RawRow(line, List.of(), reason, detail);
	}

	boolean blank() {
		if (this.problem != null) {
			return false;
		}
		for (String cell : this.cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
