package kr.seorona.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes a document package built in memory to its file, with the messages both writers give. */
final class DocumentFiles {

	private DocumentFiles() {
	}

	/**
	 * @param file the file to write (replaced; its folder created)
	 * @param library the library that builds the package, for the message, e.g. {@code hwpxlib}
	 * @param bytes builds the package
	 * @throws UncheckedIOException when a chart cannot be read or the file written
	 * @throws IllegalStateException when the library fails with a checked exception of its own
	 */
	static void write(Path file, String library, Callable<byte[]> bytes) {
		try {
			byte[] content = bytes.call();
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(library + " cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

}
