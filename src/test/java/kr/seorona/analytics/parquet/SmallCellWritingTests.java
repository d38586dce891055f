package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kr.seorona.analytics.stats.ParticipationStatistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The published form of a statistics dataset withholds every figure of a suppressed row. */
class SmallCellWritingTests {

	static final WriteOptions PUBLISHED = WriteOptions.of(7, "test", "{}").withMinCellSize(5);

	static final ParticipationStatistics SMALL = new ParticipationStatistics(2021, "ADMIN_DIRECTOR", 1, 2, 7, 4, 3.5,
			3.5, 0.5, 1L, 0.75, 0.0, 1, 2L, 0.4, true);

	static final ParticipationStatistics LARGE = new ParticipationStatistics(2021, "PARENT", 3, 18, 240, 61, 13.3,
			12.0, 0.41, 20L, 0.6, 0.1, 2, 30L, 0.125, false);

	@TempDir
	Path root;

	@Test
	void suppressedRowKeepsKeysFlagAndBandOnly() throws IOException {
		write(PUBLISHED);
		List<List<Object>> rows = Duck.query("SELECT * EXCLUDE (year, group_code, suppressed, count_band, suppression) FROM "
				+ Duck.source(this.root, "participation") + " WHERE suppressed");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsOnlyNulls();
		assertThat(Duck.query("SELECT year, group_code, count_band, coalesce(suppression, '-') FROM "
				+ Duck.source(this.root, "participation") + " ORDER BY group_code"))
			.containsExactly(List.of(2021L, "ADMIN_DIRECTOR", "<5", "PRIMARY"), List.of(2021L, "PARENT", "50-99", "-"));
		assertThat(Duck.query("SELECT attendances, meetings, participation_rate FROM "
				+ Duck.source(this.root, "participation") + " WHERE NOT suppressed"))
			.containsExactly(List.of(240L, 18, 0.41));
		assertThat(footer()).containsEntry(WriteOptions.SMALL_CELLS, WriteOptions.WITHHELD)
			.containsEntry(WriteOptions.MIN_CELL_SIZE, "5");
		// read back: the flag says the zeros are not figures
		try (Stream<ParticipationStatistics> read = DatasetReader.read(DatasetCatalog.PARTICIPATION, this.root.toUri())) {
			assertThat(read.toList()).containsExactly(new ParticipationStatistics(2021, "ADMIN_DIRECTOR", 0, 0, 0, 0, null,
					null, null, null, null, null, null, null, null, true), LARGE);
		}
	}

	@Test
	void aRowFlaggedWithKOrMorePeopleIsSecondaryAndHasNoBand() {
		ParticipationStatistics secondary = new ParticipationStatistics(2021, "TEACHER", 2, 5, 80, 46, 16.0, 17.0, 0.69,
				24L, 0.5, 0.8, 1, 9L, 0.13, true);
		try (DatasetWriter<ParticipationStatistics> writer = new DatasetWriter<>(DatasetCatalog.PARTICIPATION,
				this.root.toUri(), PUBLISHED)) {
			writer.writeAll(Arrays.asList(LARGE, SMALL, secondary));
		}
		assertThat(Duck.query("SELECT group_code, suppression, count_band IS NULL, attendances IS NULL FROM "
				+ Duck.source(this.root, "participation") + " WHERE suppressed ORDER BY group_code"))
			.containsExactly(List.of("ADMIN_DIRECTOR", "PRIMARY", false, true), List.of("TEACHER", "SECONDARY", true, true));
	}

	@Test
	void auditFormKeepsEveryFigure() throws IOException {
		write(PUBLISHED.forAudit());
		try (Stream<ParticipationStatistics> read = DatasetReader.read(DatasetCatalog.PARTICIPATION, this.root.toUri())) {
			assertThat(read.toList()).containsExactly(SMALL, LARGE);
		}
		assertThat(footer()).containsEntry(WriteOptions.SMALL_CELLS, WriteOptions.AUDIT);
	}

	@Test
	void aStatisticsDatasetCannotBeWrittenWithoutK() {
		assertThatIllegalArgumentException().isThrownBy(() -> {
			try (DatasetWriter<ParticipationStatistics> writer = new DatasetWriter<>(DatasetCatalog.PARTICIPATION,
					this.root.toUri(), WriteOptions.of(7, "test", "{}"))) {
				writer.write(SMALL);
			}
		}).withMessageContaining(WriteOptions.MIN_CELL_SIZE);
	}

	private void write(WriteOptions options) {
		try (DatasetWriter<ParticipationStatistics> writer = new DatasetWriter<>(DatasetCatalog.PARTICIPATION,
				this.root.toUri(), options)) {
			writer.writeAll(Arrays.asList(LARGE, SMALL));
		}
	}

	private Map<String, String> footer() throws IOException {
		Path file = this.root.resolve("datasets/participation/year=2021/part-00000.parquet");
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			return reader.getFooter().getFileMetaData().getKeyValueMetaData();
		}
	}

}
