package kr.seorona.analytics.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One input file found by {@link InputScanner}.
 *
 * @param year the school year (name of the folder the file is in)
 * @param kind what the file holds
 * @param path the file
 * @param name the file's name relative to the input folder, with {@code /} separators, e.g.
 * {@code 2022/sessions.csv}; used in rejects, summaries and messages
 */
public record InputFile(int year, RecordKind kind, Path path, String name) {

	public InputFile {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(name, "name");
	}

	/** Whether the file is an Excel workbook ({@code .xlsx}). */
	public boolean xlsx() {
		return this.path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	/** Whether the file's extension says tab-separated ({@code .tsv}). */
	boolean tsv() {
		return this.path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
	}

}
