package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.AnnualReportParameters;
import kr.seorona.analytics.operations.InputChecksums;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;

/** Runs the annual report job in the test's Spring context, as the launcher would, and copies inputs. */
final class JobRuns {

	private JobRuns() {
	}

	/**
	 * Runs every year of {@code input} into {@code output} as a new job instance (the re-run counter
	 * is the number of instances so far), with the definitions of {@code jobs/}.
	 */
	static JobExecution run(JobOperator jobOperator, JobRepository jobRepository, Job job, Path input, Path output)
			throws Exception {
		return run(jobOperator, jobRepository, job, Map.of("input", input.toString(), "output", output.toString()));
	}

	/** Runs with the given parameters over defaults {@code definitions=jobs, years=all}. */
	static JobExecution run(JobOperator jobOperator, JobRepository jobRepository, Job job,
			Map<String, String> parameters) throws Exception {
		AnnualReportParameters resolved = AnnualReportParameters
			.resolve(Map.of("definitions", "jobs", "years", "all"), parameters);
		String checksum = InputChecksums.of(resolved).combined();
		JobOperatorTestUtils utils = new JobOperatorTestUtils(jobOperator, jobRepository);
		utils.setJob(job);
		long rerun = jobRepository.getJobInstances(AnnualReportParameters.JOB_NAME, 0, 10_000).size();
		return utils.startJob(resolved.toJobParameters(checksum, rerun));
	}

	/** Copies a folder tree, e.g. the bundled {@code data/} to a test's own input to alter. */
	static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
		return to;
	}

}
