package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.RunLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import kr.seorona.analytics.parquet.DatasetCommitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: moves what the run staged into the output folder. Datasets are committed partition by
 * partition by {@link DatasetCommitter} (old or new visible, never a mix; other years untouched);
 * the reports keep the other published years' entries ({@link PublishedQuality}); the charts and
 * reports folders are swapped whole by renames; then the dashboard pages and the
 * manifest are written, and the staging folder is deleted. Every part is idempotent, so a publish
 * interrupted by a crash completes when the run is restarted.
 */
class PublishTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(PublishTasklet.class);

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
		RunLayout layout = run.layout();
		DatasetCommitter.commit(layout.datasetsStaging(), layout.datasetsRoot());
		if (!layout.datasetsInOutput()) {
			DatasetCommitter.discard(layout.datasetsStaging());
		}
		CrashPoint.reached("publish-after-datasets");
		PublishedQuality.carryOver(layout, run.parameters().years());
		swap(layout.stagedCharts(), layout.charts());
		swap(layout.staging().resolve("reports"), layout.reports());
		Dashboard.publish(run, chunkContext.getStepContext().getStepExecution().getJobExecution());
		RunLayout.deleteRecursively(layout.staging());
		logger.info("Published to {}", layout.output());
		return RepeatStatus.FINISHED;
	}

	/**
	 * Replaces {@code target} by {@code staged} with renames: target -> trash, staged -> target,
	 * delete trash. Does nothing when nothing is staged (an earlier attempt already moved it).
	 */
	static void swap(Path staged, Path target) {
		if (!Files.isDirectory(staged)) {
			return;
		}
		Path trash = target.resolveSibling(RunLayout.STAGING_FOLDER).resolve("trash-" + target.getFileName());
		try {
			RunLayout.deleteRecursively(trash);
			Files.createDirectories(trash.getParent());
			if (Files.exists(target)) {
				Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
			RunLayout.deleteRecursively(trash);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot publish " + staged + " to " + target, ex);
		}
	}

}
