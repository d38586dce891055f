package kr.seorona.analytics.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seorona.analytics.ingest.DuplicateFilter;
import kr.seorona.analytics.ingest.InputFile;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.ParsedRow;
import kr.seorona.analytics.ingest.RecordFileReader;
import kr.seorona.analytics.ingest.RecordKind;
import kr.seorona.analytics.ingest.RecordParsers;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.partitioning.EarlierSessions;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input files of one ingest partition (one school year, see
 * {@link kr.seorona.analytics.partitioning.YearPartitioner}), kind by kind (networks, sessions,
 * attendance, survey) and year by year, as {@link ParsedRow}s in batches of {@value #BATCH_ROWS}
 * ({@link RowBatch}). It keeps the per-year lookups the later kinds are validated against (network
 * groups; session ids through the duplicate check, which keeps one entry per meeting, seeded with
 * the {@link EarlierSessions} of other years whose ids this year reuses) and drops repeated
 * sessions and attendance rows as {@code DUPLICATE_*} rejects. The batch with
 * the last row is marked {@link RowBatch#last() last} (an empty one when the input is empty), so
 * that the writer finishes the staged files inside the step, before the step can be recorded as
 * completed. Not restartable mid-step: a failed ingest step starts over, and its writer discards
 * what the failed attempt staged.
 */
class IngestItemReader implements ItemStreamReader<RowBatch> {

	/** Rows per item of the ingest step. */
	static final int BATCH_ROWS = 500;

	private static final List<RecordKind> ORDER = List.of(RecordKind.NETWORKS, RecordKind.SESSIONS,
			RecordKind.ATTENDANCE, RecordKind.SURVEY);

	private final RecordParsers parsers;

	private final List<InputFile> files;

	private final Map<Integer, Map<String, String>> groupByNetworkId = new HashMap<>();

	private final DuplicateFilter duplicates = new DuplicateFilter();

	private final long totalBytes;

	private long completedBytes;

	private Iterator<InputFile> pending;

	private InputFile currentFile;

	private RecordFileReader<?> current;

	private boolean ended;

	/**
	 * @param files the files to read, in any order
	 * @param earlierSessions sessions read by other partitions whose ids these files reuse
	 */
	IngestItemReader(RecordParsers parsers, List<InputFile> files, EarlierSessions earlierSessions) {
		earlierSessions.seed(this.duplicates);
		List<InputFile> ordered = new ArrayList<>(files);
		ordered.sort((a, b) -> (a.kind() != b.kind()) ? Integer.compare(ORDER.indexOf(a.kind()), ORDER.indexOf(b.kind()))
				: Integer.compare(a.year(), b.year()));
		this.parsers = parsers;
		this.files = List.copyOf(ordered);
		this.totalBytes = this.files.stream().mapToLong(IngestItemReader::size).sum();
	}

	/**
	 * Share of the input read so far (0..1), by the bytes of the files finished; coarse, it moves at
	 * file boundaries.
	 */
	public double progress() {
		return (this.totalBytes == 0) ? 0 : (double) this.completedBytes / this.totalBytes;
	}

	private static long size(InputFile file) {
		try {
			return java.nio.file.Files.size(file.path());
		}
		catch (java.io.IOException ex) {
			return 0;
		}
	}

	@Override
	public void open(ExecutionContext executionContext) {
		// the form of participant and respondent ids, for clearing them from topics read before attendance
		this.parsers.learnIdentifiers(this.files);
		this.pending = this.files.iterator();
		this.completedBytes = 0;
		this.ended = false;
	}

	/** The next batch of rows, or {@code null} after the {@linkplain RowBatch#last() last} one. */
	@Override
	public RowBatch read() {
		if (this.ended) {
			return null;
		}
		List<ParsedRow<?>> rows = new ArrayList<>(BATCH_ROWS);
		while (rows.size() < BATCH_ROWS) {
			ParsedRow<?> row = nextRow();
			if (row == null) {
				this.ended = true;
				return new RowBatch(rows, true);
			}
			rows.add(row);
		}
		return new RowBatch(rows, false);
	}

	private ParsedRow<?> nextRow() {
		while (true) {
			if (this.current != null && this.current.hasNext()) {
				return track(this.current.next());
			}
			closeCurrent();
			if (!this.pending.hasNext()) {
				return null;
			}
			this.currentFile = this.pending.next();
			this.current = openReader(this.currentFile);
		}
	}

	private RecordFileReader<?> openReader(InputFile file) {
		return switch (file.kind()) {
			case NETWORKS -> this.parsers.networks(file);
			case SESSIONS -> this.parsers.sessions(file, this.groupByNetworkId.getOrDefault(file.year(), Map.of()));
			case ATTENDANCE -> this.parsers.attendance(file, (id) -> this.duplicates.knownSession(id, file.year()));
			case SURVEY -> {
				// files come kind by kind: no attendance row follows, free the pairs kept for duplicates
				this.duplicates.forgetAttendance();
				yield this.parsers.survey(file);
			}
		};
	}

	private ParsedRow<?> track(ParsedRow<?> row) {
		if (row.record() == null) {
			return row;
		}
		Optional<Reject> duplicate = this.duplicates.check(row);
		if (duplicate.isPresent()) {
			List<Reject> rejects = new ArrayList<>(row.rejects());
			rejects.add(duplicate.get());
			return new ParsedRow<>(row.source(), row.line(), null, rejects);
		}
		int year = row.source().year();
		if (row.record() instanceof NetworkRecord network) {
			this.groupByNetworkId.computeIfAbsent(year, (y) -> new HashMap<>())
				.put(network.networkId(), network.groupCode());
		}
		return row;
	}

	private void closeCurrent() {
		if (this.current != null) {
			this.current.close();
			this.current = null;
			this.completedBytes += size(this.currentFile);
		}
	}

	@Override
	public void close() {
		closeCurrent();
	}

}
