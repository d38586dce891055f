package kr.seorona.analytics.jobs;

import java.time.Duration;
import java.util.function.DoubleSupplier;

import kr.seorona.analytics.partitioning.IngestPartition;
import kr.seorona.analytics.partitioning.IngestPartitioner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs the ingest step's progress at most every {@link #INTERVAL}: rows written so far, the rate in
 * rows per second and, once the step's progress (0..1) is known, an estimate of the time left; and
 * a one-line total when the step ends. The step's items are {@link RowBatch batches}: at the end
 * the listener sets the step's read and write counts to rows, as the job repository and
 * {@code runs} should show them.
 */
class ProgressListener implements StepExecutionListener, ItemWriteListener<RowBatch> {

	static final Duration INTERVAL = Duration.ofSeconds(10);

	private static final Logger logger = LoggerFactory.getLogger(ProgressListener.class);

	private long started;

	private long lastLogged;

	private long items;

	private String stepName = "";

	private final DoubleSupplier progress;

	/** @param progress share of the step's work done (0..1), e.g. by input bytes */
	ProgressListener(DoubleSupplier progress) {
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.started = System.nanoTime();
		this.lastLogged = this.started;
		this.items = 0;
		String partition = stepExecution.getExecutionContext().getString(IngestPartitioner.PARTITION, null);
		// a partition's files, e.g. "ingestPartition:2022-attendance (2022/attendance.csv, 2022/survey.csv)"
		this.stepName = (partition == null) ? stepExecution.getStepName()
				: stepExecution.getStepName() + " (" + String.join(", ", IngestPartition.fromJson(partition).files()) + ")";
	}

	@Override
	public void afterWrite(Chunk<? extends RowBatch> chunk) {
		for (RowBatch batch : chunk) {
			this.items += batch.rows().size();
		}
		long now = System.nanoTime();
		if (now - this.lastLogged >= INTERVAL.toNanos()) {
			this.lastLogged = now;
			double done = this.progress.getAsDouble();
			String left = (done > 0 && done < 1)
					? String.format(java.util.Locale.ROOT, ", about %.0f s left (%.0f%% of the input)",
							(now - this.started) / 1e9 * (1 - done) / done, 100 * done)
					: "";
			logger.info("{}: {} rows so far, {} rows/s{}", this.stepName, this.items, rate(now), left);
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		// called before the step execution's last update in the job repository
		stepExecution.setReadCount(this.items);
		stepExecution.setWriteCount(this.items);
		logger.info("{}: {} rows in {} s ({} rows/s)", this.stepName, this.items,
				String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - this.started) / 1e9),
				rate(System.nanoTime()));
		return null;
	}

	private long rate(long now) {
		double seconds = Math.max((now - this.started) / 1e9, 1e-3);
		return Math.round(this.items / seconds);
	}

}
