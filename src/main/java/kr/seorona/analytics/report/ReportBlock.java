package kr.seorona.analytics.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One block of a results report, in reading order; the DOCX and HWPX writers render the same
 * blocks, so both documents say the same thing.
 */
public sealed interface ReportBlock {

	/**
	 * The title block: organisation, document title (programme and year), and the lines below it
	 * (date of the run, draft notice).
	 */
	record Title(String organisation, String title, List<String> lines) implements ReportBlock {

		public Title {
			lines = List.copyOf(lines);
		}

	}

	/** A numbered section heading ({@code level} 1) or sub-heading ({@code level} 2). */
	record Heading(int level, String text) implements ReportBlock {

	}

	/** A sentence or two generated from the figures with a fixed template. */
	record Paragraph(String text) implements ReportBlock {

	}

	/**
	 * A native table: caption above, {@code header} and {@code rows} (every row as many cells as the
	 * header), source note below. {@code numeric[i]} right-aligns column i.
	 */
	record Table(String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric,
			String source) implements ReportBlock {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			numeric = List.copyOf(numeric);
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException(
							"table '" + caption + "': a row has " + row.size() + " cells, the header " + header.size());
				}
			}
			if (numeric.size() != header.size()) {
				throw new IllegalArgumentException("table '" + caption + "': numeric flags do not match the header");
			}
		}

	}

	/**
	 * A chart from the charts step: caption above, the PNG (embedded at {@link #WIDTH_CM} wide, its
	 * height from the image's aspect ratio), source note below.
	 */
	record Figure(String caption, Path png, String source) implements ReportBlock {

		/** Printed width of every chart, 16 cm: the text width of the A4 page with 2.5 cm margins. */
		public static final double WIDTH_CM = 16.0;

		public Figure {
			Objects.requireNonNull(png, "png");
		}

	}

	/** A small-print note, e.g. which figures are withheld. */
	record Note(String text) implements ReportBlock {

	}

}
