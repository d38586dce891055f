package kr.seorona.analytics.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few places that run work on threads of their own (report documents, the sessions scan before
 * the ingest partitions, chart PNG encoding) start and wait for it here: daemon threads with names
 * that show in profiles and thread dumps, results in task order, and the first failure rethrown as
 * the task threw it, so that a data problem keeps its own message. Depends on nothing of the
 * application.
 */
public final class ParallelTasks {

	private ParallelTasks() {
	}

	/**
	 * A pool of {@code threads} daemon threads, named {@code name} when there is one and
	 * {@code name-1}, {@code name-2}, ... otherwise. The caller shuts it down.
	 */
	public static ExecutorService newPool(String name, int threads) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, (threads == 1) ? name : name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Runs the tasks on a pool of {@code threads} threads ({@link #newPool}) and waits for all.
	 * @param doing what the tasks do, for the messages, e.g. {@code "writing the reports"}
	 * @return their results in task order
	 * @throws RuntimeException the first failure (in task order) as the task threw it
	 * @throws IllegalStateException when interrupted, or wrapping a checked exception of a task
	 */
	public static <T> List<T> runAll(String name, int threads, List<? extends Callable<T>> tasks, String doing) {
		ExecutorService pool = newPool(name, threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(task));
			}
			return join(futures, doing);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Waits for each future in order.
	 * @param doing what the tasks do, for the messages
	 * @return their results in order
	 * @throws RuntimeException the first failure (in order) as the task threw it
	 * @throws IllegalStateException when interrupted, or wrapping a checked exception of a task
	 */
	public static <T> List<T> join(List<? extends Future<? extends T>> futures, String doing) {
		List<T> results = new ArrayList<>();
		try {
			for (Future<? extends T> future : futures) {
				results.add(future.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while " + doing, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("failed while " + doing, ex.getCause());
		}
		return results;
	}

}
