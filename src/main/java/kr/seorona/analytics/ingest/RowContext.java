package kr.seorona.analytics.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row being mapped to a record: cell access by canonical column, and the rejects found so
 * far. A row-level reject makes the row rejected; a cell reject keeps it.
 */
final class RowContext {

	static final String WITHHELD = "(withheld)";

	private final InputFile file;

	private final Header header;

	private final RawRow row;

	private final List<Reject> rejects = new ArrayList<>();

	private boolean rejected;

	RowContext(InputFile file, Header header, RawRow row) {
		this.file = file;
		this.header = header;
		this.row = row;
	}

	InputFile file() {
		return this.file;
	}

	long line() {
		return this.row.line();
	}

	boolean has(String column) {
		return this.header.has(column);
	}

	/** The raw cell text of a column ({@code ""} when blank or absent). */
	String raw(String column) {
		Integer index = this.header.indexByColumn().get(column);
		if (index == null || index >= this.row.cells().size()) {
			return "";
		}
		String value = this.row.cells().get(index);
		return (value != null) ? value : "";
	}

	/** The cleaned text of a column, or {@code null} when blank or absent. */
	String text(String column) {
		String text = ValueParsers.clean(raw(column));
		return text.isEmpty() ? null : text;
	}

	/** The cleaned text of a required column; a blank value rejects the row (MISSING_VALUE). */
	String required(String column) {
		String text = text(column);
		if (text == null) {
			reject(column, RejectReasons.MISSING_VALUE, "the value is blank");
		}
		return text;
	}

	/**
	 * The cleaned text of a required identifier column; a blank value rejects the row
	 * (MISSING_VALUE), and so does a control or invisible character inside it (INVALID_ID), which
	 * would make it another id that looks the same.
	 */
	String id(String column) {
		String text = required(column);
		if (text != null) {
			String raw = raw(column);
			int at = invisibleCharacter(raw);
			if (at >= 0) {
				reject(column, RejectReasons.INVALID_ID, String.format(java.util.Locale.ROOT,
						"the id has an invisible or control character U+%04X at position %d; retype the id",
						(int) raw.charAt(at), at + 1));
				return null;
			}
		}
		return text;
	}

	/**
	 * The position of the first character of the text that has no place in an identifier: a control
	 * character (NUL, tab, line break), a format character (zero-width space or joiner, byte-order
	 * mark, direction marks), a line or paragraph separator, a private-use, unassigned or lone
	 * surrogate code, or a Hangul filler (U+115F, U+1160, U+3164, U+FFA0, invisible in most fonts);
	 * -1 when there is none.
	 */
	static int invisibleCharacter(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= 0x20 && c <= 0x7E) {
				continue;
			}
			switch (Character.getType(c)) {
				case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
						Character.PRIVATE_USE, Character.UNASSIGNED -> {
					return i;
				}
				case Character.SURROGATE -> {
					boolean pair = Character.isHighSurrogate(c) && i + 1 < raw.length()
							&& Character.isLowSurrogate(raw.charAt(i + 1));
					if (!pair) {
						return i;
					}
					i++;
				}
				default -> {
					if (c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0') {
						return i;
					}
				}
			}
		}
		return -1;
	}

	/** Takes a parse result's value, or rejects the row with its reason. */
	<V> V value(String column, ValueParsers.Result<V> result) {
		if (!result.ok()) {
			reject(column, result.reason(), result.detail());
		}
		return result.value();
	}

	/** Rejects the whole row because of a column's value. */
	void reject(String column, String reason, String detail) {
		this.rejected = true;
		this.rejects.add(newReject(column, reason, detail));
	}

	/** Rejects one cell; the row is kept. */
	void rejectCell(String column, String reason, String detail) {
		this.rejects.add(newReject(column, reason, detail));
	}

	/** Rejects the whole row with no particular column. */
	void rejectRow(String reason, String detail) {
		this.rejected = true;
		this.rejects.add(Rejects.of(this.file, this.row.line(), null, null, reason, detail));
	}

	private Reject newReject(String column, String reason, String detail) {
		String header = (column != null) ? this.header.headerByColumn().getOrDefault(column, column) : null;
		String value = (column != null) ? raw(column) : null;
		if (value != null && Columns.PERSONAL.contains(column)) {
			value = WITHHELD;
		}
		return Rejects.of(this.file, this.row.line(), header, value, reason, detail);
	}

	boolean rejected() {
		return this.rejected;
	}

	List<Reject> rejects() {
		return this.rejects;
	}

}
