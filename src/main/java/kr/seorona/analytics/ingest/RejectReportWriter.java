package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes the reject report as CSV that opens cleanly in Korean Excel: UTF-8 with a byte-order mark,
 * CRLF line ends, a bilingual header ({@code 연도(year), 파일(file), 행(line), 열(column), 값(value),
 * 사유(reason), 설명(message)}), rows sorted by file, line and column. Values that Excel would run as
 * formulas ({@code = + - @}, or a tab or line break before them, at the start) are prefixed with an
 * apostrophe ({@link #safeCell(String)}). The file is written to a
 * temporary sibling and moved into place, so that a restarted job replaces the report instead of
 * appending to it, and a reader never sees half a file.
 */
public final class RejectReportWriter {

	static final List<String> HEADER = List.of("연도(year)", "파일(file)", "행(line)", "열(column)", "값(value)",
			"사유(reason)", "설명(message)");

	private static final Comparator<Reject> ORDER = Comparator.comparing(Reject::file)
		.thenComparingLong(Reject::line)
		.thenComparing(Reject::column, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Reject::reason)
		.thenComparing(Reject::message);

	private RejectReportWriter() {
	}

	/**
	 * @param rejects the rejects of the run, in any order
	 * @param file the report to write (replaced if it exists); its folder is created
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public static void writeCsv(List<Reject> rejects, Path file) {
		List<Reject> sorted = new ArrayList<>(rejects);
		sorted.sort(ORDER);
		Path target = file.toAbsolutePath();
		try {
			Files.createDirectories(target.getParent());
			// a plain sibling, not Files.createTempFile: that makes the file owner-only (rw-------), and the
			// dashboard links the report, like the other published files (readable as the umask allows)
			Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
			try {
				try (OutputStream out = Files.newOutputStream(temp)) {
					out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
					try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8)) {
						csv.writeRecord(HEADER);
						for (Reject reject : sorted) {
							csv.writeRecord(String.valueOf(reject.year()), reject.file(), String.valueOf(reject.line()),
									safeCell(reject.column()), safeCell(reject.rawValue()), reject.reason(),
									safeCell(reject.message()));
						}
					}
				}
				try {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the reject report " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A CSV cell safe to open in a spreadsheet: {@code null} as blank; a value starting with
	 * {@code = + - @}, a tab, a carriage return or a line feed (which spreadsheets skip before
	 * reading a formula) gets an apostrophe in front, except plain numbers such as {@code -5}.
	 * For every CSV file the job writes.
	 */
	public static String safeCell(String value) {
		if (value == null) {
			return "";
		}
		if (!value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0 && !value.matches("[+-]?[0-9][0-9,.]*")) {
			return "'" + value;
		}
		return value;
	}

}
