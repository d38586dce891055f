package kr.seorona.analytics.dashboard;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Data quality of one input file as last ingested, for the dashboard.
 *
 * @param year the school year of the file
 * @param file the input file relative to the input folder, e.g. {@code 2022/sessions.csv}
 * @param rowsRead data rows read (header excluded)
 * @param accepted rows accepted
 * @param rejected rows rejected
 * @param rejectedByReason rejected rows (or cells) by machine-stable reason code, e.g.
 * {@code UNKNOWN_GROUP -> 3}; sorted by code
 */
public record QualityRow(int year, String file, long rowsRead, long accepted, long rejected,
		SortedMap<String, Long> rejectedByReason) {

	public QualityRow {
		Objects.requireNonNull(file, "file");
		if (rowsRead < 0 || accepted < 0 || rejected < 0) {
			throw new IllegalArgumentException("counts of " + file + " must be >= 0 but were read=" + rowsRead
					+ ", accepted=" + accepted + ", rejected=" + rejected);
		}
		rejectedByReason = Collections.unmodifiableSortedMap(
				new TreeMap<>((rejectedByReason != null) ? rejectedByReason : Map.of()));
	}

}
