package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.NetworkRecord;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** {@link DatasetWriter#streaming}: arrival order, one partition at a time, bounded row groups. */
class DatasetWriterStreamingTests {

	static final WriteOptions OPTIONS = DatasetRoundTripTests.OPTIONS;

	@TempDir
	Path root;

	private static List<NetworkRecord> networks(int year, String... ids) {
		List<NetworkRecord> rows = new ArrayList<>();
		for (String id : ids) {
			rows.add(new NetworkRecord(year, id, "네트워크 " + id, "TEACHER", 3));
		}
		return rows;
	}

	private void stream(Path to, List<NetworkRecord> rows) {
		try (DatasetWriter<NetworkRecord> writer = DatasetWriter.streaming(DatasetCatalog.NETWORKS, to.toUri(),
				OPTIONS)) {
			writer.writeAll(rows);
		}
	}

	private List<String> ids(Path from) {
		try (Stream<NetworkRecord> read = DatasetReader.read(DatasetCatalog.NETWORKS, from.toUri())) {
			return read.map((row) -> row.year() + "/" + row.networkId()).toList();
		}
	}

	@Test
	void rowsKeepTheirArrivalOrderWithinEachPartition() {
		List<NetworkRecord> rows = new ArrayList<>(networks(2021, "N9", "N1", "N5"));
		rows.addAll(networks(2022, "N3", "N2"));
		stream(this.root, rows);
		assertThat(ids(this.root)).containsExactly("2021/N9", "2021/N1", "2021/N5", "2022/N3", "2022/N2");
	}

	@Test
	void sameRowsInTheSameOrderGiveTheSameBytes() throws IOException {
		List<NetworkRecord> rows = new ArrayList<>(networks(2021, "N2", "N1"));
		rows.addAll(networks(2022, "N7"));
		stream(this.root.resolve("a"), rows);
		stream(this.root.resolve("b"), rows);
		for (String file : List.of("datasets/networks/year=2021/part-00000.parquet",
				"datasets/networks/year=2022/part-00000.parquet")) {
			assertThat(Files.readAllBytes(this.root.resolve("b").resolve(file)))
				.isEqualTo(Files.readAllBytes(this.root.resolve("a").resolve(file)));
		}
	}

	@Test
	void streamedFileEqualsTheSortedWritersFileForSortedInput() throws IOException {
		List<NetworkRecord> sorted = networks(2022, "N1", "N2", "N3");
		stream(this.root.resolve("a"), sorted);
		try (DatasetWriter<NetworkRecord> writer = new DatasetWriter<>(DatasetCatalog.NETWORKS,
				this.root.resolve("b").toUri(), OPTIONS)) {
			writer.writeAll(networks(2022, "N3", "N2", "N1"));
		}
		String file = "datasets/networks/year=2022/part-00000.parquet";
		assertThat(Files.readAllBytes(this.root.resolve("b").resolve(file)))
			.isEqualTo(Files.readAllBytes(this.root.resolve("a").resolve(file)));
	}

	@Test
	void aRowOfAFinishedPartitionIsRefused() {
		try (DatasetWriter<NetworkRecord> writer = DatasetWriter.streaming(DatasetCatalog.NETWORKS, this.root.toUri(),
				OPTIONS)) {
			writer.writeAll(networks(2021, "N1"));
			writer.writeAll(networks(2022, "N2"));
			assertThatIllegalStateException().isThrownBy(() -> writer.write(networks(2021, "N3").get(0)))
				.withMessageContaining("year=2021")
				.withMessageContaining("networks");
			assertThat(writer.rows()).isEqualTo(2);
		}
	}

	@Test
	void expectedPartitionsWithoutRowsAreWrittenEmpty() throws IOException {
		try (DatasetWriter<NetworkRecord> writer = DatasetWriter.streaming(DatasetCatalog.NETWORKS, this.root.toUri(),
				OPTIONS)) {
			writer.expectPartitions(List.of(2020, 2021, 2022));
			writer.writeAll(networks(2021, "N1", "N2"));
		}
		for (int year : List.of(2020, 2022)) {
			Path empty = this.root.resolve("datasets/networks/year=" + year + "/part-00000.parquet");
			try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(empty))) {
				assertThat(reader.getRecordCount()).isZero();
			}
		}
		assertThat(ids(this.root)).containsExactly("2021/N1", "2021/N2");
	}

	@Test
	void rowGroupsAreCutAtTheConfiguredSize() throws IOException {
		List<AttendanceRecord> rows = SampleRows.of(AttendanceRecord.class, List.of(2022), 3000);
		try (DatasetWriter<AttendanceRecord> writer = DatasetWriter.streaming(DatasetCatalog.ATTENDANCE,
				this.root.toUri(), OPTIONS.withSizes(4096, 1024))) {
			writer.writeAll(rows);
		}
		Path file = this.root.resolve("datasets/attendance/year=2022/part-00000.parquet");
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			assertThat(reader.getRowGroups()).hasSizeGreaterThan(1);
			assertThat(reader.getRecordCount()).isEqualTo(rows.size());
		}
	}

	@Test
	void aValueThatBreaksAWritingRuleLeavesNoFile() {
		var nan = new TestDatasets.Budget(2022, "a", BigDecimal.ONE, BigDecimal.ONE, LocalDateTime.of(2022, 1, 1, 0, 0),
				null, null, null, true, Double.NaN);
		DatasetWriter<TestDatasets.Budget> writer = DatasetWriter.streaming(TestDatasets.BUDGETS, this.root.toUri(),
				OPTIONS);
		assertThatIllegalArgumentException().isThrownBy(() -> writer.write(nan)).withMessageContaining("not finite");
		writer.close();
		assertThat(this.root.resolve("datasets/budgets/year=2022/part-00000.parquet")).doesNotExist();
	}

	@Test
	void repeatedAndAlternatingTextValuesAreWrittenAsGiven() {
		// the writer reuses the encoded form of a text while it repeats: runs, alternations and nulls
		String[] sessions = { "S1", "S1", "S1", "S2", "S1", "S2", "S2", "S3", "S1" };
		String[] schools = { "A", null, "A", "A", "B", null, null, "B", "A" };
		List<AttendanceRecord> rows = new ArrayList<>();
		for (int i = 0; i < sessions.length; i++) {
			rows.add(new AttendanceRecord(2022, sessions[i], "p_" + i, (i % 3 == 0) ? "PARENT" : "TEACHER",
					schools[i]));
		}
		try (DatasetWriter<AttendanceRecord> writer = DatasetWriter.streaming(DatasetCatalog.ATTENDANCE,
				this.root.toUri(), OPTIONS)) {
			writer.writeAll(rows);
		}
		try (Stream<AttendanceRecord> read = DatasetReader.read(DatasetCatalog.ATTENDANCE, this.root.toUri())) {
			assertThat(read.toList()).containsExactlyElementsOf(rows);
		}
	}

}
