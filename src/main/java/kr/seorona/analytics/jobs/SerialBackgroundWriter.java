package kr.seorona.analytics.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs writing tasks one at a time, in the order they were submitted, on one daemon thread, with at
 * most a given number waiting, so that the caller goes on (reading and parsing the next chunks)
 * while they run: the output is the same as a synchronous writer's. After a task fails the
 * remaining ones are skipped, and its exception is thrown once, by the next {@link #submit} or
 * {@link #finish}.
 */
final class SerialBackgroundWriter {

	private final ExecutorService executor;

	private final Semaphore inFlight;

	private volatile RuntimeException failure;

	private boolean failureThrown;

	/**
	 * @param threadName the name of the writing thread
	 * @param inFlight tasks that may wait before {@link #submit} blocks
	 */
	SerialBackgroundWriter(String threadName, int inFlight) {
		this.inFlight = new Semaphore(inFlight);
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Hands a task to the writing thread, waiting while too many wait.
	 * @throws RuntimeException the failure of an earlier task, not yet thrown
	 */
	void submit(Runnable task) throws InterruptedException {
		throwFailure();
		this.inFlight.acquire();
		try {
			this.executor.execute(() -> {
				try {
					if (this.failure == null) {
						task.run();
					}
				}
				catch (RuntimeException ex) {
					this.failure = ex;
				}
				finally {
					this.inFlight.release();
				}
			});
		}
		catch (RuntimeException ex) {
			this.inFlight.release();
			throw ex;
		}
	}

	/**
	 * Waits until every task submitted has run and stops the thread; no task may follow.
	 * @throws RuntimeException the failure of a task, not yet thrown
	 * @throws IllegalStateException when interrupted while waiting
	 */
	void finish() {
		this.executor.shutdown();
		try {
			while (!this.executor.awaitTermination(1, TimeUnit.MINUTES)) {
				// large chunks on a slow disk: keep waiting
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while staging the last chunks", ex);
		}
		throwFailure();
	}

	private void throwFailure() {
		RuntimeException ex = this.failure;
		if (ex != null && !this.failureThrown) {
			this.failureThrown = true;
			throw ex;
		}
	}

}
