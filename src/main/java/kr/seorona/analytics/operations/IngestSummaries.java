package kr.seorona.analytics.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kr.seorona.analytics.ingest.FileSummary;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the ingest step's per-file summary ({@code reports/ingest-summary.json}). */
public final class IngestSummaries {

	public static final String FILE_NAME = "ingest-summary.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final JsonMapper COMPACT = JsonMapper.builder().build();

	private IngestSummaries() {
	}

	public static void write(List<FileSummary> files, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		JSON.writeValue(file.toFile(), files);
	}

	/** The summaries as compact JSON (for a step's execution context). */
	public static String toJson(List<FileSummary> files) {
		return COMPACT.writeValueAsString(files);
	}

	/** Summaries from {@link #toJson(List)}. */
	public static List<FileSummary> fromJson(String json) {
		return COMPACT.readValue(json, new TypeReference<List<FileSummary>>() {
		});
	}

	public static List<FileSummary> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		return JSON.readValue(file.toFile(), new TypeReference<List<FileSummary>>() {
		});
	}

}
