package kr.seorona.analytics.jobs;

import org.springframework.batch.core.job.JobExecution;

/** Writes the run's dashboard page and manifest into the output folder. */
final class Dashboard {

	private Dashboard() {
	}

	static void publish(RunContext run, JobExecution jobExecution) {
	}

}
