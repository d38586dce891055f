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
import kr.seorona.analytics.ingest.RecordParsers;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.partitioning.EarlierSessions;
import kr.seorona.analytics.partitioning.IngestPartition;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the input files of one ingest partition ({@link IngestPartition}, see
 * {@link kr.seorona.analytics.partitioning.IngestPartitioner}) as {@link ParsedRow}s in batches of
 * {@value #BATCH_ROWS} ({@link RowBatch}). It reads the files of the partition's year in the
 * single-threaded order (networks, sessions, attendance, survey; files of a kind in name order) up
 * to the partition's last file, and gives the rows of the partition's own files only: the files
 * before them are lookups, read so that the partition's rows are decided as the single-threaded
 * ingest decides them, neither staged nor counted. It keeps the lookups the later kinds are
 * validated against (network groups; session ids through the duplicate check, which keeps one entry
 * per meeting, seeded with the {@link EarlierSessions} of other years whose ids this year reuses;
 * the participant and respondent ids that clear free text) and drops repeated sessions and
 * attendance rows as {@code DUPLICATE_*} rejects. The batch with
 * the last row is marked {@link RowBatch#last() last} (an empty one when the input is empty), so
 * that the writer finishes the staged files inside the step, before the step can be recorded as
 * completed. Not restartable mid-step: a failed ingest step starts over, and its writer discards
 * what the failed attempt staged.
 */
class IngestItemReader implements ItemStreamReader<RowBatch> {

	/** Rows per item of the ingest step. */
	static final int BATCH_ROWS = 500;

	private final RecordParsers parsers;

	/** The year's files, to learn the form of its ids from. */
	private final List<InputFile> yearFiles;

	/** The files read, the lookups first. */
	private final List<InputFile> files;

	private final IngestPartition partition;

	private final Map<Integer, Map<String, String>> groupByNetworkId = new HashMap<>();

	private final DuplicateFilter duplicates = new DuplicateFilter();

	private final long totalBytes;

	private long completedBytes;

	private Iterator<InputFile> pending;

	private InputFile currentFile;

	private RecordFileReader<?> current;

	private boolean ended;

	/**
	 * @param yearFiles the files of the partition's year, in any order
	 * @param partition the partition: which of these files it stages
	 * @param earlierSessions sessions read by other years' partitions whose ids these files reuse
	 */
	IngestItemReader(RecordParsers parsers, List<InputFile> yearFiles, IngestPartition partition,
			EarlierSessions earlierSessions) {
		earlierSessions.seed(this.duplicates);
		List<InputFile> ordered = new ArrayList<>(yearFiles);
		ordered.sort(IngestPartition.READING_ORDER);
		int last = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (partition.stages(ordered.get(i))) {
				last = i;
			}
		}
		this.parsers = parsers;
		this.yearFiles = List.copyOf(ordered);
		this.files = List.copyOf(ordered.subList(0, last + 1));
		this.partition = partition;
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
		this.parsers.learnIdentifiers(this.yearFiles);
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
			while (this.current != null && this.current.hasNext()) {
				ParsedRow<?> row = this.current.next();
				if (this.partition.stages(this.currentFile)) {
					return track(row);
				}
				lookUp(row);
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

	/**
	 * Takes what later rows are checked against from a row of a file another partition stages: its
	 * network group, its session id, its (meeting, participant) pair. Every file looked up comes
	 * before an own file of the same year (a survey is staged with the year's last attendance file),
	 * so each of them matters to some later row.
	 */
	private void lookUp(ParsedRow<?> row) {
		track(row);
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
