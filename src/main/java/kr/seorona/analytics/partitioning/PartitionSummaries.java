package kr.seorona.analytics.partitioning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kr.seorona.analytics.ingest.FileSummary;

/**
 * Merges the per-file summaries of the ingest partitions into the run's summary: each input file is
 * staged and counted by exactly one partition (others may read it only as a lookup, see
 * {@link IngestPartitioner}), so its counts are taken once, whichever process ran the
 * partition and however often it was re-run (only the last completed attempt's summary is given).
 */
public final class PartitionSummaries {

	/** The order of {@link kr.seorona.analytics.ingest.IngestSummary#files()}: kind, year, file. */
	private static final Comparator<FileSummary> ORDER = Comparator.comparing(FileSummary::kind)
		.thenComparingInt(FileSummary::year)
		.thenComparing(FileSummary::file);

	private PartitionSummaries() {
	}

	/**
	 * @param partitions the summary of every partition, in any order
	 * @return every file's summary, sorted by kind, then year, then file name: the same list the
	 * single-threaded ingest produced
	 * @throws IllegalStateException when a file appears in two partitions' summaries
	 */
	public static List<FileSummary> merge(Collection<List<FileSummary>> partitions) {
		List<FileSummary> files = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (List<FileSummary> partition : partitions) {
			for (FileSummary file : partition) {
				if (!seen.add(file.file())) {
					throw new IllegalStateException("input file " + file.file() + " was counted by two ingest partitions");
				}
				files.add(file);
			}
		}
		files.sort(ORDER);
		return files;
	}

}
