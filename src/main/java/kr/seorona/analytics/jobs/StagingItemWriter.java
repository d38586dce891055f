package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.IngestSummary;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.ParsedRow;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.ingest.SessionRecord;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyRecord;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetWriter;
import kr.seorona.analytics.parquet.SurveyAnswerRow;
import kr.seorona.analytics.parquet.SurveyResponseRow;
import kr.seorona.analytics.parquet.SurveyRows;
import kr.seorona.analytics.parquet.WriteOptions;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the parsed rows of one ingest partition (one school year) into the run's staging folder:
 * each accepted record into that year's partition of its dataset, every reject into the year's
 * partition of the {@code rejects} dataset, and, on the reader's {@linkplain RowBatch#last() last}
 * batch, finishes the Parquet files (every dataset gets the year's partition file, empty or not)
 * and puts the per-file summary into the step's execution context ({@value #SUMMARY}, JSON), all
 * inside the step's last chunk: a failure fails the partition, and a process killed before the partition is
 * recorded as completed re-runs it. The reject report and the run's summary are written from all
 * partitions when they are done ({@code IngestPartitionsAggregator}). Opening discards whatever an
 * earlier, failed attempt of the same year staged (the other years stay), so a re-run partition
 * writes every row and every reject exactly once.
 * <p>
 * Writing runs on one background thread ({@code staging-writer}) while the step's thread reads and
 * parses the next chunks: on two cores, parsing and Parquet encoding overlap. Chunks are written
 * in the order they were handed over (at most {@value #CHUNKS_IN_FLIGHT} waiting), so the output
 * is the same as a synchronous writer's. The last batch waits for every chunk before it
 * finishes the files on the step's thread, so the step's last chunk still ends with everything
 * written; a writing failure fails the next {@code write}, at the latest the last chunk's.
 */
class StagingItemWriter implements ItemStreamWriter<RowBatch> {

	/** Step execution context key of the partition's per-file summary (JSON, see {@link IngestSummaries}). */
	static final String SUMMARY = "ingestSummary";

	private final RunLayout layout;

	private final SurveyDefinition survey;

	private final int year;

	private final WriteOptions options;

	private final IngestSummary summary = new IngestSummary();

	private String summaryJson;

	private DatasetWriter<NetworkRecord> networks;

	private DatasetWriter<SessionRecord> sessions;

	private DatasetWriter<AttendanceRecord> attendance;

	private DatasetWriter<SurveyResponseRow> surveyResponses;

	private DatasetWriter<SurveyAnswerRow> surveyAnswers;

	private DatasetWriter<Reject> rejectWriter;

	private boolean closed;

	/** Chunks handed to the writing thread and not yet written. */
	static final int CHUNKS_IN_FLIGHT = 2;

	private ExecutorService executor;

	private final Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);

	private volatile RuntimeException failure;

	private boolean failureThrown;

	/** @param year the partition's school year: every row must be of this year's files */
	StagingItemWriter(RunLayout layout, SurveyDefinition survey, int year, WriteOptions options) {
		this.layout = layout;
		this.survey = survey;
		this.year = year;
		this.options = options;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		for (String dataset : RunLayout.INGEST_DATASETS) {
			this.layout.deleteStaged(dataset, this.year);
		}
		// Records stream to Parquet in input order (bounded memory at any number of rows): the reader
		// delivers them kind by kind and year by year, so each year partition's rows come together.
		// Rejects are few (the quality gate caps their share) and are written sorted.
		this.networks = writer(NetworkRecord.class, true);
		this.sessions = writer(SessionRecord.class, true);
		this.attendance = writer(AttendanceRecord.class, true);
		this.surveyResponses = writer(SurveyResponseRow.class, true);
		this.surveyAnswers = writer(SurveyAnswerRow.class, true);
		this.rejectWriter = writer(Reject.class, false);
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "staging-writer");
			thread.setDaemon(true);
			return thread;
		});
	}

	private <T extends Record> DatasetWriter<T> writer(Class<T> type, boolean streaming) {
		DatasetWriter<T> writer = streaming
				? DatasetWriter.streaming(DatasetCatalog.of(type), this.layout.datasetsStaging(), this.options)
				: new DatasetWriter<>(DatasetCatalog.of(type), this.layout.datasetsStaging(), this.options);
		writer.expectPartitions(List.of(this.year));
		return writer;
	}

	@Override
	public void write(Chunk<? extends RowBatch> chunk) throws InterruptedException {
		throwFailure();
		List<ParsedRow<?>> rows = new ArrayList<>(chunk.size() * IngestItemReader.BATCH_ROWS);
		boolean end = false;
		for (RowBatch batch : chunk) {
			rows.addAll(batch.rows());
			end |= batch.last();
		}
		this.inFlight.acquire();
		try {
			this.executor.execute(() -> {
				try {
					if (this.failure == null) {
						writeRows(rows);
					}
				}
				catch (RuntimeException ex) {
					this.failure = ex;
				}
				finally {
					this.inFlight.release();
				}
			});
		}
		catch (RuntimeException ex) {
			this.inFlight.release();
			throw ex;
		}
		if (end) {
			// the reader's last item: every chunk written, then the files finished on this thread
			awaitWrites();
			throwFailure();
			finish();
		}
		CrashPoint.reached("ingest");
		CrashPoint.reached("ingest-" + this.year);
	}

	private void throwFailure() {
		RuntimeException ex = this.failure;
		if (ex != null && !this.failureThrown) {
			this.failureThrown = true;
			throw ex;
		}
	}

	private void awaitWrites() {
		if (this.executor == null) {
			return;
		}
		this.executor.shutdown();
		try {
			while (!this.executor.awaitTermination(1, TimeUnit.MINUTES)) {
				// large chunks on a slow disk: keep waiting
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while staging the last chunks", ex);
		}
	}

	private void writeRows(List<ParsedRow<?>> chunk) {
		for (ParsedRow<?> row : chunk) {
			this.summary.add(row);
			for (Reject reject : row.rejects()) {
				this.rejectWriter.write(reject);
			}
			Object record = row.record();
			if (record instanceof NetworkRecord network) {
				this.networks.write(network);
			}
			else if (record instanceof SessionRecord session) {
				this.sessions.write(session);
			}
			else if (record instanceof AttendanceRecord attendee) {
				this.attendance.write(attendee);
			}
			else if (record instanceof SurveyRecord response) {
				this.surveyResponses.write(SurveyRows.responses(response, this.survey));
				SurveyRows.answers(response, this.survey).forEach(this.surveyAnswers::write);
			}
		}
	}

	private void finish() {
		closeWriters();
		this.summaryJson = IngestSummaries.toJson(this.summary.files());
		CrashPoint.reached("ingest-finished");
	}

	/** Puts the partition's summary into the step's execution context once the files are finished. */
	@Override
	public void update(ExecutionContext executionContext) {
		if (this.summaryJson != null) {
			executionContext.putString(SUMMARY, this.summaryJson);
		}
	}

	/** Closes the dataset writers; after a failure, what they wrote is discarded by the next attempt. */
	@Override
	public void close() {
		closeWriters();
	}

	private void closeWriters() {
		if (this.closed || this.networks == null) {
			return;
		}
		this.closed = true;
		awaitWrites();
		throwFailure();
		this.networks.close();
		this.sessions.close();
		this.attendance.close();
		this.surveyResponses.close();
		this.surveyAnswers.close();
		this.rejectWriter.close();
	}

}
