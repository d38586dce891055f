package kr.seorona.analytics.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts, per input file, the rows read, accepted and rejected, and the rejects by reason: the
 * summary printed at the end of a run and checked by {@link RejectLimit}. Not thread-safe.
 */
public final class IngestSummary {

	private final Map<String, Counts> files = new LinkedHashMap<>();

	private Counts lastCounts;

	private final SortedMap<String, List<String>> unknownColumns = new TreeMap<>();

	/** Counts one parsed row (after the {@link DuplicateFilter}, if it ran on the row). */
	public void add(ParsedRow<?> row) {
		Counts counts = counts(row.source());
		counts.read++;
		if (row.accepted()) {
			counts.accepted++;
		}
		else {
			counts.rejected++;
		}
		for (Reject reject : row.rejects()) {
			counts.byReason.merge(reject.reason(), 1L, Long::sum);
		}
	}

	/**
	 * Counts whole-row rejects of rows already counted as accepted (e.g. duplicates found after the
	 * row was added): each turns one accepted row of its file into a rejected one.
	 */
	public void addRejects(InputFile file, Collection<Reject> rejects) {
		Counts counts = counts(file);
		for (Reject reject : rejects) {
			counts.accepted--;
			counts.rejected++;
			counts.byReason.merge(reject.reason(), 1L, Long::sum);
		}
	}

	/** Notes the unknown columns of a file (reported once in {@link #report()}). */
	public void addUnknownColumns(InputFile file, List<String> columns) {
		counts(file);
		if (!columns.isEmpty()) {
			this.unknownColumns.put(file.name(), List.copyOf(columns));
		}
	}

	private Counts counts(InputFile file) {
		// rows come file by file: the last file's counts serve all but the first row of each file
		Counts last = this.lastCounts;
		if (last == null || last.file != file) {
			last = this.files.computeIfAbsent(file.name(), (name) -> new Counts(file));
			this.lastCounts = last;
		}
		return last;
	}

	/** One summary per file, sorted by kind, then year, then file name. */
	public List<FileSummary> files() {
		List<FileSummary> out = new ArrayList<>();
		for (Counts c : this.files.values()) {
			out.add(new FileSummary(c.file.name(), c.file.kind(), c.file.year(), c.read, c.accepted, c.rejected,
					c.byReason));
		}
		out.sort(Comparator.comparing(FileSummary::kind).thenComparingInt(FileSummary::year)
			.thenComparing(FileSummary::file));
		return out;
	}

	/** Data rows read in all files. */
	public long rowsRead() {
		return this.files.values().stream().mapToLong((c) -> c.read).sum();
	}

	/** Rows rejected in all files. */
	public long rejectedRows() {
		return this.files.values().stream().mapToLong((c) -> c.rejected).sum();
	}

	/** Unknown header cells by file name. */
	public SortedMap<String, List<String>> unknownColumns() {
		return Collections.unmodifiableSortedMap(this.unknownColumns);
	}

	/** The summary as text lines for the log or console: one line per file, then the totals. */
	public String report() {
		StringBuilder out = new StringBuilder();
		for (FileSummary f : files()) {
			out.append(String.format("%-28s read %8d  accepted %8d  rejected %8d", f.file(), f.rowsRead(), f.accepted(),
					f.rejected()));
			if (!f.rejectedByReason().isEmpty()) {
				out.append("  ").append(f.rejectedByReason());
			}
			List<String> unknown = this.unknownColumns.get(f.file());
			if (unknown != null) {
				out.append("  unused columns ").append(unknown);
			}
			out.append(System.lineSeparator());
		}
		out.append(String.format("%-28s read %8d  accepted %8d  rejected %8d", "total", rowsRead(),
				rowsRead() - rejectedRows(), rejectedRows()));
		return out.toString();
	}

	private static final class Counts {

		private final InputFile file;

		private long read;

		private long accepted;

		private long rejected;

		private final SortedMap<String, Long> byReason = new TreeMap<>();

		Counts(InputFile file) {
			this.file = file;
		}

	}

}
