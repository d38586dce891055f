package kr.seorona.analytics.partitioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.function.Supplier;

import kr.seorona.analytics.ingest.InputFile;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the ingest of a run into {@link IngestPartition}s: per school year, one for the networks
 * and sessions files ({@code 2022-sessions}) and one per attendance file ({@code 2022-attendance}),
 * the last with the year's survey file. Each stages the rows of its own files into files of its
 * own ({@link IngestPartition#parts()}), so attendance, about 90 % of the rows, no longer makes its
 * year one large partition.
 * <p>
 * A partition decides each of its rows exactly as the single-threaded ingest does, because it first
 * reads, as lookups, every file of its year that the single-threaded ingest reads before its own
 * (networks, sessions, attendance, survey; files of a kind in name order), without staging, counting
 * or rejecting their rows (their own partition does that): an attendance partition reads the
 * networks and sessions (known sessions) and the earlier attendance files ({@code (meeting,
 * participant)} duplicates); the survey is read after the year's attendance, whose participant ids
 * clear survey comments ({@link kr.seorona.analytics.ingest.KnownIdentifiers}). Across years,
 * only session ids are checked: {@link EarlierSessions} gives every partition of a year the earlier
 * years' sessions its sessions file reuses (found before the split). Summaries are per file, each
 * file staged by one partition, and rejects are sorted when the report is written.
 * <p>
 * Each partition's execution context holds {@value #PARTITION} ({@link IngestPartition#toJson()})
 * and {@value #EARLIER_SESSIONS} ({@link EarlierSessions#toJson()}). The partitions are the same for
 * any grid size.
 */
public final class IngestPartitioner implements Partitioner {

	/** The step each partition runs. */
	public static final String WORKER_STEP = "ingestPartition";

	/** Execution context key of the {@link IngestPartition} as JSON. */
	public static final String PARTITION = "ingestPartition";

	/** Execution context key of the partition's {@link EarlierSessions} as JSON. */
	public static final String EARLIER_SESSIONS = "earlierSessions";

	private final SortedSet<Integer> years;

	private final Supplier<List<InputFile>> files;

	private final Function<List<InputFile>, SortedMap<Integer, EarlierSessions>> earlierSessions;

	/**
	 * @param years the run's years
	 * @param files finds the run's input files (called once per split)
	 * @param earlierSessions finds the earlier sessions of each year from the input files (called
	 * once per split; a year missing from its result has none)
	 */
	public IngestPartitioner(SortedSet<Integer> years, Supplier<List<InputFile>> files,
			Function<List<InputFile>, SortedMap<Integer, EarlierSessions>> earlierSessions) {
		this.years = years;
		this.files = files;
		this.earlierSessions = earlierSessions;
	}

	/**
	 * The partitions of the run's files, year by year.
	 * @param files the run's input files, sorted by kind then name
	 */
	public static List<IngestPartition> partitions(SortedSet<Integer> years, List<InputFile> files) {
		return years.stream().flatMap((year) -> IngestPartition.of(year, files).stream()).toList();
	}

	/** @param gridSize ignored: the partitions follow the files */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<InputFile> inputs = this.files.get();
		SortedMap<Integer, EarlierSessions> earlier = this.earlierSessions.apply(inputs);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (IngestPartition partition : partitions(this.years, inputs)) {
			ExecutionContext context = new ExecutionContext();
			context.putString(PARTITION, partition.toJson());
			context.putString(EARLIER_SESSIONS,
					earlier.getOrDefault(partition.year(), EarlierSessions.NONE).toJson());
			partitions.put(partition.name(), context);
		}
		return partitions;
	}

}
