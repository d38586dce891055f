package kr.seorona.analytics.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kr.seorona.analytics.parquet.DatasetCommitter;
import kr.seorona.analytics.parquet.DatasetWriter;

import org.springframework.batch.core.job.JobExecution;

/**
 * Where a run writes: everything is first staged under {@code <output>/.staging/<runId>/}
 * ({@code datasets/}, {@code charts/}, {@code reports/}) and published into {@code <output>} by the
 * last step. The run id is unique per job instance (a random UUID chosen when the instance is first
 * launched, kept by its restarts as the non-identifying job parameter {@value #RUN_ID}), so a
 * restarted run reuses what its completed steps staged, and runs of different job repositories
 * never share a staging folder.
 *
 * <p>
 * The datasets go to {@code datasetsRoot}: by default the output folder itself
 * ({@code <output>/datasets/}, staged with the rest); with the {@code datasets} parameter any
 * Hadoop file system URI, staged on that file system under {@code .seorona-staging/} so that the
 * commit stays a rename.
 *
 * @param output the run's output folder
 * @param runId the run id (a UUID; {@code instance-<jobInstanceId>} for runs launched before run ids)
 * @param datasetsRoot root URI of the published datasets
 */
public record RunLayout(Path output, String runId, URI datasetsRoot) {

	/** Non-identifying job parameter: the run id, the same for every execution of a job instance. */
	public static final String RUN_ID = "runId";

	public RunLayout(AnnualReportParameters parameters, String runId) {
		this(parameters.output(), runId, parameters.datasetsRoot());
	}

	/** The layout of a job execution of the {@code annualReport} job. */
	public static RunLayout of(JobExecution execution) {
		return new RunLayout(AnnualReportParameters.from(execution.getJobParameters()), runId(execution));
	}

	/** The run id of a job execution ({@code instance-<id>} when it has none). */
	static String runId(JobExecution execution) {
		String runId = execution.getJobParameters().getString(RUN_ID);
		return (runId != null && !runId.isBlank()) ? runId : "instance-" + execution.getJobInstanceId();
	}

	/** Datasets written by the ingest step. */
	public static final List<String> INGEST_DATASETS = List.of("networks", "sessions", "attendance", "survey_responses",
			"survey_answers", "rejects");

	/** Hidden folder under the output that holds the staging folders of unfinished runs. */
	public static final String STAGING_FOLDER = ".staging";

	public Path staging() {
		return this.output.resolve(STAGING_FOLDER).resolve(this.runId);
	}

	/** Whether the datasets are published into the output folder (the default). */
	public boolean datasetsInOutput() {
		return this.datasetsRoot.equals(this.output.toUri());
	}

	/** Root URI under which this run stages its datasets ({@code datasets/<name>/...} below it). */
	public URI datasetsStaging() {
		return datasetsInOutput() ? staging().toUri()
				: DatasetCommitter.stagingRoot(this.datasetsRoot, this.runId);
	}

	/**
	 * Staged audit form of the statistics ({@code datasets/<name>/...} below it), written only when
	 * the run's {@code audit} parameter is true.
	 */
	public Path stagedAudit() {
		return this.staging().resolve("audit");
	}

	/** Where the audit form is published: {@code <output>/audit/}, apart from the datasets. */
	public Path audit() {
		return this.output.resolve("audit");
	}

	public Path stagedCharts() {
		return this.staging().resolve("charts");
	}

	/**
	 * The charts over years drawn only for the reports of earlier years ({@code 2019-2021/...}),
	 * embedded in the documents and never published.
	 */
	public Path stagedReportCharts() {
		return this.staging().resolve("report-charts");
	}

	public Path stagedReports() {
		return createdFolder(this.staging().resolve("reports"));
	}

	public Path charts() {
		return this.output.resolve("charts");
	}

	public Path reports() {
		return this.output.resolve("reports");
	}

	/** Deletes a staged dataset, e.g. what a failed attempt of a step left behind. */
	public void deleteStaged(String dataset) {
		deleteStagedFolder(dataset);
	}

	/**
	 * Deletes one staged file of a year partition of a dataset
	 * ({@code datasets/<name>/year=YYYY/<fileName>}), e.g. what a failed attempt of the ingest
	 * partition that writes it left behind; the year's other files stay.
	 */
	public void deleteStaged(String dataset, int year, String fileName) {
		deleteStagedFolder(dataset + "/year=" + year + "/" + fileName);
	}

	private void deleteStagedFolder(String relative) {
		if (datasetsInOutput()) {
			deleteRecursively(staging().resolve("datasets").resolve(relative));
		}
		else {
			String root = datasetsStaging().toString();
			DatasetCommitter.discard(URI.create((root.endsWith("/") ? root : root + "/") + "datasets/" + relative
					+ (relative.endsWith(".parquet") ? "" : "/")));
		}
	}

	/**
	 * Root URI under which an ingest partition stages what is merged when every partition is done
	 * (its {@code rejects}, {@code datasets/rejects/year=YYYY/} below it); not published.
	 * @param partition the partition's name, e.g. {@code 2022-attendance}
	 */
	public URI ingestPartitionStaging(String partition) {
		String root = datasetsStaging().toString();
		return URI.create((root.endsWith("/") ? root : root + "/") + "ingest-partitions/" + partition + "/");
	}

	/**
	 * Whether the files an ingest partition writes are staged: what it leaves when completed (on the
	 * datasets file system, so a manager sees what its workers staged).
	 * @param partition the partition's name, see {@link #ingestPartitionStaging(String)}
	 * @param parts the file name of each record dataset it writes in the year's partition folder
	 */
	public boolean ingestPartitionStaged(String partition, int year, Map<String, String> parts) {
		return DatasetWriter.staged(ingestPartitionStaging(partition), "rejects", year, DatasetWriter.FILE_NAME)
				&& parts.entrySet()
					.stream()
					.allMatch((part) -> DatasetWriter.staged(datasetsStaging(), part.getKey(), year, part.getValue()));
	}

	static Path createdFolder(Path folder) {
		try {
			return Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create folder " + folder, ex);
		}
	}

	/**
	 * Removes the hidden staging folder ({@code output/.staging/}) when nothing is left in it, so
	 * that a published output holds only what was published; keeps it while it holds anything (an
	 * unfinished run's staging, which a restart still needs).
	 * @throws UncheckedIOException when it cannot be read or removed
	 */
	public void deleteStagingFolderIfEmpty() {
		try {
			Files.deleteIfExists(this.output.resolve(STAGING_FOLDER));
		}
		catch (DirectoryNotEmptyException ex) {
			// an earlier, unfinished run's staging is kept for its restart
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove " + this.output.resolve(STAGING_FOLDER), ex);
		}
	}

	public static void deleteRecursively(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + path, ex);
		}
	}

}
