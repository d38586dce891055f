/**
 * Parquet datasets: schemas derived from records, writers, readers and the atomic commit.
 * <p>
 * A run writes each dataset with a {@link kr.seorona.analytics.parquet.DatasetWriter} into a
 * staging root ({@link kr.seorona.analytics.parquet.DatasetCommitter#stagingRoot}), then, when every
 * step has succeeded, {@link kr.seorona.analytics.parquet.DatasetCommitter#commit} moves the staged
 * partitions into {@code <output>/datasets/}. A run starts with
 * {@link kr.seorona.analytics.parquet.DatasetCommitter#recover} (finishes an interrupted commit) and
 * {@link kr.seorona.analytics.parquet.DatasetCommitter#discard} of its staging root. Every dataset is
 * declared in {@link kr.seorona.analytics.parquet.DatasetCatalog}; {@code docs/DATASETS.md} is
 * generated from it by {@link kr.seorona.analytics.parquet.DataDictionary}.
 * <pre>{@code
 * URI output = Path.of("output").toUri();
 * DatasetCommitter.recover(output);
 * URI staging = DatasetCommitter.stagingRoot(output, jobExecutionId);
 * DatasetCommitter.discard(staging);
 * WriteOptions options = WriteOptions.of(jobExecutionId, version, WriteOptions.inputSha256(input, files));
 * try (DatasetWriter<NetworkRecord> writer = new DatasetWriter<>(DatasetCatalog.NETWORKS, staging, options)) {
 *     writer.expectPartitions(years);
 *     networks.forEach(writer::write);
 * }
 * // ... the other datasets ...
 * CommitResult result = DatasetCommitter.commit(staging, output);
 * }</pre>
 */
package kr.seorona.analytics.parquet;
