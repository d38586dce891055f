package kr.seorona.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryWarmUpTests {

	@Test
	void runsOnADaemonThreadOfItsOwnThatEnds() throws Exception {
		Thread warmUp = LibraryWarmUp.start();
		assertThat(warmUp.getName()).isEqualTo("warm-up");
		assertThat(warmUp.isDaemon()).as("never keeps the JVM of a finished job alive").isTrue();
		warmUp.join();
		assertThat(warmUp.isAlive()).isFalse();
	}

}
