package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetDefinition;
import kr.seorona.analytics.parquet.WriteOptions;
import kr.seorona.analytics.stats.ParticipationTrend;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published datasets as BI tools read them, after one whole run on the bundled data with
 * {@code audit=true}: every dataset read by DuckDB with and without Hive partitioning and by Apache
 * Spark 4 (partition discovery on) gives the same rows and years; no published figure is about
 * fewer than k people (checked against the audit copy); every code joins its dimension.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedDatasetsFunctionalTests extends JobTestSupport {

	/**
	 * k of the run: larger than the default 5 so that the bundled data has suppressed cells (at 5 it
	 * has none) and the small-cell checks cannot pass for want of small cells.
	 */
	private static final int K = 20;

	@TempDir
	static Path output;

	JobExecution execution;

	SparkSession spark;

	@BeforeAll
	void runJobWithAuditAndStartSpark() throws Exception {
		this.execution = run(Map.of("input", "data", "output", output.toString(), "audit", "true", "minCellSize",
				Integer.toString(K)));
		this.spark = SparkSession.builder()
			.master("local[1]")
			.appName("seorona-datasets")
			.config("spark.ui.enabled", "false")
			.config("spark.driver.host", "127.0.0.1")
			.config("spark.driver.bindAddress", "127.0.0.1")
			.config("spark.sql.shuffle.partitions", "1")
			.config("spark.sql.ansi.enforceReservedKeywords", "true")
			.getOrCreate();
	}

	@AfterAll
	void stopSpark() {
		if (this.spark != null) {
			this.spark.stop();
		}
	}

	@Test
	void everyDatasetReadsTheSameInDuckDbWithAndWithoutHivePartitioningAndInSpark() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		for (DatasetDefinition<?> definition : DatasetCatalog.all()) {
			List<String> columns = columns(definition);
			String name = definition.name();
			List<String> hive = sorted(duck("SELECT " + String.join(", ", columns) + " FROM " + source(name, true)));
			List<String> plain = sorted(duck("SELECT " + String.join(", ", columns) + " FROM " + source(name, false)));
			List<String> spark = sorted(spark(name, columns));
			if (!name.equals("rejects")) {
				// the bundled data has no rejects; every other dataset has rows
				assertThat(hive).as(name + ": rows").isNotEmpty();
			}
			assertThat(plain).as(name + ": DuckDB without Hive partitioning").isEqualTo(hive);
			assertThat(spark).as(name + ": Spark").isEqualTo(hive);
			if (definition.partitioned()) {
				String years = "SELECT DISTINCT year FROM ";
				List<String> fileYears = sorted(duck(years + source(name, false)));
				assertThat(fileYears).as(name + ": years").isEqualTo(sorted(duck(years + source(name, true))));
				if (!hive.isEmpty()) {
					// a year's folder holds that year's rows (rejects: empty files, no rows)
					assertThat(fileYears).as(name + ": years of the folders").isEqualTo(folderYears(name));
				}
				assertThat(this.spark.read().parquet(folder(name).toString()).schema().apply("year").dataType())
					.as(name + ": Spark's year").isEqualTo(DataTypes.IntegerType);
			}
		}
	}

	@Test
	void noPublishedFigureIsAboutFewerThanKPeople() throws IOException {
		int checked = 0;
		for (DatasetDefinition<?> definition : DatasetCatalog.all()) {
			DatasetDefinition.Suppression rule = definition.suppression();
			if (rule == null) {
				continue;
			}
			String name = definition.name();
			List<String> figures = definition.columnNames().stream().filter((column) -> !rule.kept(column)).toList();
			String n = smallest(rule.counts(), "");
			String published = source(name, false);
			String anyFigure = figures.stream().map((column) -> column + " IS NOT NULL").collect(Collectors.joining(" OR "));
			assertThat(count("SELECT count(*) FROM " + published + " WHERE suppressed AND (" + anyFigure + ")"))
				.as(name + ": suppressed rows with a figure").isZero();
			assertThat(count("SELECT count(*) FROM " + published + " WHERE suppression = 'PRIMARY' AND count_band <> '<"
					+ K + "'")).as(name + ": primary rows' band").isZero();
			assertThat(count("SELECT count(*) FROM " + published + " WHERE suppressed AND (suppression IS NULL OR "
					+ "suppression = 'SECONDARY' AND count_band IS NOT NULL)")).as(name + ": secondary rows' band").isZero();
			assertThat(count("SELECT count(*) FROM " + published + " WHERE NOT suppressed AND " + n + " < " + K))
				.as(name + ": published rows about fewer than k people").isZero();
			// against the audit copy: same rows, the small ones withheld, the others identical
			String audit = auditSource(name);
			String keys = String.join(", ", rule.keys());
			assertThat(count("SELECT count(*) FROM " + audit)).as(name).isEqualTo(count("SELECT count(*) FROM " + published));
			assertThat(count("SELECT count(*) FROM " + audit + " a JOIN " + published + " p USING (" + keys + ") WHERE "
					+ smallest(rule.counts(), "a.") + " < " + K + " AND NOT p.suppressed"))
				.as(name + ": small audit rows published").isZero();
			// a published figure is the audit copy's (some figures of published rows are withheld: null)
			String differs = figures.stream()
				.map((column) -> "p." + column + " IS NOT NULL AND p." + column + " IS DISTINCT FROM a." + column)
				.collect(Collectors.joining(" OR "));
			assertThat(count("SELECT count(*) FROM " + audit + " a JOIN " + published + " p USING (" + keys + ") WHERE NOT "
					+ "p.suppressed AND (" + differs + ")")).as(name + ": published figures differ from the audit copy").isZero();
			checked += count("SELECT count(*) FROM " + audit + " WHERE suppressed AND (" + anyFigure + ")");
			assertThat(footer(name, false)).as(name).containsEntry(WriteOptions.SMALL_CELLS, WriteOptions.WITHHELD)
				.containsEntry(WriteOptions.MIN_CELL_SIZE, Integer.toString(K));
			assertThat(footer(name, true)).as(name).containsEntry(WriteOptions.SMALL_CELLS, WriteOptions.AUDIT);
		}
		// at k = 20 the bundled data has small cells: the audit copy holds their figures, the
		// publication does not
		assertThat(checked).as("suppressed rows with figures in the audit copy").isPositive();
		// every statistics dataset has the rule (the trends' n: the group's smallest year)
		assertThat(DatasetCatalog.all().stream().filter((d) -> d.suppression() != null).count())
			.isEqualTo(StatisticsDatasets.TYPES.size());
		assertThat(DatasetCatalog.of(ParticipationTrend.class).suppression()).isNotNull();
		assertThat(output.resolve("datasets").resolve("audit")).doesNotExist();
	}

	@Test
	void everyCodeColumnJoinsItsDimensionAndEveryLabelIsThere() {
		for (DatasetDefinition<?> definition : DatasetCatalog.all()) {
			for (Map.Entry<String, String> join : DatasetCatalog.joins().entrySet()) {
				String column = join.getKey();
				if (definition.name().equals(join.getValue()) || !definition.columnNames().contains(column)) {
					continue;
				}
				String fact = source(definition.name(), false);
				String target = source(join.getValue(), false);
				String condition = "f." + column + " IS NOT NULL";
				if (column.equals("item_code") && definition.columnNames().contains("scale_score")) {
					assertThat(count("SELECT count(*) FROM " + fact + " f WHERE f.scale_score AND f.item_code NOT IN "
							+ "(SELECT scale_code FROM " + source("scales", false) + ")"))
						.as(definition.name() + ".item_code of scale scores").isZero();
					condition += " AND NOT f.scale_score";
				}
				assertThat(count("SELECT count(*) FROM " + fact + " f WHERE " + condition + " AND NOT EXISTS (SELECT 1 FROM "
						+ target + " d WHERE d." + column + " = f." + column + ")"))
					.as(definition.name() + "." + column + " joins " + join.getValue())
					.isZero();
			}
		}
		for (DatasetDefinition<?> dimension : DatasetCatalog.dimensions()) {
			String label = dimension.columnNames().contains("label_ko") ? "label_ko" : "wording_ko";
			assertThat(count("SELECT count(*) FROM " + source(dimension.name(), false) + " WHERE " + label + " IS NULL OR "
					+ label.replace("_ko", "_en") + " IS NULL"))
				.as(dimension.name() + " labels")
				.isZero();
		}
		assertThat(duck("SELECT group_code, label_ko, display_order FROM " + source("groups", false)
				+ " WHERE group_code IN ('PARENT', 'JOINT', 'ALL') ORDER BY display_order"))
			.containsExactly("PARENT|학부모|6", "JOINT|합동|7", "ALL|전체|8");
	}

	@Test
	void storedSparkReservedKeywordsAreThoseOfTheSparkInUse() {
		List<String> spark = this.spark.sql("SELECT lower(keyword) FROM sql_keywords() WHERE reserved")
			.collectAsList()
			.stream()
			.map((row) -> row.getString(0))
			.sorted()
			.toList();
		List<String> stored;
		try (var in = getClass().getClassLoader().getResourceAsStream("sql/spark-ansi-reserved-keywords.txt")) {
			stored = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(spark).contains("select", "column").isEqualTo(stored);
	}

	@Test
	void weightIsNullBecauseTheBundledSurveyHasNoWeightColumn() throws IOException {
		for (int year = 2019; year <= 2022; year++) {
			Path survey = Path.of("data", Integer.toString(year));
			try (Stream<Path> files = Files.list(survey)) {
				for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("survey")).toList()) {
					String header = Files.readAllLines(file).get(0).toLowerCase(java.util.Locale.ROOT);
					assertThat(header).as(file.toString()).doesNotContain("weight").doesNotContain("가중");
				}
			}
		}
		assertThat(count("SELECT count(*) FROM " + source("survey_responses", false) + " WHERE weight IS NOT NULL")).isZero();
	}

	/** SQL of the smallest of the count columns (with a table prefix such as {@code a.}). */
	private static String smallest(List<String> counts, String prefix) {
		List<String> columns = counts.stream().map((column) -> prefix + column).toList();
		return (columns.size() == 1) ? columns.get(0) : "least(" + String.join(", ", columns) + ")";
	}

	private static List<String> columns(DatasetDefinition<?> definition) {
		List<String> columns = new ArrayList<>(definition.columnNames());
		if (definition.suppression() != null) {
			columns.add(DatasetDefinition.Suppression.BAND);
			columns.add(DatasetDefinition.Suppression.KIND);
		}
		return columns;
	}

	private static Path folder(String dataset) {
		return output.resolve("datasets").resolve(dataset);
	}

	private static String source(String dataset, boolean hive) {
		return readParquet(folder(dataset), DatasetCatalog.named(dataset).partitioned(), hive);
	}

	private static String auditSource(String dataset) {
		return readParquet(output.resolve("audit/datasets").resolve(dataset), DatasetCatalog.named(dataset).partitioned(),
				false);
	}

	private static String readParquet(Path folder, boolean partitioned, boolean hive) {
		String glob = folder + (partitioned ? "/*/*.parquet" : "/*.parquet");
		return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = " + hive + ")";
	}

	private static List<String> folderYears(String dataset) {
		try (Stream<Path> folders = Files.list(folder(dataset))) {
			return sorted(folders.map((f) -> f.getFileName().toString())
				.filter((f) -> f.startsWith("year="))
				.map((f) -> f.substring("year=".length()))
				.toList());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Map<String, String> footer(String dataset, boolean audit) throws IOException {
		Path root = audit ? output.resolve("audit/datasets").resolve(dataset) : folder(dataset);
		Path file;
		try (Stream<Path> files = Files.walk(root)) {
			file = files.filter((f) -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
		}
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			return reader.getFooter().getFileMetaData().getKeyValueMetaData();
		}
	}

	private static int count(String sql) {
		return Integer.parseInt(duck(sql).get(0));
	}

	/** Rows as canonical text, values joined by '|'. */
	private static List<String> duck(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			List<String> rows = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					Object value = rs.getObject(i);
					values.add(canonical((value instanceof java.sql.Date) ? rs.getObject(i, LocalDate.class) : value));
				}
				rows.add(String.join("|", values));
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private List<String> spark(String dataset, List<String> columns) {
		List<Row> rows = this.spark.read()
			.parquet(folder(dataset).toString())
			.selectExpr(columns.toArray(String[]::new))
			.collectAsList();
		List<String> result = new ArrayList<>();
		for (Row row : rows) {
			List<String> values = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				values.add(canonical(row.get(i)));
			}
			result.add(String.join("|", values));
		}
		return result;
	}

	/** Integers of any width as one text, doubles by Double.toString, dates ISO. */
	private static String canonical(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Double || value instanceof Float) {
			return Double.toString(((Number) value).doubleValue());
		}
		if (value instanceof Number number) {
			return Long.toString(number.longValue());
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		return value.toString();
	}

	private static List<String> sorted(List<String> rows) {
		return rows.stream().sorted().toList();
	}

}
