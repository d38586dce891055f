package kr.seorona.analytics.parquet;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.NetworkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dataset written by {@link DatasetWriter} and read back by DuckDB (as BI tools do) and by
 * {@link DatasetReader}: types, values, Korean text, nulls, all years at once.
 */
class DatasetRoundTripTests {

	static final List<Integer> YEARS = List.of(2019, 2020, 2021, 2022);

	/** The audit form: every figure of every row, so that every row reads back as written. */
	static final WriteOptions OPTIONS = WriteOptions.of(7, "test", "{\"2022/networks.csv\":\"00\"}")
		.withMinCellSize(5)
		.forAudit();

	@TempDir
	Path root;

	static Stream<DatasetDefinition<?>> datasets() {
		return Stream.concat(DatasetCatalog.all().stream(), Stream.of(TestDatasets.BUDGETS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("datasets")
	void roundTrip(DatasetDefinition<?> definition) {
		check(definition);
	}

	private <T extends Record> void check(DatasetDefinition<T> definition) {
		List<T> rows = SampleRows.of(definition.type(), YEARS, 5);
		write(definition, rows);
		assertThat(Duck.describe(this.root, definition.name())).isEqualTo(expectedTypes(definition));
		assertThat(Duck.rows(this.root, definition)).containsExactlyInAnyOrderElementsOf(rows);
		try (Stream<T> read = DatasetReader.read(definition, this.root.toUri())) {
			assertThat(read.toList()).containsExactlyInAnyOrderElementsOf(rows);
		}
	}

	private <T extends Record> void write(DatasetDefinition<T> definition, List<T> rows) {
		try (DatasetWriter<T> writer = new DatasetWriter<>(definition, this.root.toUri(), OPTIONS)) {
			writer.writeAll(rows);
		}
	}

	/** DuckDB's type of each column, from the Java type: the contract BI users rely on. */
	private static Map<String, String> expectedTypes(DatasetDefinition<?> definition) {
		Map<String, String> types = new LinkedHashMap<>();
		RecordComponent[] components = definition.type().getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			String name = definition.columnNames().get(i);
			Class<?> type = components[i].getType();
			String duck;
			if (definition.partitionColumns().contains(name)) {
				// stored in the file and the folder name: with hive_partitioning DuckDB gives the folder's type
				duck = "BIGINT";
			}
			else if (type == int.class || type == Integer.class) {
				duck = "INTEGER";
			}
			else if (type == long.class || type == Long.class) {
				duck = "BIGINT";
			}
			else if (type == double.class || type == Double.class) {
				duck = "DOUBLE";
			}
			else if (type == boolean.class || type == Boolean.class) {
				duck = "BOOLEAN";
			}
			else if (type == String.class || type.isEnum()) {
				duck = "VARCHAR";
			}
			else if (type == LocalDate.class) {
				duck = "DATE";
			}
			else if (type == LocalDateTime.class) {
				duck = "TIMESTAMP";
			}
			else if (type == BigDecimal.class) {
				DecimalSpec spec = definition.decimals().get(name);
				duck = "DECIMAL(" + spec.precision() + "," + spec.scale() + ")";
			}
			else {
				throw new IllegalArgumentException(type.getName());
			}
			types.put(name, duck);
		}
		if (definition.suppression() != null) {
			types.put(DatasetDefinition.Suppression.BAND, "VARCHAR");
			types.put(DatasetDefinition.Suppression.KIND, "VARCHAR");
		}
		return types;
	}

	@Test
	void koreanTextAndPartitionYearAsDuckDbSeesThem() {
		write(DatasetCatalog.NETWORKS, List.of(new NetworkRecord(2021, "NET-2021-PAR-01", "서울 학부모 네트워크", "PARENT", 12),
				new NetworkRecord(2022, "NET-2022-PAR-01", null, "PARENT", 0)));
		assertThat(Duck.query("SELECT year, network_id, network_name, member_count FROM "
				+ Duck.source(this.root, "networks") + " ORDER BY year"))
			.containsExactly(List.of(2021L, "NET-2021-PAR-01", "서울 학부모 네트워크", 12),
					java.util.Arrays.asList(2022L, "NET-2022-PAR-01", null, 0));
	}

	@Test
	void columnWithoutValuesInAYearKeepsItsTypeAcrossYears() {
		List<NetworkRecord> rows = new ArrayList<>();
		rows.add(new NetworkRecord(2019, "NET-2019-TEA-01", null, "TEACHER", 3));
		rows.add(new NetworkRecord(2022, "NET-2022-TEA-01", "교사 네트워크", "TEACHER", 4));
		write(DatasetCatalog.NETWORKS, rows);
		assertThat(Duck.query("SELECT DISTINCT typeof(network_name) FROM read_parquet('"
				+ this.root.resolve("datasets/networks/year=2019/part-00000.parquet") + "')"))
			.containsExactly(List.of("VARCHAR"));
		assertThat(Duck.query("SELECT year, network_name FROM " + Duck.source(this.root, "networks") + " ORDER BY year"))
			.containsExactly(java.util.Arrays.asList(2019L, null), List.of(2022L, "교사 네트워크"));
	}

	@Test
	void timestampsAreLocalTimeNotShifted() {
		LocalDateTime evening = LocalDateTime.of(2022, 11, 3, 19, 0);
		write(TestDatasets.BUDGETS, List.of(new TestDatasets.Budget(2022, "회의", new BigDecimal("10.05"),
				new BigDecimal("-0.01"), evening, null, null, null, true, 0.5)));
		assertThat(Duck.query("SELECT CAST(starts_at AS VARCHAR), CAST(amount AS VARCHAR) FROM "
				+ Duck.source(this.root, "budgets")))
			.containsExactly(List.of("2022-11-03 19:00:00", "10.05"));
	}

	@Test
	void readerGivesNullForAColumnAnOlderSchemaVersionLacks() {
		write(DatasetCatalog.NETWORKS, List.of(new NetworkRecord(2021, "N1", "가", "PARENT", 3)));
		try (Stream<DatasetCommitterTests.NetworkV2> read = DatasetReader.read(DatasetCommitterTests.NETWORKS_V2,
				this.root.toUri())) {
			assertThat(read.toList()).containsExactly(new DatasetCommitterTests.NetworkV2(2021, "N1", "가", "PARENT", 3, null));
		}
	}

}
