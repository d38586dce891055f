package kr.seorona.analytics.operations;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seorona.analytics.parquet.LockFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exclusive lock on a datasets location given with the {@code datasets} parameter, held for the
 * whole run, so that two runs writing the same lake (from different output folders, or different
 * machines) are serialised: the second is refused. On a local folder ({@code file:}) it is an
 * operating-system lock on {@code <datasets>/.lock}, released even when the process is killed. On
 * other file systems (HDFS, object stores), which have no such locks, it is the file
 * {@code <datasets>/.seorona-lock} ({@link LockFile}), naming the host and process that holds it,
 * renewed by that process every {@value #RENEW_SECONDS} s and deleted at the end of the run. A lock
 * file left by a killed run is stale, and the next run takes it over (with a warning): at once
 * when it names a process of this host that no longer runs, else once it has not been renewed for
 * {@value #STALE_SECONDS} s.
 */
final class DatasetsLock implements AutoCloseable {

	static final String REMOTE_FILE_NAME = ".seorona-lock";

	static final int RENEW_SECONDS = 15;

	static final int STALE_SECONDS = 90;

	private static final Logger logger = LoggerFactory.getLogger(DatasetsLock.class);

	private static final Pattern OWNER = Pattern.compile("host (\\S+) pid (\\d+)");

	private final OutputLock local;

	private final URI remote;

	private final ScheduledExecutorService renewal;

	private DatasetsLock(OutputLock local, URI remote) {
		this.local = local;
		this.remote = remote;
		if (remote == null) {
			this.renewal = null;
			return;
		}
		this.renewal = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "datasets-lock-renewal");
			thread.setDaemon(true);
			return thread;
		});
		this.renewal.scheduleWithFixedDelay(this::renew, RENEW_SECONDS, RENEW_SECONDS, TimeUnit.SECONDS);
	}

	/** Takes the lock on {@code root}, or returns empty when another run holds it. */
	static Optional<DatasetsLock> tryAcquire(URI root) {
		if ("file".equals(root.getScheme())) {
			return OutputLock.tryAcquire(Path.of(root)).map((lock) -> new DatasetsLock(lock, null));
		}
		String owner = "host " + hostName() + " pid " + ProcessHandle.current().pid() + " lock " + UUID.randomUUID()
				+ "\n";
		if (LockFile.createExclusive(root, REMOTE_FILE_NAME, owner)) {
			return Optional.of(new DatasetsLock(null, root));
		}
		Optional<LockFile.Existing> existing = LockFile.read(root, REMOTE_FILE_NAME);
		if (existing.isEmpty()) {
			// released meanwhile
			return LockFile.createExclusive(root, REMOTE_FILE_NAME, owner) ? Optional.of(new DatasetsLock(null, root))
					: Optional.empty();
		}
		String stale = staleness(existing.get(), Instant.now());
		if (stale == null) {
			return Optional.empty();
		}
		logger.warn("The lock {} was left by a run that stopped ({}: {}); taking it over.", describe(root),
				existing.get().content().trim(), stale);
		return LockFile.takeOver(root, REMOTE_FILE_NAME, existing.get().content(), owner)
				? Optional.of(new DatasetsLock(null, root)) : Optional.empty();
	}

	/** Why a lock file is stale, or null while its holder may be alive. */
	static String staleness(LockFile.Existing lock, Instant now) {
		Matcher owner = OWNER.matcher(lock.content());
		if (owner.find() && owner.group(1).equals(hostName())
				&& ProcessHandle.of(Long.parseLong(owner.group(2))).isEmpty()) {
			return "process " + owner.group(2) + " of this host no longer runs";
		}
		Duration age = Duration.between(Instant.ofEpochMilli(lock.renewedAt()), now);
		if (age.toSeconds() > STALE_SECONDS) {
			return "not renewed for " + age.toSeconds() + " s";
		}
		return null;
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

	private void renew() {
		try {
			LockFile.renew(this.remote, REMOTE_FILE_NAME);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not renew the lock {}: {}", describe(this.remote), ex.getMessage());
		}
	}

	@Override
	public void close() {
		if (this.local != null) {
			this.local.close();
			return;
		}
		this.renewal.shutdownNow();
		LockFile.delete(this.remote, REMOTE_FILE_NAME);
	}

}
