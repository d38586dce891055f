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
		md.append("```sql\nSELECT * FROM read_parquet('output/datasets/participation/**/*.parquet',\n");
		md.append("                            hive_partitioning = true, union_by_name = true);\n```\n\n");
		md.append("## Rules every file follows\n\n");
		md.append("- One file per partition: `<output>/datasets/<dataset>/year=YYYY/part-00000.parquet`; ");
		md.append("unpartitioned datasets: `<output>/datasets/<dataset>/part-00000.parquet`.\n");
		md.append("- Partition folders are ASCII (`year=2022`). The partition column is not stored in the files; ");
		md.append("Hive-style readers return it from the folder name (DuckDB: `BIGINT`). Korean names are columns, ");
		md.append("never folder names.\n");
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
		md.append("| `").append(WriteOptions.SOFTWARE_VERSION).append("` | version of Seorona Analytics |\n\n");
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
		md.append("- Row type: `").append(definition.type().getName()).append("`\n");
		if (!definition.plainColumns().isEmpty()) {
			md.append("- Dictionary encoding and min/max statistics off (ids with few or no repeats): ").append(code(List.copyOf(definition.plainColumns())))
				.append('\n');
		}
		md.append("\n| Column | Parquet type | Logical type | Nullable | Description |\n|---|---|---|---|---|\n");
		for (Column column : schema.columns()) {
			String physical;
			String logical;
			if (schema.partitions().contains(column)) {
				physical = "(partition folder)";
				logical = "—";
			}
			else {
				PrimitiveType type = column.parquetType();
				physical = type.getPrimitiveTypeName().name();
				logical = logical(type.getLogicalTypeAnnotation());
			}
			md.append("| `").append(column.name()).append("` | ").append(physical).append(" | ").append(logical)
				.append(" | ").append(column.required() ? "no" : "yes").append(" | ")
				.append(cell(definition.columnDescriptions().getOrDefault(column.name(), ""))).append(" |\n");
		}
		md.append("\nSchema history:\n\n");
		definition.history().forEach((line) -> md.append("- ").append(line).append('\n'));
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

	private static String code(List<String> names) {
		return names.stream().map((name) -> "`" + name + "`").collect(Collectors.joining(", "));
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
