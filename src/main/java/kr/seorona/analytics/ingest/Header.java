package kr.seorona.analytics.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of an input file: which cell holds which canonical column. Found as the first of the
 * first {@value #SEARCH_ROWS} rows that names at least two known columns, so that title rows,
 * merged cells and blank rows above the header are skipped.
 *
 * @param line the header's line (CSV) or row number (XLSX)
 * @param indexByColumn cell index of each canonical column found
 * @param headerByColumn the header text as found in the file (trimmed, BOM removed), by column
 * @param unknown header cells that name no known column
 * @param width number of header cells
 */
record Header(long line, Map<String, Integer> indexByColumn, Map<String, String> headerByColumn, List<String> unknown,
		int width) {

	static final int SEARCH_ROWS = 20;

	/** Header cells shown in a message. */
	static final int ECHO_CELLS = 30;

	/**
	 * Reads rows from the source up to and including the header.
	 * @throws InvalidInputException for an empty file, a column named twice, or a missing required
	 * column (naming file and column)
	 */
	static Header read(RowSource rows, InputFile file, AliasTable aliases, SurveyDefinition survey) {
		List<RawRow> seen = new ArrayList<>();
		RawRow firstNonBlank = null;
		RawRow firstProblem = null;
		for (RawRow row = rows.next(); row != null && seen.size() < SEARCH_ROWS; row = rows.next()) {
			if (row.problem() != null && firstProblem == null && firstNonBlank == null) {
				firstProblem = row;
			}
			if (row.blank() || row.problem() != null) {
				continue;
			}
			seen.add(row);
			if (firstNonBlank == null) {
				firstNonBlank = row;
			}
			int known = 0;
			for (String cell : row.cells()) {
				if (column(file.kind(), cell, aliases, survey).isPresent()) {
					known++;
				}
			}
			if (known >= 2) {
				return of(row, file, aliases, survey);
			}
		}
		if (firstProblem != null) {
			// the rows read as data were the rest of a broken header (a quote opened at its start, say)
			throw new InvalidInputException("Input file " + file.name() + " line " + firstProblem.line()
					+ ", before any header: " + firstProblem.detail() + " (" + firstProblem.problem()
					+ "), so the header cannot be read");
		}
		if (firstNonBlank == null) {
			throw new InvalidInputException("Input file " + file.name() + " is empty (no header row)");
		}
		return of(firstNonBlank, file, aliases, survey);
	}

	private static Header of(RawRow row, InputFile file, AliasTable aliases, SurveyDefinition survey) {
		Map<String, Integer> index = new LinkedHashMap<>();
		Map<String, String> headers = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			String text = ValueParsers.clean(row.cells().get(i));
			if (text.isEmpty()) {
				continue;
			}
			Optional<String> column = column(file.kind(), text, aliases, survey);
			if (column.isEmpty()) {
				unknown.add(text);
				continue;
			}
			Integer previous = index.put(column.get(), i);
			if (previous != null) {
				throw new InvalidInputException("Input file " + file.name() + " line " + row.line() + ": columns '"
						+ headers.get(column.get()) + "' and '" + text + "' both mean " + column.get() + "; keep one");
			}
			headers.put(column.get(), text);
		}
		List<String> missing = new ArrayList<>();
		for (String required : Columns.required(file.kind(), survey)) {
			if (!index.containsKey(required)) {
				missing.add(required);
			}
		}
		if (file.kind() == RecordKind.ATTENDANCE && !index.containsKey(Columns.PARTICIPANT_ID)
				&& !index.containsKey(Columns.PARTICIPANT_NAME)) {
			missing.add(Columns.PARTICIPANT_ID + " (or " + Columns.PARTICIPANT_NAME + ")");
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException("Input file " + file.name() + " has no column " + String.join(", ", missing)
					+ " (header on line " + row.line() + ": " + echo(row.cells())
					+ "); add the column or an alias for it in jobs/aliases.yml");
		}
		return new Header(row.line(), Map.copyOf(index), Map.copyOf(headers), List.copyOf(unknown), row.cells().size());
	}

	/**
	 * The header cells for a message: the first {@value #ECHO_CELLS}, each abbreviated, then the
	 * count of the others (a header of two million cells is not echoed whole).
	 */
	private static String echo(List<String> cells) {
		List<String> shown = cells.stream().limit(ECHO_CELLS).map((cell) -> Rejects.abbreviate(ValueParsers.clean(cell), 40))
			.toList();
		return shown + ((cells.size() > ECHO_CELLS) ? " and " + (cells.size() - ECHO_CELLS) + " more cells" : "");
	}

	/**
	 * The canonical column a header cell names, if any: by alias, by canonical name, or (survey) by
	 * an item's code or label.
	 */
	static Optional<String> column(RecordKind kind, String header, AliasTable aliases, SurveyDefinition survey) {
		Optional<String> column = aliases.column(kind, header);
		if (column.isPresent()) {
			return column;
		}
		String normalized = AliasTable.normalize(header);
		for (List<String> names : List.of(Columns.required(kind, survey), Columns.optional(kind))) {
			for (String name : names) {
				if (normalized.equals(AliasTable.normalize(name))) {
					return Optional.of(name);
				}
			}
		}
		if (kind != RecordKind.SURVEY) {
			return Optional.empty();
		}
		for (SurveyItem item : survey.items()) {
			if (normalized.equals(AliasTable.normalize(item.code())) || normalized.equals(AliasTable.normalize(item.labelKo()))
					|| normalized.equals(AliasTable.normalize(item.labelEn()))) {
				return Optional.of(item.code());
			}
		}
		return Optional.empty();
	}

	boolean has(String column) {
		return this.indexByColumn.containsKey(column);
	}

}
