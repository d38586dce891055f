package kr.seorona.analytics.charts;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import kr.seorona.analytics.support.ParallelTasks;

/**
 * Encodes drawn chart images to PNG files on one background thread ({@code chart-encoder}) while the
 * calling thread draws the next chart. Only the encoding moves: it turns finished pixels into bytes
 * (filtering, deflate, the file) and touches no font or Java 2D state, so a chart's bytes are those
 * of encoding it on the drawing thread. At most {@value #PENDING} images wait at a time (each
 * {@code 4 * width * height} bytes, 8.9 MB at 1890 x 1172 px); {@link #submit} blocks beyond.
 * <p>
 * Measured on the bundled data (2026-12-03, async-profiler): encoding 30 PNGs took 2.4 of the charts
 * step's 4.1 CPU seconds, 1.7 of them in zlib's deflate.
 */
final class BackgroundPngEncoder implements AutoCloseable {

	/** Images drawn but not yet encoded, at most. */
	static final int PENDING = 2;

	private final ExecutorService thread = ParallelTasks.newPool("chart-encoder", 1);

	private final Semaphore pending = new Semaphore(PENDING);

	private final List<Future<?>> tasks = new ArrayList<>();

	/**
	 * Queues an image to be written as PNG ({@link PngWriter#write(BufferedImage, int, Path)}); blocks
	 * while {@value #PENDING} images wait.
	 * @throws IllegalStateException when interrupted while waiting
	 */
	void submit(BufferedImage image, int dpi, Path file) {
		try {
			this.pending.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing charts", ex);
		}
		this.tasks.add(this.thread.submit(() -> {
			try {
				PngWriter.write(image, dpi, file);
			}
			finally {
				this.pending.release();
			}
		}));
	}

	/**
	 * Waits until every queued image is written.
	 * @throws java.io.UncheckedIOException when a file could not be written (the first failure)
	 */
	void awaitAll() {
		ParallelTasks.join(this.tasks, "writing charts");
	}

	/** Stops the thread; images not yet encoded are dropped (after a failure). */
	@Override
	public void close() {
		this.thread.shutdownNow();
	}

}
