package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FooterCheckTests {

	@TempDir
	Path root;

	@Test
	void everyFileOfEveryDatasetPassesTheCheck() throws IOException {
		for (DatasetDefinition<?> definition : DatasetRoundTripTests.datasets().toList()) {
			write(definition);
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(this.root)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		List<DatasetDefinition<?>> datasets = DatasetRoundTripTests.datasets().toList();
		long partitioned = datasets.stream().filter(DatasetDefinition::partitioned).count();
		long whole = datasets.size() - partitioned;
		assertThat(files).hasSize((int) (4 * partitioned + whole));
		assertThat(files).allSatisfy((file) -> assertThat(FooterCheck.violations(file)).as(file.toString()).isEmpty());
	}

	private <T extends Record> void write(DatasetDefinition<T> definition) {
		try (DatasetWriter<T> writer = new DatasetWriter<>(definition, this.root.toUri(), DatasetRoundTripTests.OPTIONS)) {
			writer.writeAll(SampleRows.of(definition.type(), DatasetRoundTripTests.YEARS, 4));
		}
	}

	@Test
	void fileBreakingEveryRuleHasOneViolationPerRule() throws IOException {
		MessageType schema = Types.buildMessage()
			.required(PrimitiveTypeName.INT96)
			.named("legacy_time")
			.required(PrimitiveTypeName.BINARY)
			.named("raw_text")
			.required(PrimitiveTypeName.INT32)
			.as(LogicalTypeAnnotation.intType(32, false))
			.named("count")
			.required(PrimitiveTypeName.INT64)
			.as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.NANOS))
			.named("at")
			.named("bad");
		Path file = this.root.resolve("bad.parquet");
		try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
			.withType(schema)
			.withWriterVersion(WriterVersion.PARQUET_2_0)
			.build()) {
			writer.write(new SimpleGroupFactory(schema).newGroup()
				.append("legacy_time", Binary.fromConstantByteArray(new byte[12]))
				.append("raw_text", "x")
				.append("count", 1)
				.append("at", 1L));
		}
		assertThat(FooterCheck.violations(file)).containsExactlyInAnyOrder(
				"column legacy_time: INT96 (use INT64 TIMESTAMP with a unit)",
				"column raw_text: BINARY without annotation (use STRING)",
				"column count: unsigned INTEGER(32,false) (use signed INT32/INT64)",
				"column at: TIMESTAMP in NANOS (use MICROS)",
				"metadata key seorona.schema.version is missing", "metadata key seorona.dataset is missing",
				"metadata key seorona.job.execution.id is missing", "metadata key seorona.input.sha256 is missing",
				"metadata key seorona.software.version is missing",
				"column legacy_time: data page version 2 (use version 1)",
				"column raw_text: data page version 2 (use version 1)",
				"column count: data page version 2 (use version 1)", "column at: data page version 2 (use version 1)");
	}

	@Test
	void unreadableFileIsOneViolation() throws IOException {
		Path file = Files.writeString(this.root.resolve("broken.parquet"), "not parquet");
		assertThat(FooterCheck.violations(file)).singleElement().asString().startsWith("not a readable Parquet file");
	}

}
