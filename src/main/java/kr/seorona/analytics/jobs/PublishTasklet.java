package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import kr.seorona.analytics.dashboard.ManifestWriter;
import kr.seorona.analytics.operations.CrashPoint;
import kr.seorona.analytics.operations.RunLayout;
import kr.seorona.analytics.parquet.DatasetCommitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: moves what the run staged into the output folder, in this order:
 * <ol>
 * <li>{@code manifest.json} is removed: from here until the last step a reader can tell that a
 * publish is under way (or was interrupted);</li>
 * <li>datasets are committed partition by partition by {@link DatasetCommitter} (each partition
 * old or new, never a mix of files; a journal completes an interrupted commit; other years
 * untouched);</li>
 * <li>the reports keep the other published years' entries ({@link PublishedQuality});</li>
 * <li>the {@code charts} and {@code reports} folders are swapped whole by renames;</li>
 * <li>{@code index.html} is written, then {@code manifest.json}, listing exactly the files now
 * present; then the run's staging folder is deleted (and {@code .staging/} with it when empty).</li>
 * </ol>
 * Every part is idempotent, so a publish interrupted by a crash completes when the run is
 * restarted. A failure says what had been moved.
 */
class PublishTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(PublishTasklet.class);

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
		RunLayout layout = run.layout();
		Progress progress = new Progress();
		try {
			CrashPoint.reached("publish-start");
			ManifestWriter.remove(layout.output());
			progress.done.add("manifest.json removed");
			CrashPoint.reached("publish-manifest-removed");
			DatasetCommitter.commit(layout.datasetsStaging(), layout.datasetsRoot(), (step) -> {
				if (step.startsWith("place ") || step.startsWith("restore ")) {
					progress.partitions++;
				}
				CrashPoint.reached("publish-datasets-" + step);
			});
			progress.done.add(progress.partitions());
			progress.partitions = 0;
			if (!layout.datasetsInOutput()) {
				DatasetCommitter.discard(layout.datasetsStaging());
			}
			CrashPoint.reached("publish-after-datasets");
			PublishedQuality.carryOver(layout, run.parameters().years());
			swap(layout.stagedCharts(), layout.charts(), "charts");
			progress.done.add("charts/ replaced");
			swap(layout.staging().resolve("reports"), layout.reports(), "reports");
			progress.done.add("reports/ replaced");
			if (run.parameters().audit()) {
				swap(layout.stagedAudit(), layout.audit(), "audit");
				progress.done.add("audit/ replaced");
			}
			else {
				// unsuppressed figures of an earlier audit run would no longer match the publication
				RunLayout.deleteRecursively(layout.audit());
			}
			Dashboard.publish(run, chunkContext.getStepContext().getStepExecution().getJobExecution());
			progress.done.add("index.html and manifest.json written");
			CrashPoint.reached("publish-manifest-written");
			RunLayout.deleteRecursively(layout.staging());
			RunLayout.deleteRecursively(trash(layout.charts()));
			RunLayout.deleteRecursively(trash(layout.reports()));
			layout.deleteStagingFolderIfEmpty();
			CrashPoint.reached("publish-staging-deleted");
		}
		catch (RuntimeException ex) {
			if (progress.partitions > 0) {
				progress.done.add(progress.partitions());
			}
			throw new IllegalStateException("publish stopped (" + (progress.done.isEmpty() ? "nothing moved yet"
					: "done so far: " + String.join(", ", progress.done)) + "): " + ex.getMessage(), ex);
		}
		logger.info("Published to {}", layout.output());
		return RepeatStatus.FINISHED;
	}

	/**
	 * Replaces {@code target} by {@code staged} with renames: target -> trash, staged -> target,
	 * delete trash. Does nothing when nothing is staged (an earlier attempt already moved it).
	 */
	static void swap(Path staged, Path target, String name) {
		if (!Files.isDirectory(staged)) {
			return;
		}
		Path trash = trash(target);
		try {
			RunLayout.deleteRecursively(trash);
			Files.createDirectories(trash.getParent());
			if (Files.exists(target)) {
				Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
				CrashPoint.reached("publish-" + name + "-trashed");
			}
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
			CrashPoint.reached("publish-" + name + "-placed");
			RunLayout.deleteRecursively(trash);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot publish " + staged + " to " + target, ex);
		}
	}

	/** What a publish has done so far, for a truthful failure message. */
	private static final class Progress {

		final List<String> done = new ArrayList<>();

		int partitions;

		String partitions() {
			return this.partitions + " dataset partition folder(s) moved into place";
		}

	}

	private static Path trash(Path target) {
		return target.resolveSibling(RunLayout.STAGING_FOLDER).resolve("trash-" + target.getFileName());
	}

}
