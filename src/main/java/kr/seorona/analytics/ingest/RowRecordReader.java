package kr.seorona.analytics.ingest;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A {@link RecordFileReader} over a {@link RowSource}: skips the rows above the header and blank
 * rows, turns malformed rows and rows with extra cells into rejects, and maps each other row with
 * the kind's mapping function. A mapping that returns {@code null} without a reject skips the row
 * (it is no record and no error, e.g. an absent participant).
 */
final class RowRecordReader<T> implements RecordFileReader<T> {

	private final InputFile file;

	private final RowSource rows;

	private final Header header;

	private final Function<RowContext, T> mapper;

	private ParsedRow<T> next;

	private boolean closed;

	RowRecordReader(InputFile file, RowSource rows, Header header, Function<RowContext, T> mapper) {
		this.file = file;
		this.rows = rows;
		this.header = header;
		this.mapper = mapper;
	}

	@Override
	public boolean hasNext() {
		if (this.next == null && !this.closed) {
			this.next = read();
			if (this.next == null) {
				close();
			}
		}
		return this.next != null;
	}

	@Override
	public ParsedRow<T> next() {
		if (!hasNext()) {
			throw new NoSuchElementException(this.file.name() + " has no more rows");
		}
		ParsedRow<T> row = this.next;
		this.next = null;
		return row;
	}

	private ParsedRow<T> read() {
		while (true) {
			RawRow raw = this.rows.next();
			if (raw == null) {
				return null;
			}
			if (raw.blank()) {
				continue;
			}
			if (raw.problem() != null) {
				return new ParsedRow<>(this.file, raw.line(), null,
						List.of(Rejects.of(this.file, raw.line(), null, null, raw.problem(), raw.detail())));
			}
			if (!this.file.xlsx()) {
				for (int i = this.header.width(); i < raw.cells().size(); i++) {
					if (!raw.cells().get(i).isBlank()) {
						return new ParsedRow<>(this.file, raw.line(), null,
								List.of(Rejects.of(this.file, raw.line(), null, null, RejectReasons.EXTRA_FIELDS,
										"the row has " + raw.cells().size() + " cells but the header has "
												+ this.header.width() + " (an unquoted delimiter, e.g. 1,200 written without quotes?)")));
					}
				}
			}
			RowContext context = new RowContext(this.file, this.header, raw);
			T record = this.mapper.apply(context);
			if (record == null && !context.rejected()) {
				// a row that is not a record and not an error (attendance marked as absent)
				continue;
			}
			return new ParsedRow<>(this.file, raw.line(), context.rejected() ? null : record, context.rejects());
		}
	}

	@Override
	public List<String> unknownColumns() {
		return this.header.unknown();
	}

	@Override
	public void close() {
		if (!this.closed) {
			this.closed = true;
			this.rows.close();
		}
	}

}
