package kr.seorona.analytics.partitioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Supplier;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the ingest of a run into one partition per school year: partition {@code 2022} reads the
 * files of {@code <input>/2022/} and stages that year's partition of every record dataset and of
 * the {@code rejects} dataset.
 * <p>
 * Year partitions are independent, checked in the code: the duplicate checks and the
 * known-session test only relate records of the same year, except one. In
 * {@link kr.seorona.analytics.ingest.DuplicateFilter} a network is a duplicate by (year, network
 * id); an attendance row by (meeting, participant), and its meeting must be a session of the same
 * year ({@code knownSession(id, year)}, so all rows of one meeting come from one year's files);
 * {@link kr.seorona.analytics.ingest.AttendanceIndex} keeps the pairs per meeting; the network
 * groups the sessions are checked against are per year. The exception is the session id, unique
 * across years: {@link EarlierSessions} gives each partition the earlier years' sessions its own
 * ids reuse (found before the split), so each partition rejects exactly what the single-threaded
 * step rejected. Nothing else is shared: pseudonyms are a keyed hash of the id alone, summaries are
 * per file, and rejects are sorted when the report is written.
 * <p>
 * Each partition's execution context holds {@value #YEAR} (the year) and {@value #EARLIER_SESSIONS}
 * ({@link EarlierSessions#toJson()}). The partitions are the same for any grid size.
 */
public final class YearPartitioner implements Partitioner {

	/** The step each partition runs: the ingest of one year. */
	public static final String WORKER_STEP = "ingestYear";

	/** Execution context key of the partition's school year (an int). */
	public static final String YEAR = "year";

	/** Execution context key of the partition's {@link EarlierSessions} as JSON. */
	public static final String EARLIER_SESSIONS = "earlierSessions";

	private final SortedSet<Integer> years;

	private final Supplier<SortedMap<Integer, EarlierSessions>> earlierSessions;

	/**
	 * @param years the run's years, one partition each
	 * @param earlierSessions finds the earlier sessions of each year (called once per split; a year
	 * missing from its result has none)
	 */
	public YearPartitioner(SortedSet<Integer> years, Supplier<SortedMap<Integer, EarlierSessions>> earlierSessions) {
		this.years = years;
		this.earlierSessions = earlierSessions;
	}

	/** The partition name of a year: the year itself, e.g. {@code 2022}. */
	public static String partitionName(int year) {
		return String.valueOf(year);
	}

	/**
	 * The name of a year partition's step executions in the job repository (Spring Batch's
	 * {@code <step>:<partition>}), e.g. {@code ingestYear:2022}.
	 */
	public static String stepExecutionName(int year) {
		return WORKER_STEP + ":" + partitionName(year);
	}

	/** @param gridSize ignored: one partition per year */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		SortedMap<Integer, EarlierSessions> earlier = this.earlierSessions.get();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int year : this.years) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(YEAR, year);
			context.putString(EARLIER_SESSIONS, earlier.getOrDefault(year, EarlierSessions.NONE).toJson());
			partitions.put(partitionName(year), context);
		}
		return partitions;
	}

}
