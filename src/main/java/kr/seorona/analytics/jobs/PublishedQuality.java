package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.ingest.RejectReportWriter;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetReader;

/**
 * Keeps the published reports about every published year, not only the years a run re-ran: before
 * the staged {@code reports/} folder replaces the published one, the published per-file summary
 * entries of the other years are carried over into the staged {@code ingest-summary.json}, and
 * the staged {@code rejects.csv} is rewritten from the committed {@code rejects} dataset (whose
 * other years' partitions the run left alone). Run after the datasets are committed; idempotent,
 * so a publish restarted after a crash gives the same files.
 */
final class PublishedQuality {

	private PublishedQuality() {
	}

	/**
	 * The published per-file summaries ({@code <output>/reports/ingest-summary.json}) of the years
	 * this run did not ingest; empty before the first publish.
	 * @param layout the run's folders
	 * @param years the years this run ingested
	 */
	static List<FileSummary> otherYears(RunLayout layout, Set<Integer> years) {
		return IngestSummaries.read(layout.reports().resolve(IngestSummaries.FILE_NAME))
			.stream()
			.filter((file) -> !years.contains(file.year()))
			.toList();
	}

	/**
	 * @param layout the run's folders
	 * @param years the years this run ingested
	 */
	static void carryOver(RunLayout layout, Set<Integer> years) {
		Path staged = layout.staging().resolve("reports");
		if (!Files.isDirectory(staged)) {
			return;
		}
		List<FileSummary> carried = otherYears(layout, years);
		if (carried.isEmpty()) {
			return;
		}
		List<FileSummary> merged = new ArrayList<>(IngestSummaries.read(staged.resolve(IngestSummaries.FILE_NAME)));
		merged.addAll(carried);
		merged.sort(Comparator.comparing(FileSummary::kind)
			.thenComparingInt(FileSummary::year)
			.thenComparing(FileSummary::file));
		try {
			IngestSummaries.write(merged, staged.resolve(IngestSummaries.FILE_NAME));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + staged.resolve(IngestSummaries.FILE_NAME), ex);
		}
		List<Reject> rejects;
		try (Stream<Reject> rows = DatasetReader.read(DatasetCatalog.of(Reject.class), layout.datasetsRoot())) {
			rejects = rows.toList();
		}
		RejectReportWriter.writeCsv(rejects, staged.resolve("rejects.csv"));
	}

}
