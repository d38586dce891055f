package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.operations.RunLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.IngestSummary;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.ParsedRow;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.ingest.SessionRecord;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyRecord;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetCommitter;
import kr.seorona.analytics.parquet.DatasetWriter;
import kr.seorona.analytics.parquet.SurveyAnswerRow;
import kr.seorona.analytics.parquet.SurveyResponseRow;
import kr.seorona.analytics.parquet.SurveyRows;
import kr.seorona.analytics.parquet.WriteOptions;
import kr.seorona.analytics.partitioning.IngestPartition;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the parsed rows of one ingest partition ({@link IngestPartition}: files of one school
 * year) into the run's staging folder: each accepted record into that year's partition of its
 * dataset, as the partition's own file there ({@link IngestPartition#parts()}, e.g.
 * {@code attendance/year=2022/part-00000.parquet}), so that the partitions of a year never write
 * the same file; every reject into the partition's own staging
 * ({@link RunLayout#ingestPartitionStaging(String)}), merged into the year's {@code rejects} file
 * when every partition is done ({@code IngestPartitionsAggregator}). On the reader's
 * {@linkplain RowBatch#last() last} batch it finishes the Parquet files (each of its files is
 * written, empty or not) and puts the per-file summary into the step's execution context
 * ({@value #SUMMARY}, JSON), all inside the step's last chunk: a failure fails the partition, and
 * a process killed before the partition is recorded as completed re-runs it. Opening discards
 * whatever an earlier, failed attempt of the same partition staged (the other partitions' files
 * stay), so a re-run partition writes every row and every reject exactly once.
 * <p>
 * Writing runs on one background thread ({@code staging-writer}, {@link SerialBackgroundWriter})
 * while the step's thread reads and parses the next chunks: on two cores, parsing and Parquet
 * encoding overlap. Chunks are written in the order they were handed over (at most
 * {@value #CHUNKS_IN_FLIGHT} waiting). The last batch waits for every chunk before it
 * finishes the files on the step's thread, so the step's last chunk still ends with everything
 * written; a writing failure fails the next {@code write}, at the latest the last chunk's.
 */
class StagingItemWriter implements ItemStreamWriter<RowBatch> {

	/** Step execution context key of the partition's per-file summary (JSON, see {@link IngestSummaries}). */
	static final String SUMMARY = "ingestSummary";

	private final RunLayout layout;

	private final SurveyDefinition survey;

	private final IngestPartition partition;

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

	private SerialBackgroundWriter background;

	/** @param partition the partition: every row must be of its files */
	StagingItemWriter(RunLayout layout, SurveyDefinition survey, IngestPartition partition, WriteOptions options) {
		this.layout = layout;
		this.survey = survey;
		this.partition = partition;
		this.options = options;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.partition.parts()
			.forEach((dataset, file) -> this.layout.deleteStaged(dataset, this.partition.year(), file));
		DatasetCommitter.discard(this.layout.ingestPartitionStaging(this.partition.name()));
		// Records stream to Parquet in input order (bounded memory at any number of rows): the rows of
		// a partition are of one year. Rejects are few (the quality gate caps their share) and are
		// written sorted. Datasets the partition does not write get no writer.
		this.networks = writer(NetworkRecord.class, true);
		this.sessions = writer(SessionRecord.class, true);
		this.attendance = writer(AttendanceRecord.class, true);
		this.surveyResponses = writer(SurveyResponseRow.class, true);
		this.surveyAnswers = writer(SurveyAnswerRow.class, true);
		this.rejectWriter = writer(Reject.class, false);
		this.background = new SerialBackgroundWriter("staging-writer", CHUNKS_IN_FLIGHT);
	}

	private <T extends Record> DatasetWriter<T> writer(Class<T> type, boolean streaming) {
		var definition = DatasetCatalog.of(type);
		if (!streaming) {
			return new DatasetWriter<>(definition, this.layout.ingestPartitionStaging(this.partition.name()),
					this.options).expectPartitions(List.of(this.partition.year()));
		}
		String file = this.partition.parts().get(definition.name());
		if (file == null) {
			return null;
		}
		return DatasetWriter.streaming(definition, this.layout.datasetsStaging(), this.options)
			.fileName(file)
			.expectPartitions(List.of(this.partition.year()));
	}

	@Override
	public void write(Chunk<? extends RowBatch> chunk) throws InterruptedException {
		List<ParsedRow<?>> rows = new ArrayList<>(chunk.size() * IngestItemReader.BATCH_ROWS);
		boolean end = false;
		for (RowBatch batch : chunk) {
			rows.addAll(batch.rows());
			end |= batch.last();
		}
		this.background.submit(() -> writeRows(rows));
		if (end) {
			// the reader's last item: every chunk written, then the files finished on this thread
			this.background.finish();
			finish();
		}
		CrashPoint.reached("ingest");
		CrashPoint.reached("ingest-" + this.partition.year());
		CrashPoint.reached("ingest-" + this.partition.name());
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
		if (this.closed || this.background == null) {
			return;
		}
		this.closed = true;
		this.background.finish();
		for (DatasetWriter<?> writer : Arrays.asList(this.networks, this.sessions, this.attendance,
				this.surveyResponses, this.surveyAnswers, this.rejectWriter)) {
			if (writer != null) {
				writer.close();
			}
		}
	}

}
