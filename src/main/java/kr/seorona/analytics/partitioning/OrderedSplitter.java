package kr.seorona.analytics.partitioning;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Spring Batch's {@link SimpleStepExecutionSplitter} (partition executions named
 * {@code <step>:<partition>}, restarts re-run only the partitions not completed), with the
 * partitions handed out in the order of their names instead of a hash set's: ingest partitions run
 * (locally) or are sent (remote) oldest year first ({@code 2021-attendance}, {@code 2021-sessions},
 * {@code 2022-attendance}, ...), the same way every time.
 */
public final class OrderedSplitter implements StepExecutionSplitter {

	private final SimpleStepExecutionSplitter delegate;

	/**
	 * @param stepName the name of the step each partition runs, e.g. {@code ingestPartition}
	 * @param partitioner the partitioner
	 */
	public OrderedSplitter(JobRepository jobRepository, String stepName, Partitioner partitioner) {
		this.delegate = new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner);
	}

	@Override
	public String getStepName() {
		return this.delegate.getStepName();
	}

	@Override
	public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
		Set<StepExecution> ordered = new LinkedHashSet<>();
		this.delegate.split(stepExecution, gridSize)
			.stream()
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.forEach(ordered::add);
		return ordered;
	}

}
