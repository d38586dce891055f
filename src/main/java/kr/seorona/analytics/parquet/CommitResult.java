package kr.seorona.analytics.parquet;

import java.util.List;

/**
 * What {@link DatasetCommitter#commit} moved into the output root. Entries are paths relative to
 * {@code <outputRoot>/datasets/}: {@code networks/year=2022} for a partition,
 * {@code participation_trends} for an unpartitioned dataset; sorted.
 *
 * @param added partitions that did not exist before
 * @param replaced partitions whose previous content was replaced
 */
public record CommitResult(List<String> added, List<String> replaced) {

	public CommitResult {
		added = List.copyOf(added);
		replaced = List.copyOf(replaced);
	}

	/** Every committed partition, sorted. */
	public List<String> partitions() {
		return java.util.stream.Stream.concat(this.added.stream(), this.replaced.stream()).sorted().toList();
	}

}
