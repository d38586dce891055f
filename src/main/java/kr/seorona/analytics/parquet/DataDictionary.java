package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Generates the data dictionary ({@code docs/DATASETS.md}) from {@link DatasetCatalog}, so the two
 * cannot drift; a test fails when the committed file differs from {@link #markdown()}.
 * Regenerate with {@code mvn -q -o test -Dtest=DataDictionaryTests -Dseorona.dictionary.update=true}
 * or by running {@link #main(String[])}.
 */
public final class DataDictionary {

	/** Where the dictionary lives, relative to the project folder. */
	public static final Path FILE = Path.of("docs", "DATASETS.md");

	private DataDictionary() {
	}

	/**
	 * Writes the dictionary of the catalogue to {@code args[0]} (default {@code docs/DATASETS.md}).
	 * @throws IOException when the file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path file = (args.length > 0) ? Path.of(args[0]) : FILE;
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Files.writeString(file, markdown(), StandardCharsets.UTF_8);
	}

	/** The dictionary of every dataset of {@link DatasetCatalog#all()}, as Markdown ('\n' line ends). */
	public static String markdown() {
		return markdown(DatasetCatalog.all());
	}

	static String markdown(List<DatasetDefinition<?>> datasets) {
		StringBuilder md = new StringBuilder();
		md.append("# Datasets\n\n");
		md.append("<!-- Generated from kr.seorona.analytics.parquet.DatasetCatalog by DataDictionary; do not edit.\n");
		md.append("     Regenerate: mvn -q -o test -Dtest=DataDictionaryTests -Dseorona.dictionary.update=true -->\n\n");
		md.append("The `annualReport` job publishes these Parquet datasets under `<output>/datasets/`. ");
		md.append("Read them with any Parquet reader, e.g. in DuckDB:\n\n");
		md.append("```sql\nSELECT p.year, g.label_ko, p.attendances, p.participation_rate, p.count_band, p.suppressed\n");
		md.append("FROM read_parquet('output/datasets/participation/*/*.parquet') AS p\n");
		md.append("JOIN read_parquet('output/datasets/groups/*.parquet') AS g USING (group_code)\n");
		md.append("ORDER BY p.year, g.display_order;\n```\n\n");
		usingInTools(md);
		SmallCellRules.section(md);
		joins(md);
		md.append("## Rules every file follows\n\n");
		md.append("- One file per partition: `<output>/datasets/<dataset>/year=YYYY/part-00000.parquet`; ");
		md.append("unpartitioned datasets: `<output>/datasets/<dataset>/part-00000.parquet`.\n");
		md.append("- Partition folders are ASCII (`year=2022`). The partition column `year` is stored in every file ");
		md.append("as well (`INT32`, the same value as the folder name), so readers with Hive partitioning (DuckDB ");
		md.append("`hive_partitioning = true`, Spark) and without it (Power BI's folder connector, DuckDB ");
		md.append("`hive_partitioning = false`) all get it; DuckDB, Spark and parquet-java read the duplicate without ");
		md.append("complaint (tested). Korean names are columns, never folder names.\n");
		md.append("- Column names are plain snake_case words that DuckDB, PostgreSQL and Spark SQL do not reserve ");
		md.append("(tested against their keyword lists): no quoting needed.\n");
		md.append("- Units: every share, rate and proportion is 0..1 (never a percentage); counts are whole ");
		md.append("numbers; durations are minutes; dates are local Korean dates.\n");
		md.append("- Version-1 data pages; ZSTD compression by default (SNAPPY selectable); no `.crc` side files.\n");
		md.append("- Text columns are `BINARY` annotated `STRING` (UTF-8); integers are signed `INT32`/`INT64`; dates ");
		md.append("are `INT32 DATE`; timestamps are `INT64 TIMESTAMP(MICROS, isAdjustedToUTC=false)` in local ");
		md.append("Korean time (never `INT96`); exact figures are `DECIMAL`. Doubles are finite: a figure that ");
		md.append("cannot be computed is null, never NaN.\n");
		md.append("- A column has the same type in every partition, also when it has no values in a year. ");
		md.append("Any change of columns or types is a new schema version, listed under the dataset, and ");
		md.append("re-runs every year: the commit refuses partitions whose schema differs from the other years'.\n");
		md.append("- Rows of the statistics and rejects datasets are sorted by the dataset's sort order, then by ");
		md.append("every other column. The cleaned record datasets (networks, sessions, attendance, ");
		md.append("survey_responses, survey_answers) are streamed in input order (file by file, line by line) ");
		md.append("so that memory stays bounded at any size; their sort order below is the order to query them ");
		md.append("by. Either way the same input gives the same bytes.\n");
		md.append("- Commits are atomic per partition: a re-run of a year replaces exactly that year's ");
		md.append("partitions; readers see the old or the new files of a partition, never a mix and never a ");
		md.append("partial file (only in the instant between two folder renames, or after a crash exactly there ");
		md.append("until the next run recovers, is the partition absent).\n\n");
		md.append("## Footer metadata (key-value)\n\n");
		md.append("| Key | Value |\n|---|---|\n");
		md.append("| `").append(WriteOptions.SCHEMA_VERSION).append("` | the dataset's schema version |\n");
		md.append("| `").append(WriteOptions.DATASET).append("` | the dataset name |\n");
		md.append("| `").append(WriteOptions.JOB_EXECUTION_ID).append("` | Spring Batch job execution id of the run |\n");
		md.append("| `").append(WriteOptions.INPUT_SHA256)
			.append("` | JSON object: input file (relative to the input folder) to its SHA-256, keys sorted |\n");
		md.append("| `").append(WriteOptions.SOFTWARE_VERSION).append("` | version of Seorona Analytics |\n");
		md.append("| `").append(WriteOptions.MIN_CELL_SIZE)
			.append("` | k of the small-cell rule (statistics datasets) |\n");
		md.append("| `").append(WriteOptions.SMALL_CELLS).append("` | statistics datasets: `").append(WriteOptions.WITHHELD)
			.append("` (published) or `").append(WriteOptions.AUDIT).append("` (the audit copy, every figure) |\n\n");
		md.append("## Output on HDFS or an object store\n\n");
		md.append("The output root is a Hadoop FileSystem URI (`file:` by default). To write elsewhere, pass e.g. ");
		md.append("`output=hdfs://namenode:8020/seorona` and add the file system's client jar ");
		md.append("(`hadoop-hdfs-client`, `hadoop-aws` for `s3a:`) and a `core-site.xml` to the classpath. Folder ");
		md.append("renames are atomic on local disks and HDFS; on object stores the commit is one partition at ");
		md.append("a time, not atomic.\n\n");
		md.append("## Contents\n\n");
		for (DatasetDefinition<?> definition : datasets) {
			md.append("- [").append(definition.name()).append("](#").append(definition.name()).append(")\n");
		}
		for (DatasetDefinition<?> definition : datasets) {
			md.append('\n');
			dataset(md, definition);
		}
		return md.toString();
	}

	private static void dataset(StringBuilder md, DatasetDefinition<?> definition) {
		RecordSchema<?> schema = RecordSchema.of(definition);
		md.append("## ").append(definition.name()).append("\n\n");
		md.append(definition.description()).append("\n\n");
		String partitions = definition.partitionColumns()
			.stream()
			.map((column) -> column + "=…")
			.collect(Collectors.joining("/", "", definition.partitioned() ? "/" : ""));
		md.append("- Files: `datasets/").append(definition.name()).append('/').append(partitions)
			.append(DatasetWriter.FILE_NAME).append("`\n");
		md.append("- Partitioned by: ")
			.append(definition.partitioned() ? code(definition.partitionColumns()) : "not partitioned (replaced whole)")
			.append('\n');
		md.append("- Sort order: ")
			.append(definition.sortOrder().isEmpty() ? "every column" : code(definition.sortOrder()) + ", then every other column")
			.append('\n');
		md.append("- Schema version: ").append(definition.schemaVersion()).append('\n');
		if (!definition.plainColumns().isEmpty()) {
			md.append("- Dictionary encoding and min/max statistics off (ids with few or no repeats): ").append(code(List.copyOf(definition.plainColumns())))
				.append('\n');
		}
		SmallCellRules.datasetLine(md, definition);
		md.append("\n| Column | Parquet type | Logical type | Nullable | Description |\n|---|---|---|---|---|\n");
		for (Column column : schema.columns()) {
			PrimitiveType type = column.parquetType();
			String physical = type.getPrimitiveTypeName().name();
			if (schema.partitions().contains(column)) {
				physical += " (also the partition folder)";
			}
			md.append("| `").append(column.name()).append("` | ").append(physical).append(" | ")
				.append(logical(type.getLogicalTypeAnnotation()))
				.append(" | ").append(column.required() ? "no" : "yes").append(" | ")
				.append(cell(definition.columnDescriptions().getOrDefault(column.name(), ""))).append(" |\n");
		}
		SmallCellRules.columnRows(md, definition);
		md.append("\nSchema history:\n\n");
		definition.history().forEach((line) -> md.append("- ").append(line).append('\n'));
	}

	private static void usingInTools(StringBuilder md) {
		md.append("## Using the datasets in Power BI / Superset / DuckDB / Spark\n\n");
		md.append("- **Folder**: one folder per dataset under `output/datasets/` (or the `datasets=` root). ");
		md.append("Point a tool at the dataset's folder, never at a single year's file. Fact and statistics ");
		md.append("datasets are yearly (`year=YYYY/part-00000.parquet`); dimensions and the cross-year ");
		md.append("`participation_trends` and `year_comparisons` are one file (`part-00000.parquet`).\n");
		md.append("- **Power BI**: Get Data → Folder (or Azure Data Lake / SharePoint folder) on the dataset's ");
		md.append("folder, Combine & Transform with the Parquet connector; `year` is a column of the files, so ");
		md.append("nothing is lost by ignoring the folder names. Load the dimension datasets the same way and ");
		md.append("relate them on the column of the same name (table below): Power BI's auto-detect finds them.\n");
		md.append("- **Superset**: through DuckDB (duckdb-engine) or Spark SQL / Trino: create a view per dataset, ");
		md.append("e.g. `CREATE VIEW participation AS SELECT * FROM read_parquet('/srv/seorona/output/datasets/");
		md.append("participation/*/*.parquet')`, then a virtual dataset joining the dimension views for labels.\n");
		md.append("- **DuckDB**: `read_parquet('output/datasets/<dataset>/*/*.parquet')` for yearly datasets, ");
		md.append("`read_parquet('output/datasets/<dataset>/*.parquet')` for the others; `hive_partitioning` ");
		md.append("true or false gives the same rows and years (with true, `year` comes from the folder as ");
		md.append("`BIGINT`; with false, from the file as `INTEGER`).\n");
		md.append("- **Spark**: `spark.read.parquet(\"output/datasets/<dataset>\")` (partition discovery on, the ");
		md.append("default) or with `basePath`; `year` is `int` either way.\n");
		md.append("- **Keys**: the columns listed under each statistics dataset's small-cell rule (`year`, ");
		md.append("`group_code`, `item_code`, ...); record datasets: the `*_id`/`*_key` columns with `year`.\n");
		md.append("- **Labels**: never retype codes: join `groups` (`label_ko`, `label_en`, `display_order`, ");
		md.append("`color`), `items` (`wording_ko`), `scales`, `responses`, `meeting_types`, `meeting_modes`, ");
		md.append("`indicators`. Sort by `display_order`.\n");
		md.append("- **Units**: shares 0..1 (format as %), counts of people or meetings, minutes, dates.\n");
		md.append("- **Small cells**: filter or show `suppressed`; a suppressed row's figures are null, so a ");
		md.append("sum or mean over rows never includes them; show `count_band` (`<5`) or 비공개 instead.\n\n");
	}

	private static void joins(StringBuilder md) {
		md.append("## Code columns and the datasets they join\n\n");
		md.append("Every code column joins, on the column of the same name, to a dimension (or record) ");
		md.append("dataset; in `group_comparisons` and `year_comparisons`, `item_code` holds a scale code where ");
		md.append("`scale_score` is true (join `scales` on `scale_code = item_code` there).\n\n");
		md.append("| Column | Joins | Found in |\n|---|---|---|\n");
		DatasetCatalog.joins().forEach((column, target) -> {
			List<String> in = DatasetCatalog.all()
				.stream()
				.filter((definition) -> !definition.name().equals(target) && definition.columnNames().contains(column))
				.map(DatasetDefinition::name)
				.toList();
			md.append("| `").append(column).append("` | `").append(target).append("` | ").append(code(in)).append(" |\n");
		});
		md.append('\n');
	}

	private static String logical(LogicalTypeAnnotation annotation) {
		if (annotation == null) {
			return "—";
		}
		if (annotation instanceof TimestampLogicalTypeAnnotation timestamp) {
			return "TIMESTAMP(" + timestamp.getUnit() + ", isAdjustedToUTC=" + timestamp.isAdjustedToUTC() + ")";
		}
		return annotation.toString();
	}

	static String code(List<String> names) {
		return names.stream().map((name) -> "`" + name + "`").collect(Collectors.joining(", "));
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
