package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.PValueMethod;
import kr.seorona.analytics.stats.ParticipationTrend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetCommitterTests {

	static final WriteOptions OPTIONS = DatasetRoundTripTests.OPTIONS;

	@TempDir
	Path output;

	private URI out() {
		return this.output.toUri();
	}

	/** One run: networks of the given years (names tagged with the run), trends, then commit. */
	private CommitResult run(long id, String tag, List<Integer> years) {
		URI staging = stage(id, tag, years);
		return DatasetCommitter.commit(staging, out());
	}

	private URI stage(long id, String tag, List<Integer> years) {
		DatasetCommitter.recover(out());
		URI staging = DatasetCommitter.stagingRoot(out(), id);
		DatasetCommitter.discard(staging);
		try (DatasetWriter<NetworkRecord> writer = new DatasetWriter<>(DatasetCatalog.NETWORKS, staging, OPTIONS)) {
			writer.expectPartitions(years);
			for (int year : years) {
				writer.write(new NetworkRecord(year, "NET-" + year, tag + " 네트워크", "PARENT", year % 100));
			}
		}
		try (DatasetWriter<ParticipationTrend> writer = new DatasetWriter<>(DatasetCatalog.PARTICIPATION_TRENDS,
				staging, OPTIONS)) {
			writer.write(new ParticipationTrend("PARENT", tag, 2019, 2022, 4, true, null, 1.0, 0.5, 1.5, 0.9, 0.01,
					0.8, 0.02, PValueMethod.EXACT, 20, false));
		}
		return staging;
	}

	/** Every file under the output root: relative path to content. */
	private Map<String, byte[]> files() {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(this.output)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(this.output.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/** Network names by year as DuckDB reads them. */
	private Map<Long, String> names() {
		Map<Long, String> names = new TreeMap<>();
		for (List<Object> row : Duck.query("SELECT year, network_name FROM " + Duck.source(this.output, "networks"))) {
			names.put((Long) row.get(0), (String) row.get(1));
		}
		return names;
	}

	private String trend() {
		return (String) Duck.query("SELECT indicator FROM " + Duck.source(this.output, "participation_trends"))
			.get(0)
			.get(0);
	}

	private void assertAllFilesPassFooterCheck() {
		files().keySet()
			.forEach((file) -> assertThat(FooterCheck.violations(this.output.resolve(file))).as(file).isEmpty());
	}

	@Test
	void firstCommitAddsEveryPartitionAndCleansUp() {
		CommitResult result = run(1, "first", List.of(2019, 2020));
		assertThat(result.added()).containsExactly("networks/year=2019", "networks/year=2020", "participation_trends");
		assertThat(result.replaced()).isEmpty();
		assertThat(files()).containsOnlyKeys("datasets/networks/year=2019/part-00000.parquet",
				"datasets/networks/year=2020/part-00000.parquet", "datasets/participation_trends/part-00000.parquet");
		assertThat(names()).containsExactly(Map.entry(2019L, "first 네트워크"), Map.entry(2020L, "first 네트워크"));
		assertAllFilesPassFooterCheck();
	}

	@Test
	void rerunOfOneYearReplacesOnlyThatYearsFiles() throws IOException {
		run(1, "first", List.of(2019, 2020, 2021, 2022));
		Map<String, byte[]> before = files();
		Path kept = this.output.resolve("datasets/networks/year=2019/part-00000.parquet");
		Object inode = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
		CommitResult result = run(2, "second", List.of(2021));
		assertThat(result.replaced()).containsExactly("networks/year=2021", "participation_trends");
		assertThat(result.added()).isEmpty();
		Map<String, byte[]> after = files();
		assertThat(after.keySet()).isEqualTo(before.keySet());
		List<String> changed = new ArrayList<>();
		after.forEach((file, bytes) -> {
			if (!java.util.Arrays.equals(bytes, before.get(file))) {
				changed.add(file);
			}
		});
		assertThat(changed).containsExactly("datasets/networks/year=2021/part-00000.parquet",
				"datasets/participation_trends/part-00000.parquet");
		assertThat(Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
			.isEqualTo(inode);
		assertThat(names()).containsExactly(Map.entry(2019L, "first 네트워크"), Map.entry(2020L, "first 네트워크"),
				Map.entry(2021L, "second 네트워크"), Map.entry(2022L, "first 네트워크"));
	}

	@Test
	void rerunOfAYearWhoseDataBecameEmptyEmptiesThatPartition() {
		run(1, "first", List.of(2021, 2022));
		URI staging = DatasetCommitter.stagingRoot(out(), 2);
		try (DatasetWriter<NetworkRecord> writer = new DatasetWriter<>(DatasetCatalog.NETWORKS, staging, OPTIONS)) {
			writer.expectPartitions(List.of(2022));
		}
		assertThat(DatasetCommitter.commit(staging, out()).replaced()).containsExactly("networks/year=2022");
		assertThat(names()).containsOnlyKeys(2021L);
	}

	/** Crashes the commit after its n-th step: every partition shows old or new, recover finishes. */
	@Test
	void crashAtAnyStepOfTheCommitLeavesOldOrNewAndRecoverCompletesIt() {
		for (int crashAfter = 0;; crashAfter++) {
			reset();
			run(1, "old", List.of(2019, 2020, 2021));
			URI staging = stage(2, "new", List.of(2020, 2021, 2022));
			List<String> steps = new ArrayList<>();
			int limit = crashAfter;
			try {
				DatasetCommitter.commit(staging, out(), (step) -> {
					steps.add(step);
					if (steps.size() > limit) {
						throw new IOException("injected crash after " + step);
					}
				});
				assertThat(crashAfter).as("the commit should have crashed").isGreaterThan(5);
				break;
			}
			catch (UncheckedIOException ex) {
				assertThat(ex).hasStackTraceContaining("injected crash");
			}
			String last = steps.get(steps.size() - 1);
			Map<Long, String> visible = names();
			assertThat(visible).as("after " + last).containsEntry(2019L, "old 네트워크");
			for (long year = 2020; year <= 2022; year++) {
				String between = "trash networks/year=" + year;
				if (visible.containsKey(year)) {
					assertThat(visible.get(year)).isIn((year == 2022) ? List.of("new 네트워크") : List.of("old 네트워크", "new 네트워크"));
				}
				else {
					assertThat(year == 2022 || last.equals(between)).as(year + " absent after " + last).isTrue();
				}
			}
			assertThat(files().keySet()).filteredOn((file) -> file.startsWith("datasets/"))
				.allSatisfy((file) -> assertThat(FooterCheck.violations(this.output.resolve(file))).isEmpty());
			DatasetCommitter.recover(out());
			assertThat(names()).as("recovered after " + last)
				.containsExactly(Map.entry(2019L, "old 네트워크"), Map.entry(2020L, "new 네트워크"),
						Map.entry(2021L, "new 네트워크"), Map.entry(2022L, "new 네트워크"));
			assertThat(trend()).isEqualTo("new");
			assertThat(files().keySet()).allSatisfy((file) -> assertThat(file).startsWith("datasets/"));
		}
	}

	@Test
	void crashDuringRecoveryIsRecoveredByTheNextRecovery() {
		run(1, "old", List.of(2020, 2021));
		URI staging = stage(2, "new", List.of(2020, 2021));
		assertThatThrownBy(() -> DatasetCommitter.commit(staging, out(), (step) -> {
			if (step.equals("trash networks/year=2020")) {
				throw new IOException("injected");
			}
		})).isInstanceOf(UncheckedIOException.class);
		assertThatThrownBy(() -> DatasetCommitter.recover(out(), (step) -> {
			throw new IOException("injected again after " + step);
		})).isInstanceOf(UncheckedIOException.class);
		DatasetCommitter.recover(out());
		assertThat(names()).containsExactly(Map.entry(2020L, "new 네트워크"), Map.entry(2021L, "new 네트워크"));
	}

	@Test
	void recoveryRestoresThePreviousPartitionWhenTheStagedOneIsGone() {
		run(1, "old", List.of(2020, 2021));
		URI staging = stage(2, "new", List.of(2020, 2021));
		assertThatThrownBy(() -> DatasetCommitter.commit(staging, out(), (step) -> {
			if (step.equals("trash networks/year=2020")) {
				throw new IOException("injected");
			}
		})).isInstanceOf(UncheckedIOException.class);
		DatasetCommitter.discard(staging);
		DatasetCommitter.recover(out());
		assertThat(names()).containsExactly(Map.entry(2020L, "old 네트워크"), Map.entry(2021L, "old 네트워크"));
	}

	@Test
	void runKilledWhileWritingLeavesThePreviousDatasetsIntactAndReadable() {
		run(1, "old", List.of(2021, 2022));
		Map<String, byte[]> before = files();
		URI staging = stage(2, "new", List.of(2021, 2022));
		List<ParticipationStatistics> rows = SampleRows.of(ParticipationStatistics.class, List.of(2021, 2022), 3);
		ParticipationStatistics broken = rows.get(rows.size() - 1);
		rows.set(rows.size() - 1, new ParticipationStatistics(broken.year(), broken.groupCode(), 1, 1, 1, 1,
				Double.NaN, null, null, null, null, null, null, null, null, false));
		DatasetWriter<ParticipationStatistics> writer = new DatasetWriter<>(DatasetCatalog.PARTICIPATION, staging,
				OPTIONS);
		writer.writeAll(rows);
		assertThatThrownBy(writer::close).hasMessageContaining("not finite");
		Path staged = Path.of(staging).resolve("datasets/participation");
		assertThat(staged.resolve("year=2021/part-00000.parquet")).exists();
		assertThat(staged.resolve("year=2022/part-00000.parquet")).doesNotExist();
		// The job fails and does not commit; the next run starts with recover and discards the staging.
		DatasetCommitter.recover(out());
		DatasetCommitter.discard(staging);
		assertThat(files()).containsOnlyKeys(before.keySet().toArray(String[]::new));
		assertThat(names()).containsExactly(Map.entry(2021L, "old 네트워크"), Map.entry(2022L, "old 네트워크"));
		assertAllFilesPassFooterCheck();
		assertThat(Path.of(staging)).doesNotExist();
	}

	@Test
	void nothingStagedCommitsNothing() {
		run(1, "old", List.of(2021));
		Map<String, byte[]> before = files();
		CommitResult result = DatasetCommitter.commit(DatasetCommitter.stagingRoot(out(), 9), out());
		assertThat(result.partitions()).isEmpty();
		assertThat(files().keySet()).isEqualTo(before.keySet());
	}

	/** Version 2 of the networks dataset in a test: one more column. */
	public record NetworkV2(int year, String networkId, String networkName, String groupCode, int memberCount,
			String region) {
	}

	static final DatasetDefinition<NetworkV2> NETWORKS_V2 = new DatasetDefinition<>("networks", NetworkV2.class, "",
			1, List.of("year"), List.of("network_id"), Map.of(), Map.of(), java.util.Set.of(), List.of(), Map.of(), null)
		.withSchemaVersion(DatasetCatalog.NETWORKS.schemaVersion() + 1, "added region");

	@Test
	void schemaChangeForSomeYearsOnlyIsRefusedAndMovesNothing() {
		run(1, "old", List.of(2021, 2022));
		Map<String, byte[]> before = files();
		URI staging = DatasetCommitter.stagingRoot(out(), 2);
		try (DatasetWriter<NetworkV2> writer = new DatasetWriter<>(NETWORKS_V2, staging, OPTIONS)) {
			writer.write(new NetworkV2(2022, "NET-2022", "new", "PARENT", 1, "강남"));
		}
		assertThatThrownBy(() -> DatasetCommitter.commit(staging, out())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("networks/year=2021")
			.hasMessageContaining("version 2");
		assertThat(files()).allSatisfy((file, bytes) -> {
			if (file.startsWith("datasets/")) {
				assertThat(bytes).isEqualTo(before.get(file));
			}
		});
		assertThat(files().keySet()).filteredOn((file) -> file.startsWith("datasets/")).isEqualTo(List.copyOf(before.keySet()));
		assertThat(names()).containsExactly(Map.entry(2021L, "old 네트워크"), Map.entry(2022L, "old 네트워크"));
		try (DatasetWriter<NetworkV2> writer = new DatasetWriter<>(NETWORKS_V2, staging, OPTIONS)) {
			writer.write(new NetworkV2(2021, "NET-2021", "new", "PARENT", 1, "강북"));
		}
		assertThat(DatasetCommitter.commit(staging, out()).replaced()).containsExactly("networks/year=2021",
				"networks/year=2022");
		assertThat(Duck.query("SELECT year, region FROM " + Duck.source(this.output, "networks") + " ORDER BY year"))
			.containsExactly(List.of(2021L, "강북"), List.of(2022L, "강남"));
	}

	private void reset() {
		try (Stream<Path> walk = Files.walk(this.output)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (!path.equals(this.output)) {
					Files.delete(path);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
