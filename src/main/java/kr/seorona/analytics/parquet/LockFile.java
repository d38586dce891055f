package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A lock file {@code <root>/<name>} on any Hadoop file system (HDFS, object stores), which have
 * no operating-system locks: created exclusively, renewed by its holder (modification time), read
 * to tell whose it is and when it was last renewed, taken over when stale, deleted at the end.
 */
public final class LockFile {

	private LockFile() {
	}

	/**
	 * An existing lock file.
	 * @param content what its creator wrote
	 * @param renewedAt its modification time, epoch milliseconds
	 */
	public record Existing(String content, long renewedAt) {
	}

	/**
	 * Creates {@code <root>/<name>} with {@code content} only if it does not exist yet (an exclusive
	 * create: of two processes, exactly one succeeds).
	 * @return whether this call created it
	 * @throws UncheckedIOException when the file system cannot be reached
	 */
	public static boolean createExclusive(URI root, String name, String content) {
		FileSystem fs = HadoopFiles.fileSystem(root);
		Path file = HadoopFiles.resolve(root, name);
		try (OutputStream out = fs.create(file, false)) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		catch (IOException ex) {
			try {
				if (fs.exists(file)) {
					return false;
				}
			}
			catch (IOException ignored) {
				// reported below
			}
			throw new UncheckedIOException("cannot create " + file, ex);
		}
	}

	/** The lock file's content and last renewal, empty when there is none. */
	public static Optional<Existing> read(URI root, String name) {
		return read(HadoopFiles.fileSystem(root), HadoopFiles.resolve(root, name));
	}

	private static Optional<Existing> read(FileSystem fs, Path file) {
		try {
			FileStatus status = fs.getFileStatus(file);
			try (InputStream in = fs.open(file)) {
				return Optional.of(new Existing(new String(in.readAllBytes(), StandardCharsets.UTF_8),
						status.getModificationTime()));
			}
		}
		catch (java.io.FileNotFoundException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/** Sets the lock file's modification time to now: its holder is alive. */
	public static void renew(URI root, String name) {
		try {
			HadoopFiles.fileSystem(root).setTimes(HadoopFiles.resolve(root, name), System.currentTimeMillis(), -1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot renew " + name + " in " + root, ex);
		}
	}

	/**
	 * Replaces a stale lock file by one of this process: the stale file is first renamed away (an
	 * atomic rename: of two processes taking it over, one succeeds), and is put back if it turns out
	 * not to be the one judged stale (another process took over meanwhile).
	 * @param stale the content of the lock file judged stale
	 * @return whether this process now holds the lock
	 */
	public static boolean takeOver(URI root, String name, String stale, String content) {
		FileSystem fs = HadoopFiles.fileSystem(root);
		Path file = HadoopFiles.resolve(root, name);
		Path away = HadoopFiles.resolve(root, name + ".stale-" + UUID.randomUUID());
		try {
			if (!fs.rename(file, away)) {
				return false;
			}
			Optional<Existing> moved = read(fs, away);
			if (moved.isEmpty() || !moved.get().content().equals(stale)) {
				fs.rename(away, file);
				return false;
			}
			fs.delete(away, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot take over " + file, ex);
		}
		return createExclusive(root, name, content);
	}

	/** Deletes {@code <root>/<name>}; no-op when absent. */
	public static void delete(URI root, String name) {
		try {
			HadoopFiles.fileSystem(root).delete(HadoopFiles.resolve(root, name), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + name + " in " + root, ex);
		}
	}

}
