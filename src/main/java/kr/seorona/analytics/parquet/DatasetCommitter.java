package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes staged datasets visible atomically per partition.
 * <p>
 * Layout: writers stage under {@code <stagingRoot>/datasets/<name>/year=YYYY/}
 * ({@link #stagingRoot(URI, String)} gives {@code <outputRoot>/.seorona-staging/<runId>/});
 * readers see {@code <outputRoot>/datasets/<name>/year=YYYY/}; the committer keeps its journal and
 * trash in {@code <outputRoot>/.seorona-commit/} (hidden from Hive-style readers).
 * <p>
 * Per partition (or per unpartitioned dataset) the swap is two renames: old folder to the trash,
 * staged folder into place. A reader therefore sees the old files or the new files of a partition,
 * never a mix and never a partial file; only in the instant between the two renames (or after a
 * crash exactly there, until {@link #recover(URI)} runs) is the partition absent. Before the first
 * rename the committer writes a journal naming every partition and its staged folder; after the
 * last it deletes the journal, then the trash. {@link #recover(URI)}, called at the start of every
 * run (and by {@link #commit}), completes an interrupted commit from the journal, or restores a
 * partition from the trash if its staged folder has vanished.
 * <p>
 * File systems: any Hadoop FileSystem URI. Folder renames are atomic on the local file system and
 * HDFS; on object stores (s3a, abfs, gs) they are copies, so the guarantees above weaken to "one
 * partition at a time". The staging root must be on the same file system as the output root.
 * One commit at a time per output root (the job's instance lock ensures it).
 * <p>
 * Stable schemas: a commit that would leave a partitioned dataset with partitions of different
 * schemas (or schema versions) is refused before anything moves; a schema change re-runs every
 * year of the dataset.
 */
public final class DatasetCommitter {

	/** Folder under the output root holding the journal and trash. */
	public static final String WORK_FOLDER = ".seorona-commit";

	/** Folder under the output root holding staging roots. */
	public static final String STAGING_FOLDER = ".seorona-staging";

	private static final Logger logger = LoggerFactory.getLogger(DatasetCommitter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DatasetCommitter() {
	}

	/** The staging root of one job execution: {@code <outputRoot>/.seorona-staging/<jobExecutionId>/}. */
	public static URI stagingRoot(URI outputRoot, long jobExecutionId) {
		return stagingRoot(outputRoot, String.valueOf(jobExecutionId));
	}

	/**
	 * The staging root of one run: {@code <outputRoot>/.seorona-staging/<runId>/}. Use an id unique
	 * across every process that may write to the output root (a UUID), so that two runs never
	 * stage into the same folder.
	 */
	public static URI stagingRoot(URI outputRoot, String runId) {
		return HadoopFiles.resolve(outputRoot, STAGING_FOLDER + "/" + runId + "/").toUri();
	}

	/**
	 * Deletes a staging root and everything in it (a failed run's leftovers); no-op when absent.
	 * @throws UncheckedIOException when it cannot be deleted
	 */
	public static void discard(URI stagingRoot) {
		FileSystem fs = HadoopFiles.fileSystem(stagingRoot);
		Path root = new Path(stagingRoot);
		try {
			if (fs.exists(root) && !fs.delete(root, true)) {
				throw new IOException("delete returned false");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete staging root " + stagingRoot, ex);
		}
	}

	/**
	 * Moves every staged partition folder of every dataset under {@code stagingRoot/datasets} into
	 * {@code outputRoot/datasets}, replacing exactly the same partitions and leaving every other
	 * partition untouched; unpartitioned datasets are replaced whole. Runs {@link #recover(URI)}
	 * first. Call it only after every writer of the run closed successfully.
	 * @param stagingRoot where the writers staged, on the same file system as the output root
	 * @param outputRoot the output root, e.g. {@code file:/srv/seorona/output/}
	 * @return the committed partitions
	 * @throws UncheckedIOException when a rename fails; the journal is kept and
	 * {@link #recover(URI)} completes the commit
	 * @throws IllegalStateException when the staged schema of a dataset differs from the schema of
	 * partitions it does not replace (nothing is moved)
	 * @throws IllegalArgumentException when staging and output are on different file systems
	 */
	public static CommitResult commit(URI stagingRoot, URI outputRoot) {
		return commit(stagingRoot, outputRoot, (step) -> {
		});
	}

	/**
	 * Completes or rolls back an interrupted commit: for each partition in the journal, a staged
	 * folder still present is moved into place (the old one to the trash first); a partition whose
	 * staged folder and target are both gone is restored from the trash. Then the journal and the
	 * trash are deleted. No-op when no commit was interrupted.
	 * @throws UncheckedIOException when the output root cannot be repaired
	 */
	public static void recover(URI outputRoot) {
		recover(outputRoot, (step) -> {
		});
	}

	/**
	 * Called after each journal write and rename with a description of the step ({@code journal},
	 * {@code trash <dataset>/<partition>}, {@code place <dataset>/<partition>}, {@code restore ...},
	 * {@code journal deleted}): progress reports and crash tests.
	 */
	@FunctionalInterface
	public interface Hook {

		void after(String step) throws IOException;

	}

	/** Journal of a commit in progress. */
	record Journal(String transaction, List<Unit> units) {
	}

	/** One partition to commit: path relative to datasets/, and the staged folder's URI. */
	record Unit(String path, String source) {
	}

	/**
	 * {@link #commit(URI, URI)}, calling {@code hook} after each step.
	 * @throws UncheckedIOException also when the hook throws an {@link IOException}
	 */
	public static CommitResult commit(URI stagingRoot, URI outputRoot, Hook hook) {
		recover(outputRoot, hook);
		FileSystem fs = HadoopFiles.fileSystem(outputRoot);
		Path staged = HadoopFiles.resolve(stagingRoot, "datasets");
		try {
			List<Unit> units = new ArrayList<>();
			for (FileStatus dataset : HadoopFiles.folders(HadoopFiles.fileSystem(stagingRoot), staged)) {
				units(HadoopFiles.fileSystem(stagingRoot), dataset.getPath(), dataset.getPath().getName(), units);
			}
			if (units.isEmpty()) {
				return new CommitResult(List.of(), List.of());
			}
			checkSameFileSystem(stagingRoot, outputRoot);
			checkStableSchemas(fs, outputRoot, units);
			Journal journal = new Journal(UUID.randomUUID().toString(), units);
			writeJournal(fs, outputRoot, journal);
			hook.after("journal");
			List<String> added = new ArrayList<>();
			List<String> replaced = new ArrayList<>();
			for (Unit unit : units) {
				Path target = HadoopFiles.resolve(outputRoot, "datasets/" + unit.path());
				if (fs.exists(target)) {
					rename(fs, target, trash(outputRoot, journal, unit));
					hook.after("trash " + unit.path());
					replaced.add(unit.path());
				}
				else {
					added.add(unit.path());
				}
				rename(fs, new Path(URI.create(unit.source())), target);
				hook.after("place " + unit.path());
			}
			finish(fs, outputRoot, hook);
			HadoopFiles.fileSystem(stagingRoot).delete(staged, true);
			logger.info("Committed {} dataset partitions to {}", units.size(), outputRoot);
			return new CommitResult(added, replaced);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot commit " + stagingRoot + " to " + outputRoot
					+ "; DatasetCommitter.recover completes it", ex);
		}
	}

	/** {@link #recover(URI)}, calling {@code hook} after each step. */
	public static void recover(URI outputRoot, Hook hook) {
		FileSystem fs = HadoopFiles.fileSystem(outputRoot);
		Path journalFile = HadoopFiles.resolve(outputRoot, WORK_FOLDER + "/journal.json");
		try {
			if (!fs.exists(journalFile)) {
				Path work = HadoopFiles.resolve(outputRoot, WORK_FOLDER);
				if (fs.exists(work)) {
					fs.delete(work, true);
				}
				return;
			}
			Journal journal;
			try (InputStream in = fs.open(journalFile)) {
				journal = JSON.readValue(in, Journal.class);
			}
			logger.warn("Recovering interrupted dataset commit {} in {}", journal.transaction(), outputRoot);
			for (Unit unit : journal.units()) {
				Path source = new Path(URI.create(unit.source()));
				Path target = HadoopFiles.resolve(outputRoot, "datasets/" + unit.path());
				Path trash = trash(outputRoot, journal, unit);
				if (fs.exists(source)) {
					if (fs.exists(target)) {
						rename(fs, target, trash);
						hook.after("trash " + unit.path());
					}
					rename(fs, source, target);
					hook.after("place " + unit.path());
				}
				else if (!fs.exists(target) && fs.exists(trash)) {
					logger.warn("Staged folder {} is gone; restoring the previous {}", source, unit.path());
					rename(fs, trash, target);
					hook.after("restore " + unit.path());
				}
			}
			finish(fs, outputRoot, hook);
		}
		catch (IOException | RuntimeException ex) {
			throw new UncheckedIOException("cannot recover the interrupted dataset commit in " + outputRoot,
					(ex instanceof IOException io) ? io : new IOException(ex));
		}
	}

	private static void checkSameFileSystem(URI stagingRoot, URI outputRoot) {
		URI staging = HadoopFiles.fileSystem(stagingRoot).getUri();
		URI output = HadoopFiles.fileSystem(outputRoot).getUri();
		if (!staging.equals(output)) {
			throw new IllegalArgumentException("staging root " + stagingRoot + " is on " + staging
					+ " but the output root " + outputRoot + " is on " + output + "; stage on the output's file system");
		}
	}

	/**
	 * A column never changes type between partitions: the staged files of a partitioned dataset must
	 * have the schema and schema version of the partitions they do not replace.
	 */
	private static void checkStableSchemas(FileSystem fs, URI outputRoot, List<Unit> units) throws IOException {
		Map<String, List<Unit>> byDataset = new TreeMap<>();
		units.forEach((unit) -> byDataset.computeIfAbsent(unit.path().split("/")[0], (key) -> new ArrayList<>())
			.add(unit));
		for (Map.Entry<String, List<Unit>> dataset : byDataset.entrySet()) {
			Unit first = dataset.getValue().get(0);
			if (first.path().equals(dataset.getKey())) {
				continue;
			}
			List<Path> staged = HadoopFiles.files(fs, new Path(URI.create(first.source())));
			if (staged.isEmpty()) {
				continue;
			}
			FileMetaData expected = HadoopFiles.footer(staged.get(0));
			Path folder = HadoopFiles.resolve(outputRoot, "datasets/" + dataset.getKey());
			for (Path existing : HadoopFiles.files(fs, folder)) {
				String relative = dataset.getKey() + "/" + HadoopFiles.relative(folder, existing);
				boolean replaced = dataset.getValue().stream().anyMatch((unit) -> relative.startsWith(unit.path() + "/"));
				if (!replaced) {
					FileMetaData actual = HadoopFiles.footer(existing);
					String expectedVersion = expected.getKeyValueMetaData().get(WriteOptions.SCHEMA_VERSION);
					String actualVersion = actual.getKeyValueMetaData().get(WriteOptions.SCHEMA_VERSION);
					if (!expected.getSchema().equals(actual.getSchema())
							|| !java.util.Objects.equals(expectedVersion, actualVersion)) {
						throw new IllegalStateException("dataset " + dataset.getKey() + ": the staged schema (version "
								+ expectedVersion + ") differs from " + relative + " (version " + actualVersion
								+ "); a schema change must re-run every year of the dataset");
					}
				}
			}
		}
	}

	/** Collects the partition folders (folders holding files) below a staged dataset folder. */
	private static void units(FileSystem fs, Path folder, String relative, List<Unit> units) throws IOException {
		boolean hasFiles = false;
		List<FileStatus> children = new ArrayList<>(List.of(fs.listStatus(folder)));
		children.sort(java.util.Comparator.comparing((status) -> status.getPath().getName()));
		for (FileStatus child : children) {
			String name = child.getPath().getName();
			if (name.startsWith(".") || name.startsWith("_")) {
				continue;
			}
			hasFiles |= child.isFile();
		}
		if (hasFiles) {
			units.add(new Unit(relative, folder.toUri().toString()));
			return;
		}
		for (FileStatus child : children) {
			String name = child.getPath().getName();
			if (child.isDirectory() && !name.startsWith(".") && !name.startsWith("_")) {
				units(fs, child.getPath(), relative + "/" + name, units);
			}
		}
	}

	private static Path trash(URI outputRoot, Journal journal, Unit unit) {
		return HadoopFiles.resolve(outputRoot, WORK_FOLDER + "/trash/" + journal.transaction() + "/" + unit.path());
	}

	private static void writeJournal(FileSystem fs, URI outputRoot, Journal journal) throws IOException {
		Path temporary = HadoopFiles.resolve(outputRoot, WORK_FOLDER + "/journal.json.tmp");
		try (OutputStream out = HadoopFiles.create(fs, temporary)) {
			out.write(JSON.writeValueAsBytes(journal));
		}
		rename(fs, temporary, HadoopFiles.resolve(outputRoot, WORK_FOLDER + "/journal.json"));
	}

	/** Deletes the journal (the commit is then complete), then the trash. */
	private static void finish(FileSystem fs, URI outputRoot, Hook hook) throws IOException {
		fs.delete(HadoopFiles.resolve(outputRoot, WORK_FOLDER + "/journal.json"), false);
		hook.after("journal deleted");
		fs.delete(HadoopFiles.resolve(outputRoot, WORK_FOLDER), true);
	}

	private static void rename(FileSystem fs, Path from, Path to) throws IOException {
		Path parent = to.getParent();
		if (parent != null && !fs.exists(parent) && !HadoopFiles.mkdirs(fs, parent)) {
			throw new IOException("cannot create " + parent);
		}
		if (!fs.rename(from, to)) {
			throw new IOException("cannot rename " + from + " to " + to);
		}
	}

}
