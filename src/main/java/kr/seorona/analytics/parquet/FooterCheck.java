package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Checks a written Parquet file against the rules BI readers depend on, from its footer and page
 * headers: no {@code INT96}; no unsigned integer types; every {@code BINARY} and
 * {@code FIXED_LEN_BYTE_ARRAY} column annotated (STRING, DECIMAL, ...); timestamps in MILLIS or
 * MICROS; only version-1 data pages; every key of {@link WriteOptions#FOOTER_KEYS} present and
 * not blank. Used by the tests over every written file and usable as a post-run audit.
 */
public final class FooterCheck {

	private FooterCheck() {
	}

	/**
	 * The rule violations of a local Parquet file, one message each (naming the column); empty when
	 * the file is fine. A file that cannot be read as Parquet gives a single violation.
	 */
	public static List<String> violations(Path file) {
		Set<String> violations = new LinkedHashSet<>();
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), ParquetFiles.READ_OPTIONS)) {
			MessageType schema = reader.getFooter().getFileMetaData().getSchema();
			for (ColumnDescriptor column : schema.getColumns()) {
				schemaViolations(column, violations);
			}
			Map<String, String> metadata = reader.getFooter().getFileMetaData().getKeyValueMetaData();
			for (String key : WriteOptions.FOOTER_KEYS) {
				String value = metadata.get(key);
				if (value == null || value.isBlank()) {
					violations.add("metadata key " + key + " is missing");
				}
			}
			PageReadStore rowGroup;
			while ((rowGroup = reader.readNextRowGroup()) != null) {
				for (ColumnDescriptor column : schema.getColumns()) {
					PageReader pages = rowGroup.getPageReader(column);
					DataPage page;
					while ((page = pages.readPage()) != null) {
						if (!(page instanceof DataPageV1)) {
							violations.add("column " + name(column) + ": data page version 2 (use version 1)");
						}
					}
				}
				rowGroup.close();
			}
		}
		catch (IOException | RuntimeException ex) {
			return List.of("not a readable Parquet file: " + ex.getMessage());
		}
		return new ArrayList<>(violations);
	}

	private static void schemaViolations(ColumnDescriptor column, Set<String> violations) {
		PrimitiveType type = column.getPrimitiveType();
		LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
		String name = name(column);
		if (type.getPrimitiveTypeName() == PrimitiveTypeName.INT96) {
			violations.add("column " + name + ": INT96 (use INT64 TIMESTAMP with a unit)");
		}
		if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
			violations.add("column " + name + ": unsigned " + logical + " (use signed INT32/INT64)");
		}
		if ((type.getPrimitiveTypeName() == PrimitiveTypeName.BINARY
				|| type.getPrimitiveTypeName() == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) && logical == null) {
			violations.add("column " + name + ": " + type.getPrimitiveTypeName() + " without annotation (use STRING)");
		}
		if (logical instanceof TimestampLogicalTypeAnnotation timestamp
				&& timestamp.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS) {
			violations.add("column " + name + ": TIMESTAMP in NANOS (use MICROS)");
		}
	}

	private static String name(ColumnDescriptor column) {
		return String.join(".", column.getPath());
	}

}
