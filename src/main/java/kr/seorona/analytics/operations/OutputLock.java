package kr.seorona.analytics.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on an output folder ({@code <output>/.lock}, an OS file lock), held for the
 * whole run, so that two runs never write the same output at once. The operating system releases
 * it when the process dies, even by SIGKILL, so a killed run never blocks the next one.
 */
final class OutputLock implements AutoCloseable {

	static final String FILE_NAME = ".lock";

	private final FileChannel channel;

	private final FileLock lock;

	private OutputLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, or returns empty when another process (or this one) holds it. */
	static Optional<OutputLock> tryAcquire(Path output) {
		try {
			Files.createDirectories(output);
			FileChannel channel = FileChannel.open(output.resolve(FILE_NAME), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			channel.truncate(0);
			channel.write(java.nio.ByteBuffer
				.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
			return Optional.of(new OutputLock(channel, lock));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot lock output folder " + output, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
