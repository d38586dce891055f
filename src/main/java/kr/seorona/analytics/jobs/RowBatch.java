package kr.seorona.analytics.jobs;

import java.util.List;

import kr.seorona.analytics.ingest.ParsedRow;

/**
 * The item of the ingest step: up to {@link IngestItemReader#BATCH_ROWS} parsed rows in input order.
 * Rows travel in batches so that Spring Batch's per-item work (the step-scoped proxies, item
 * listeners, counters) is done once per batch, not once per row.
 *
 * @param rows the rows, in input order; may be empty for the last batch
 * @param last whether the input ends with this batch: the writer then finishes the staged files
 */
record RowBatch(List<ParsedRow<?>> rows, boolean last) {

	RowBatch {
		rows = List.copyOf(rows);
	}

}
