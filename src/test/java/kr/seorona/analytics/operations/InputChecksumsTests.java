package kr.seorona.analytics.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InputChecksumsTests {

	@Test
	void aChangedFileIsHashedAgainAnUnchangedOneGivesTheSameChecksums(@TempDir Path root) throws IOException {
		Path input = Files.createDirectories(root.resolve("data/2022"));
		Path definitions = Files.createDirectories(root.resolve("jobs"));
		Path sessions = Files.writeString(input.resolve("sessions.csv"), "session_id\nS1\n");
		Files.writeString(definitions.resolve("groups.yml"), "groups: []\n");
		AnnualReportParameters parameters = AnnualReportParameters.resolve(Map.of(), Map.of("input",
				root.resolve("data").toString(),
				"output", root.resolve("output").toString(), "years", "2022", "definitions", definitions.toString()));

		InputChecksums first = InputChecksums.of(parameters);
		assertThat(InputChecksums.of(parameters)).isEqualTo(first);
		assertThat(first.json()).contains("2022/sessions.csv");

		// same size, other content, other time: hashed again
		Files.writeString(sessions, "session_id\nS2\n");
		Files.setLastModifiedTime(sessions, FileTime.from(Instant.parse("2022-04-29T00:00:00Z")));
		InputChecksums second = InputChecksums.of(parameters);
		assertThat(second.json()).isNotEqualTo(first.json());
		assertThat(second.combined()).isNotEqualTo(first.combined());

		// a new definition file changes the definitions' checksums
		Files.writeString(definitions.resolve("aliases.yml"), "values: {}\n");
		assertThat(InputChecksums.of(parameters).definitionsJson()).isNotEqualTo(second.definitionsJson());
	}

}
