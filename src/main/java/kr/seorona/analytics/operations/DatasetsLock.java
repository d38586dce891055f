package kr.seorona.analytics.operations;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

import kr.seorona.analytics.parquet.DatasetCommitter;

/**
 * An exclusive lock on a datasets location given with the {@code datasets} parameter, held for the
 * whole run, so that two runs writing the same lake (from different output folders, or different
 * machines) are serialised: the second is refused. On a local folder ({@code file:}) it is an
 * operating-system lock on {@code <datasets>/.lock}, released even when the process is killed. On
 * other file systems (HDFS, object stores), which have no such locks, it is the file
 * {@code <datasets>/.seorona-lock}, created exclusively and deleted at the end of the run; a run
 * killed by SIGKILL leaves it behind, and the next run is refused until it is deleted by hand (its
 * content names the host and process that created it).
 */
final class DatasetsLock implements AutoCloseable {

	static final String REMOTE_FILE_NAME = ".seorona-lock";

	private final OutputLock local;

	private final URI remote;

	private DatasetsLock(OutputLock local, URI remote) {
		this.local = local;
		this.remote = remote;
	}

	/** Takes the lock on {@code root}, or returns empty when another run holds it. */
	static Optional<DatasetsLock> tryAcquire(URI root) {
		if ("file".equals(root.getScheme())) {
			return OutputLock.tryAcquire(Path.of(root)).map((lock) -> new DatasetsLock(lock, null));
		}
		String owner = "host " + hostName() + " pid " + ProcessHandle.current().pid() + "\n";
		return DatasetCommitter.createExclusive(root, REMOTE_FILE_NAME, owner)
				? Optional.of(new DatasetsLock(null, root)) : Optional.empty();
	}

	/** Where the lock lives, for messages. */
	static String describe(URI root) {
		return root + ("file".equals(root.getScheme()) ? OutputLock.FILE_NAME : REMOTE_FILE_NAME);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

	@Override
	public void close() {
		if (this.local != null) {
			this.local.close();
		}
		else {
			DatasetCommitter.deleteFile(this.remote, REMOTE_FILE_NAME);
		}
	}

}
