package kr.seorona.analytics.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import kr.seorona.analytics.ingest.ReportIdentity;

/**
 * What the dashboard pages of one run show.
 *
 * @param run the run's metadata (shown at the end of the page)
 * @param identity organisation, programme and contact line ({@code jobs/report.yml})
 * @param figures the published statistics of every year, read back from the datasets
 * @param quality one row per input file of every published year (not only the years this run
 * re-ran), in the order to show
 * @param charts the chart files to show: PNGs (other files are ignored), absolute or relative to
 * the output folder, in the order to show, e.g. the list {@code ChartCatalog.renderAll} returned;
 * each page shows those of its own language (English ones under {@code charts/en/})
 * @param datasets the published datasets with their files, to link to
 * @param minCellSize k of the small-cell rule used in this run
 */
public record RunReport(RunInfo run, ReportIdentity identity, PublishedFigures figures, List<QualityRow> quality,
		List<Path> charts, List<DatasetLink> datasets, int minCellSize) {

	public RunReport {
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(figures, "figures");
		quality = (quality != null) ? List.copyOf(quality) : List.of();
		charts = (charts != null) ? List.copyOf(charts) : List.of();
		datasets = (datasets != null) ? List.copyOf(datasets) : List.of();
		if (minCellSize < 1) {
			throw new IllegalArgumentException("minCellSize must be >= 1 but was " + minCellSize);
		}
	}

}
