package kr.seorona.analytics.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ParallelTasksTests {

	@Test
	void resultsComeInTaskOrderWhateverFinishesFirst() {
		CountDownLatch secondDone = new CountDownLatch(1);
		List<Callable<String>> tasks = List.of(() -> {
			// the first task ends only after the second
			assertThat(secondDone.await(10, TimeUnit.SECONDS)).isTrue();
			return "first on " + Thread.currentThread().getName();
		}, () -> {
			secondDone.countDown();
			return "second";
		});
		List<String> results = ParallelTasks.runAll("work", 2, tasks, "testing");
		assertThat(results).hasSize(2);
		assertThat(results.get(0)).matches("first on work-[12]");
		assertThat(results.get(1)).isEqualTo("second");
	}

	@Test
	void theFirstFailureInTaskOrderIsRethrownAsTheTaskThrewIt() {
		UncheckedIOException first = new UncheckedIOException("cannot read 2021/sessions.csv",
				new java.io.IOException("gone"));
		List<Callable<Object>> tasks = List.of(() -> "fine", () -> {
			throw first;
		}, () -> {
			throw new IllegalArgumentException("later");
		});
		assertThatThrownBy(() -> ParallelTasks.runAll("work", 2, tasks, "testing")).isSameAs(first);
	}

	@Test
	void aCheckedFailureIsWrappedSayingWhatWasBeingDone() {
		List<Callable<Object>> tasks = List.of(() -> {
			throw new Exception("checked");
		});
		assertThatThrownBy(() -> ParallelTasks.runAll("work", 1, tasks, "writing the reports"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("failed while writing the reports")
			.hasRootCauseMessage("checked");
	}

	@Test
	void aPoolOfOneThreadCarriesTheNameItself() throws Exception {
		var pool = ParallelTasks.newPool("chart-encoder", 1);
		try {
			assertThat(pool.submit(() -> Thread.currentThread().getName()).get()).isEqualTo("chart-encoder");
			assertThat(pool.submit(() -> Thread.currentThread().isDaemon()).get()).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
