package kr.seorona.analytics.dashboard;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * What the dashboard page of one run shows.
 *
 * @param jobName the job's name, e.g. {@code annualReport}
 * @param jobExecutionId the Spring Batch job execution id
 * @param status the run's status, e.g. {@code COMPLETED} or {@code FAILED}
 * @param parameters the job parameters by name (sorted)
 * @param startTime start of the run (local time), or {@code null}
 * @param endTime end of the run (local time), or {@code null} while running
 * @param quality one row per input file, in the order to show
 * @param participation participation by year and group (key figures); people counts of suppressed
 * rows (flagged, or fewer than {@code minCellSize} distinct participants) are shown as suppressed
 * @param charts the chart files to show: PNGs (other files are ignored), absolute or relative to
 * the output folder, in the order to show, e.g. the list {@code ChartCatalog.renderAll} returned
 * @param minCellSize k of the small-cell rule used in this run
 */
public record RunReport(String jobName, long jobExecutionId, String status, SortedMap<String, String> parameters,
		LocalDateTime startTime, LocalDateTime endTime, List<QualityRow> quality,
		List<ParticipationStatistics> participation, List<Path> charts, int minCellSize) {

	public RunReport {
		Objects.requireNonNull(jobName, "jobName");
		Objects.requireNonNull(status, "status");
		parameters = Collections.unmodifiableSortedMap(new TreeMap<>((parameters != null) ? parameters : Map.of()));
		quality = (quality != null) ? List.copyOf(quality) : List.of();
		participation = (participation != null) ? List.copyOf(participation) : List.of();
		charts = (charts != null) ? List.copyOf(charts) : List.of();
		if (minCellSize < 1) {
			throw new IllegalArgumentException("minCellSize must be >= 1 but was " + minCellSize);
		}
	}

}
