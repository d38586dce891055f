package kr.seorona.analytics.partitioning;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A remote manager step that timed out waiting for its partitions, against a real job repository
 * (H2, Spring Batch's schema): the partitions still running are failed with a message that names
 * them, finished ones are left alone, and a worker that is still alive cannot later report its
 * partition as completed over the failure (so the restart runs it again rather than trusting
 * output the manager no longer waited for).
 */
class PartitionTimeoutListenerTests {

	private JobRepository repository;

	@BeforeEach
	void repository() throws Exception {
		var database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.setName("timeout-" + UUID.randomUUID())
			.addScript("org/springframework/batch/core/schema-h2.sql")
			.build();
		JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(database);
		factory.setTransactionManager(new DataSourceTransactionManager(database));
		factory.afterPropertiesSet();
		this.repository = factory.getObject();
	}

	@Test
	void failsThePartitionsStillRunningAndNamesThem() {
		JobExecution job = job("2021-2022");
		StepExecution manager = started(job, "ingest");
		StepExecution done = started(job, "ingestPartition:2021-attendance");
		done.setStatus(BatchStatus.COMPLETED);
		done.setExitStatus(ExitStatus.COMPLETED);
		done.setEndTime(LocalDateTime.now());
		this.repository.update(done);
		StepExecution running = started(job, "ingestPartition:2022-attendance");
		// what the live worker holds while it still runs the partition
		StepExecution workersCopy = this.repository.getStepExecution(running.getId());

		manager.addFailureException(new TimeoutException("timed out"));
		ExitStatus exit = new PartitionTimeoutListener(this.repository, Duration.ofMinutes(30)).afterStep(manager);

		assertThat(exit.getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
		assertThat(exit.getExitDescription()).contains("[ingestPartition:2022-attendance]")
			.contains("seorona.remote.partition-timeout=PT30M")
			.doesNotContain("2021");
		assertThat(this.repository.getStepExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.repository.getStepExecution(running.getId()).getExitStatus().getExitDescription())
			.contains("timed out");
		assertThat(this.repository.getStepExecution(done.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(manager.getFailureExceptions()).anySatisfy(
				(ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("[ingestPartition:2022-attendance]"));

		// the worker finishes later: its report cannot overwrite the failure
		workersCopy.setStatus(BatchStatus.COMPLETED);
		workersCopy.setExitStatus(ExitStatus.COMPLETED);
		workersCopy.setEndTime(LocalDateTime.now());
		assertThatThrownBy(() -> this.repository.update(workersCopy))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.repository.getStepExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void leavesOtherFailuresAlone() {
		JobExecution job = job("2022");
		StepExecution manager = started(job, "ingest");
		StepExecution running = started(job, "ingestPartition:2022-attendance");
		manager.addFailureException(new IllegalStateException("a worker failed"));

		assertThat(new PartitionTimeoutListener(this.repository, Duration.ofMinutes(30)).afterStep(manager)).isNull();
		assertThat(this.repository.getStepExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
	}

	private JobExecution job(String years) {
		JobParameters parameters = new JobParametersBuilder().addString("years", years).toJobParameters();
		JobInstance instance = this.repository.createJobInstance("annualReport", parameters);
		return this.repository.createJobExecution(instance, parameters, new ExecutionContext());
	}

	private StepExecution started(JobExecution job, String name) {
		StepExecution step = this.repository.createStepExecution(name, job);
		step.setStatus(BatchStatus.STARTED);
		step.setStartTime(LocalDateTime.now());
		this.repository.update(step);
		return step;
	}

}
