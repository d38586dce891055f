package kr.seorona.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared set-up of the ingest tests: the real jobs/ definitions and aliases, a fixed key. */
final class IngestFixtures {

	static final Path JOBS = Path.of("jobs");

	static final Path RESOURCES = Path.of("src/test/resources/ingest");

	static final Definitions DEFINITIONS = Definitions.load(JOBS);

	static final AliasTable ALIASES = AliasTable.load(JOBS.resolve("aliases.yml"));

	static final HmacPseudonymizer PSEUDONYMS = new HmacPseudonymizer(
			"test-key-not-secret-0123456789".getBytes(StandardCharsets.UTF_8));

	static final RecordParsers PARSERS = new RecordParsers(DEFINITIONS, ALIASES, PSEUDONYMS, null);

	private IngestFixtures() {
	}

	static InputFile file(Path path, int year, RecordKind kind) {
		return new InputFile(year, kind, path, year + "/" + path.getFileName());
	}

	static <T> List<ParsedRow<T>> readAll(RecordFileReader<T> reader) {
		List<ParsedRow<T>> rows = new ArrayList<>();
		try (reader) {
			reader.forEachRemaining(rows::add);
		}
		return rows;
	}

}
