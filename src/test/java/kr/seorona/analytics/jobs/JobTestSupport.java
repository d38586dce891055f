package kr.seorona.analytics.jobs;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the in-process whole-job tests: one application context (and one H2 file job
 * repository under {@code target/}) shared by every subclass, the launcher disabled, and the
 * {@code annualReport} job run as the launcher would run it.
 */
@SpringBootTest(properties = { "seorona.launcher.enabled=false",
		"spring.datasource.url=jdbc:h2:file:./target/test-jobrepository/jobs-${random.uuid}" })
abstract class JobTestSupport {

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job annualReport;

	/** Runs every year of {@code input} into {@code output} as a new job instance. */
	JobExecution run(Path input, Path output) throws Exception {
		return JobRuns.run(this.jobOperator, this.jobRepository, this.annualReport, input, output);
	}

	/** Runs with the given job parameters over defaults {@code definitions=jobs, years=all}. */
	JobExecution run(Map<String, String> parameters) throws Exception {
		return JobRuns.run(this.jobOperator, this.jobRepository, this.annualReport, parameters);
	}

}
