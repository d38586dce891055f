package kr.seorona.analytics.ingest;

import java.util.Locale;

/**
 * The most rejected rows a run accepts: a count, a share of the rows read, or both (either
 * exceeded fails the run). Configured as {@code maxRejectShare} in {@code jobs/annualReport.yml}.
 *
 * @param maxCount largest number of rejected rows allowed, or {@code null} for no count limit
 * @param maxShare largest share (0..1) of rejected rows among rows read, or {@code null} for none
 */
public record RejectLimit(Long maxCount, Double maxShare) {

	public RejectLimit {
		if (maxCount != null && maxCount < 0) {
			throw new IllegalArgumentException("maxCount must be >= 0 but was " + maxCount);
		}
		if (maxShare != null && !(maxShare >= 0 && maxShare <= 1)) {
			throw new IllegalArgumentException("maxShare must be between 0 and 1 but was " + maxShare);
		}
	}

	/** No limit. */
	public static RejectLimit none() {
		return new RejectLimit(null, null);
	}

	/**
	 * Fails when the summary's rejected rows exceed the limit.
	 * @throws RejectLimitExceededException with the figures and the limit
	 */
	public void check(IngestSummary summary) {
		long rejected = summary.rejectedRows();
		long read = summary.rowsRead();
		if (this.maxCount != null && rejected > this.maxCount) {
			throw new RejectLimitExceededException(String.format(Locale.ROOT,
					"%d of %d rows were rejected, more than the limit of %d rows; see the reject report", rejected, read,
					this.maxCount));
		}
		if (this.maxShare != null && read > 0 && (double) rejected / read > this.maxShare) {
			throw new RejectLimitExceededException(String.format(Locale.ROOT,
					"%d of %d rows (%.1f%%) were rejected, more than the limit of %.1f%%; see the reject report", rejected,
					read, 100.0 * rejected / read, 100.0 * this.maxShare));
		}
	}

}
