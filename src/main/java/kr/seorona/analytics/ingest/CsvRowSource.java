package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;

/**
 * Rows of a delimited text file. Lines come from a {@link StrictLineReader} (encoding checked); a
 * line whose quoted field is still open at its end is joined with the following lines (Excel's
 * Alt+Enter line breaks, embedded delimiters), and each record's text is split into fields by
 * FastCSV. A quote that does not open or close a field, or a quoted field still open after
 * {@value #MAX_CONTINUATION_LINES} lines or at the end of the file, makes a
 * {@link RejectReasons#MALFORMED_QUOTES} row; reading resumes at the next line, so one bad quote
 * never swallows the rest of the file. A line longer than {@link StrictLineReader#MAX_LINE_CHARS}
 * characters is a {@link RejectReasons#LINE_TOO_LONG} row (and ends a quoted field's continuation).
 * <p>
 * The delimiter (comma, semicolon or tab) is the one of the three that occurs most often, outside
 * quotes, in the first non-blank lines; ties go to tab for {@code .tsv}, comma otherwise.
 */
final class CsvRowSource implements RowSource {

	static final int MAX_CONTINUATION_LINES = 200;

	static final int DELIMITER_SAMPLE_LINES = 20;

	private final InputFile file;

	private final StrictLineReader lines;

	/** Lines read ahead (for delimiter detection, or put back after an unclosed quote). */
	private final Deque<Line> pending = new ArrayDeque<>();

	private final char delimiter;

	CsvRowSource(InputFile file, Charset encodingOverride) {
		this.file = file;
		this.lines = new StrictLineReader(file, TextEncoding.of(file, encodingOverride));
		try {
			this.delimiter = detectDelimiter();
		}
		catch (RuntimeException ex) {
			this.lines.close();
			throw ex;
		}
	}

	char delimiter() {
		return this.delimiter;
	}

	/** Reads the first non-blank lines ahead (kept for {@link #next()}) and picks their delimiter. */
	private char detectDelimiter() {
		List<String> sample = new ArrayList<>();
		while (sample.size() < DELIMITER_SAMPLE_LINES) {
			String text = this.lines.readLine();
			if (text == null) {
				break;
			}
			this.pending.addLast(new Line(this.lines.lineNumber(), text, this.lines.lastLength()));
			if (!text.isBlank()) {
				sample.add(text);
			}
		}
		return Delimiter.of(sample, this.file.tsv() ? '\t' : ',');
	}

	private Line nextLine() {
		if (!this.pending.isEmpty()) {
			return this.pending.removeFirst();
		}
		String text = this.lines.readLine();
		return (text != null) ? new Line(this.lines.lineNumber(), text, this.lines.lastLength()) : null;
	}

	@Override
	public RawRow next() {
		Line first = nextLine();
		if (first == null) {
			return null;
		}
		if (first.tooLong()) {
			return RawRow.problem(first.number(), RejectReasons.LINE_TOO_LONG, String.format(java.util.Locale.ROOT,
					"the line has %,d characters; at most %,d are read", first.length(), StrictLineReader.MAX_LINE_CHARS));
		}
		QuoteState state = scan(first.text(), QuoteState.START);
		if (state == QuoteState.STRAY) {
			return RawRow.malformed(first.number(), "a quote inside an unquoted field or text after a closing quote");
		}
		if (state == QuoteState.START) {
			return (first.text().indexOf('"') < 0) ? splitUnquoted(first.number(), first.text())
					: split(first.number(), first.text());
		}
		// a quoted field continues on the next line(s)
		List<Line> continuation = new ArrayList<>();
		StringBuilder text = new StringBuilder(first.text());
		while (state == QuoteState.OPEN && continuation.size() < MAX_CONTINUATION_LINES) {
			Line next = nextLine();
			if (next == null) {
				break;
			}
			continuation.add(next);
			if (next.tooLong() || text.length() + next.text().length() > StrictLineReader.MAX_LINE_CHARS) {
				break;
			}
			text.append('\n').append(next.text());
			state = scan(next.text(), QuoteState.OPEN);
		}
		if (state == QuoteState.START) {
			return split(first.number(), text.toString());
		}
		// unclosed (or stray) quote: reject the first line, read the others again as rows of their own
		for (int i = continuation.size() - 1; i >= 0; i--) {
			this.pending.addFirst(continuation.get(i));
		}
		return RawRow.malformed(first.number(), (state == QuoteState.OPEN)
				? "a quoted field is never closed" : "a quote inside an unquoted field or text after a closing quote");
	}

	/**
	 * Splits a line without any quote character at the delimiter: what FastCSV gives for such a line
	 * (no quoting to resolve), without building a parser per line. Lines with quotes go to
	 * {@link #split(long, String)}.
	 */
	private RawRow splitUnquoted(long number, String text) {
		List<String> fields = new ArrayList<>(8);
		int start = 0;
		for (int at = text.indexOf(this.delimiter); at >= 0; at = text.indexOf(this.delimiter, start)) {
			fields.add(text.substring(start, at));
			start = at + 1;
		}
		fields.add(text.substring(start));
		return RawRow.of(number, fields);
	}

	private RawRow split(long number, String text) {
		if (text.isEmpty()) {
			return RawRow.of(number, List.of(""));
		}
		FieldsHandler handler = new FieldsHandler();
		try (CsvReader<List<String>> reader = CsvReader.builder()
			.fieldSeparator(this.delimiter)
			.quoteCharacter('"')
			.skipEmptyLines(false)
			.ignoreDifferentFieldCount(true)
			.acceptCharsAfterQuotes(false)
			.detectBomHeader(false)
			.build(handler, text)) {
			List<List<String>> records = reader.stream().toList();
			if (records.size() != 1 || handler.stray) {
				return RawRow.malformed(number, "a quote inside an unquoted field or text after a closing quote");
			}
			return RawRow.of(number, records.get(0));
		}
		catch (CsvParseException ex) {
			return RawRow.malformed(number, "a quote inside an unquoted field or text after a closing quote");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where a line leaves the quoting: START = every quoted field closed, OPEN = a quoted field
	 * continues past the line end, STRAY = a quote that neither opens nor closes a field.
	 */
	private enum QuoteState {

		START, OPEN, STRAY

	}

	private QuoteState scan(String text, QuoteState initial) {
		boolean inQuotes = initial == QuoteState.OPEN;
		boolean fieldStart = !inQuotes;
		boolean afterClose = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inQuotes) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						i++;
					}
					else {
						inQuotes = false;
						afterClose = true;
					}
				}
				continue;
			}
			if (c == this.delimiter) {
				fieldStart = true;
				afterClose = false;
				continue;
			}
			if (afterClose) {
				return QuoteState.STRAY;
			}
			if (c == '"') {
				if (!fieldStart) {
					return QuoteState.STRAY;
				}
				inQuotes = true;
			}
			fieldStart = false;
		}
		return inQuotes ? QuoteState.OPEN : QuoteState.START;
	}

	@Override
	public void close() {
		this.lines.close();
	}

	/** A physical line; {@code length} counts the characters dropped from a line too long to keep. */
	private record Line(long number, String text, long length) {

		boolean tooLong() {
			return this.length > this.text.length();
		}

	}

	private static final class FieldsHandler extends AbstractBaseCsvCallbackHandler<List<String>> {

		private List<String> fields = new ArrayList<>();

		private boolean stray;

		@Override
		protected void handleBegin(long startingLineNumber) {
			this.fields = new ArrayList<>();
		}

		@Override
		protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
			String value = new String(buf, offset, len);
			if (!quoted && value.indexOf('"') >= 0) {
				this.stray = true;
			}
			this.fields.add(value);
		}

		@Override
		protected RecordWrapper<List<String>> buildRecord() {
			return wrapRecord(this.fields);
		}

	}

}
