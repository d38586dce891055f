package kr.seorona.analytics.ingest;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What was read from one input file.
 *
 * @param file the file's name, e.g. {@code 2022/sessions.csv}
 * @param kind the record kind
 * @param year the school year
 * @param rowsRead non-blank data rows read
 * @param accepted rows that became records
 * @param rejected rows rejected ({@code rowsRead = accepted + rejected})
 * @param rejectedByReason number of rejects per reason code, sorted by code; cell rejects of
 * accepted survey rows are counted here too, so the sum may exceed {@code rejected}
 */
public record FileSummary(String file, RecordKind kind, int year, long rowsRead, long accepted, long rejected,
		SortedMap<String, Long> rejectedByReason) {

	public FileSummary {
		rejectedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(rejectedByReason));
	}

}
