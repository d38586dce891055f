package kr.seorona.analytics.dashboard;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The run a dashboard page was written by.
 *
 * @param jobName the job's name, e.g. {@code annualReport}
 * @param jobExecutionId the Spring Batch job execution id
 * @param status the run's Spring Batch status, e.g. {@code COMPLETED} or {@code FAILED} (shown
 * translated)
 * @param parameters the job parameters by name (sorted)
 * @param startTime start of the run (local time), or {@code null}
 * @param endTime end of the run (local time), or {@code null} while running
 */
public record RunInfo(String jobName, long jobExecutionId, String status, SortedMap<String, String> parameters,
		LocalDateTime startTime, LocalDateTime endTime) {

	public RunInfo {
		Objects.requireNonNull(jobName, "jobName");
		Objects.requireNonNull(status, "status");
		parameters = Collections.unmodifiableSortedMap(new TreeMap<>((parameters != null) ? parameters : Map.of()));
	}

}
