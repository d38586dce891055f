package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.stats.ParticipationStatistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DatasetWriterTests {

	static final WriteOptions OPTIONS = DatasetRoundTripTests.OPTIONS;

	@TempDir
	Path root;

	private <T extends Record> void write(Path to, DatasetDefinition<T> definition, List<T> rows, WriteOptions options) {
		try (DatasetWriter<T> writer = new DatasetWriter<>(definition, to.toUri(), options)) {
			writer.writeAll(rows);
		}
	}

	private List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	@Test
	void sameRowsInAnyOrderGiveTheSameBytes() throws IOException {
		List<AttendanceRecord> rows = SampleRows.of(AttendanceRecord.class, List.of(2021, 2022), 50);
		List<AttendanceRecord> shuffled = new ArrayList<>(rows);
		Collections.shuffle(shuffled, new Random(42));
		write(this.root.resolve("a"), DatasetCatalog.ATTENDANCE, rows, OPTIONS);
		write(this.root.resolve("b"), DatasetCatalog.ATTENDANCE, shuffled, OPTIONS);
		List<Path> a = files(this.root.resolve("a"));
		assertThat(a).hasSize(2);
		for (Path file : a) {
			Path other = this.root.resolve("b").resolve(this.root.resolve("a").relativize(file));
			assertThat(Files.readAllBytes(other)).isEqualTo(Files.readAllBytes(file));
		}
	}

	@Test
	void rowsAreSortedBySortOrderThenEveryColumn() {
		List<NetworkRecord> rows = List.of(new NetworkRecord(2022, "N2", "나", "TEACHER", 1),
				new NetworkRecord(2022, "N3", null, "PARENT", 1), new NetworkRecord(2022, "N1", "가", "TEACHER", 1));
		write(this.root, DatasetCatalog.NETWORKS, rows, OPTIONS);
		try (Stream<NetworkRecord> read = DatasetReader.read(DatasetCatalog.NETWORKS, this.root.toUri())) {
			assertThat(read.map(NetworkRecord::networkId)).containsExactly("N3", "N1", "N2");
		}
	}

	@Test
	void writesOnlyPartitionFilesAndNoCrcSideFiles() throws IOException {
		write(this.root, DatasetCatalog.NETWORKS, SampleRows.of(NetworkRecord.class, List.of(2019, 2022), 3), OPTIONS);
		assertThat(files(this.root)).map((file) -> this.root.relativize(file).toString())
			.containsExactly("datasets/networks/year=2019/part-00000.parquet",
					"datasets/networks/year=2022/part-00000.parquet");
	}

	@Test
	void expectedPartitionWithoutRowsIsWrittenEmptyWithItsSchema() throws IOException {
		try (DatasetWriter<ParticipationStatistics> writer = new DatasetWriter<>(DatasetCatalog.PARTICIPATION,
				this.root.toUri(), OPTIONS)) {
			writer.expectPartitions(List.of(2021, 2022));
			writer.writeAll(SampleRows.of(ParticipationStatistics.class, List.of(2022), 2));
		}
		Path empty = this.root.resolve("datasets/participation/year=2021/part-00000.parquet");
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(empty))) {
			assertThat(reader.getRecordCount()).isZero();
			assertThat(reader.getFooter().getFileMetaData().getSchema()).isEqualTo(DatasetCatalog.PARTICIPATION.schema());
		}
		assertThat(Duck.query("SELECT year, count(*) FROM " + Duck.source(this.root, "participation")
				+ " GROUP BY year ORDER BY year"))
			.containsExactly(List.of(2022L, 2L));
	}

	@Test
	void unpartitionedDatasetIsOneFileEvenWhenEmpty() throws IOException {
		write(this.root, DatasetCatalog.PARTICIPATION_TRENDS, List.of(), OPTIONS);
		assertThat(files(this.root)).map((file) -> this.root.relativize(file).toString())
			.containsExactly("datasets/participation_trends/part-00000.parquet");
	}

	@Test
	void closeTwiceWritesOnceAndWriteAfterCloseFails() throws IOException {
		DatasetWriter<NetworkRecord> writer = new DatasetWriter<>(DatasetCatalog.NETWORKS, this.root.toUri(), OPTIONS);
		writer.write(new NetworkRecord(2022, "N1", "가", "PARENT", 1));
		writer.close();
		Path file = this.root.resolve("datasets/networks/year=2022/part-00000.parquet");
		Files.delete(file);
		writer.close();
		assertThat(file).doesNotExist();
		assertThatIllegalStateException().isThrownBy(() -> writer.write(new NetworkRecord(2022, "N2", "나", "PARENT", 1)));
	}

	@Test
	void codecAndSizesAndMetadataReachTheFooter() throws IOException {
		WriteOptions snappy = OPTIONS.withCodec(CompressionCodecName.SNAPPY)
			.withSizes(1024, 256)
			.withMetadata("seorona.run", "nightly");
		write(this.root, DatasetCatalog.ATTENDANCE, SampleRows.of(AttendanceRecord.class, List.of(2022), 2000), snappy);
		Path file = this.root.resolve("datasets/attendance/year=2022/part-00000.parquet");
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			assertThat(reader.getRowGroups()).hasSizeGreaterThan(1);
			assertThat(reader.getRowGroups().get(0).getColumns())
				.allSatisfy((column) -> assertThat(column.getCodec()).isEqualTo(CompressionCodecName.SNAPPY));
			assertThat(reader.getFooter().getFileMetaData().getKeyValueMetaData()).containsAllEntriesOf(Map.of(
					WriteOptions.SCHEMA_VERSION, "3", WriteOptions.DATASET, "attendance",
					WriteOptions.JOB_EXECUTION_ID, "7", WriteOptions.SOFTWARE_VERSION, "test",
					WriteOptions.INPUT_SHA256, "{\"2022/networks.csv\":\"00\"}", "seorona.run", "nightly"));
		}
	}

	@Test
	void defaultCodecIsZstdAndUniqueIdsAreNotDictionaryEncoded() throws IOException {
		List<NetworkRecord> rows = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			rows.add(new NetworkRecord(2022, "NET-2022-" + i, "네트워크", (i % 2 == 0) ? "PARENT" : "TEACHER", i));
		}
		write(this.root, DatasetCatalog.NETWORKS, rows, OPTIONS);
		Path file = this.root.resolve("datasets/networks/year=2022/part-00000.parquet");
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			var columns = reader.getRowGroups().get(0).getColumns();
			assertThat(columns).allSatisfy((column) -> assertThat(column.getCodec()).isEqualTo(CompressionCodecName.ZSTD));
			assertThat(columns).filteredOn((column) -> column.getPath().toDotString().equals("network_id"))
				.singleElement()
				.satisfies((column) -> assertThat(column.hasDictionaryPage()).isFalse());
			assertThat(columns).filteredOn((column) -> column.getPath().toDotString().equals("group_code"))
				.singleElement()
				.satisfies((column) -> assertThat(column.hasDictionaryPage()).isTrue());
		}
	}

	@Test
	void valuesThatReadersWouldMisreadAreRejected() {
		var budget = new TestDatasets.Budget(2022, "a", new BigDecimal("1.005"), BigDecimal.ONE,
				LocalDateTime.of(2022, 1, 1, 0, 0), null, null, null, true, 0.0);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> write(this.root, TestDatasets.BUDGETS, List.of(budget), OPTIONS))
			.withMessageContaining("amount")
			.withMessageContaining("fraction digits");
		var tooBig = new TestDatasets.Budget(2022, "a", new BigDecimal("12345678901.00"), BigDecimal.ONE,
				LocalDateTime.of(2022, 1, 1, 0, 0), null, null, null, true, 0.0);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> write(this.root, TestDatasets.BUDGETS, List.of(tooBig), OPTIONS))
			.withMessageContaining("DECIMAL(12,2)");
		var nan = new TestDatasets.Budget(2022, "a", BigDecimal.ONE, BigDecimal.ONE, LocalDateTime.of(2022, 1, 1, 0, 0),
				null, null, null, true, Double.NaN);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> write(this.root, TestDatasets.BUDGETS, List.of(nan), OPTIONS))
			.withMessageContaining("ratio")
			.withMessageContaining("not finite");
		var nanos = new TestDatasets.Budget(2022, "a", BigDecimal.ONE, BigDecimal.ONE,
				LocalDateTime.of(2022, 1, 1, 0, 0, 0, 1), null, null, null, true, 0.0);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> write(this.root, TestDatasets.BUDGETS, List.of(nanos), OPTIONS))
			.withMessageContaining("sub-microsecond");
		assertThat(this.root.resolve("datasets/budgets/year=2022/part-00000.parquet")).doesNotExist();
	}

	public record Listy(int year, List<Integer> values) {
	}

	public record Folder(String place, int count) {
	}

	@Test
	void unsupportedTypesAndUnknownColumnsAndNonAsciiPartitionsFailFast() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatasetDefinition.yearly("listy", Listy.class, "").schema())
			.withMessageContaining("values")
			.withMessageContaining("not supported");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatasetCatalog.NETWORKS.sortedBy("group").schema())
			.withMessageContaining("[group]");
		DatasetDefinition<Folder> byPlace = new DatasetDefinition<>("folders", Folder.class, "", 1, List.of("place"),
				List.of(), Map.of(), Map.of(), java.util.Set.of(), List.of(), Map.of(), null);
		try (DatasetWriter<Folder> writer = new DatasetWriter<>(byPlace, this.root.toUri(), OPTIONS)) {
			writer.write(new Folder("north", 1));
			assertThatIllegalArgumentException().isThrownBy(() -> writer.write(new Folder("서울", 1)))
				.withMessageContaining("서울");
			assertThatIllegalStateException().isThrownBy(() -> writer.expectPartitions(List.of(2022)));
		}
		assertThat(DatasetReader.read(byPlace, this.root.toUri()).toList()).containsExactly(new Folder("north", 1));
	}

	@Test
	void requiredMetadataAndKnownCodecsAreEnforced() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WriteOptions(CompressionCodecName.ZSTD, 1, 1, Map.of(WriteOptions.JOB_EXECUTION_ID, "1")))
			.withMessageContaining(WriteOptions.INPUT_SHA256);
		assertThatIllegalArgumentException().isThrownBy(() -> OPTIONS.withCodec(CompressionCodecName.LZO));
		assertThatIllegalArgumentException().isThrownBy(() -> OPTIONS.withMetadata(WriteOptions.SCHEMA_VERSION, "9"));
	}

	@Test
	void rootUriWithoutTrailingSlashOrAuthorityWorksToo() {
		java.net.URI bare = java.net.URI.create("file:" + this.root.toAbsolutePath());
		List<NetworkRecord> rows = List.of(new NetworkRecord(2022, "N1", "가", "PARENT", 1));
		try (DatasetWriter<NetworkRecord> writer = new DatasetWriter<>(DatasetCatalog.NETWORKS, bare, OPTIONS)) {
			writer.writeAll(rows);
		}
		assertThat(this.root.resolve("datasets/networks/year=2022/part-00000.parquet")).exists();
		assertThat(DatasetReader.read(DatasetCatalog.NETWORKS, bare).toList()).isEqualTo(rows);
		assertThat(DatasetReader.read(DatasetCatalog.SESSIONS, bare).toList()).isEmpty();
	}

	@Test
	void inputChecksumsAreSortedJsonOfSha256() throws IOException {
		Path input = Files.createDirectories(this.root.resolve("data/2022"));
		Files.writeString(input.resolve("networks.csv"), "abc");
		Files.writeString(input.resolve("attendance.csv"), "");
		String json = WriteOptions.inputSha256(this.root.resolve("data"),
				List.of(input.resolve("networks.csv"), input.resolve("attendance.csv")));
		assertThat(json).isEqualTo("{\"2022/attendance.csv\":"
				+ "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"2022/networks.csv\":"
				+ "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"}");
	}

}
