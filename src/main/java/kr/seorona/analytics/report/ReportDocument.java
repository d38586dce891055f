package kr.seorona.analytics.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A results report of one school year in one language, as blocks in reading order.
 *
 * @param year the school year
 * @param locale the language of every text ({@code ko} or {@code en})
 * @param title the document title (also the file's metadata title)
 * @param blocks the content, title block first
 * @param runDate the date of the run: the documents' creation date
 */
public record ReportDocument(int year, Locale locale, String title, List<ReportBlock> blocks, LocalDate runDate) {

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

	/** The blocks of one kind, in order. */
	public <T extends ReportBlock> List<T> blocks(Class<T> type) {
		return this.blocks.stream().flatMap((block) -> type.isInstance(block) ? Stream.of(type.cast(block)) : Stream.empty())
			.toList();
	}

}
