package kr.seorona.analytics.sample;

import java.util.Random;

import kr.seorona.analytics.ingest.RecordKind;

/**
 * Spoils a share of the rows the way real exports go wrong: an unknown group, a blank id, an
 * impossible date or an unknown meeting mode. Uses its own random stream, so the share of bad rows
 * does not change the good rows.
 */
final class BadRows {

	private final Random random;

	private final double share;

	private final ExportFormat format;

	private final int year;

	private long count;

	BadRows(Random random, double share, ExportFormat format, int year) {
		this.random = random;
		this.share = share;
		this.format = format;
		this.year = year;
	}

	/** Spoils the row in place with probability {@code share}; returns whether it did. */
	boolean maybeSpoil(RecordKind kind, String[] row) {
		if (this.share <= 0 || this.random.nextDouble() >= this.share) {
			return false;
		}
		this.count++;
		boolean first = this.random.nextBoolean();
		switch (kind) {
			case NETWORKS -> {
				if (first) {
					row[2] = this.format.unknownGroup();
				}
				else {
					row[0] = "";
				}
			}
			case SESSIONS -> {
				if (first) {
					row[2] = this.format.impossibleDate(this.year);
				}
				else {
					row[3] = this.format.unknownType();
				}
			}
			case ATTENDANCE -> {
				if (first) {
					row[2] = this.format.unknownGroup();
				}
				else {
					row[1] = "";
				}
			}
			case SURVEY -> {
				if (first) {
					row[1] = this.format.unknownGroup();
				}
				else {
					row[0] = "";
				}
			}
		}
		return true;
	}

	/** Number of rows spoilt so far. */
	long count() {
		return this.count;
	}

}
