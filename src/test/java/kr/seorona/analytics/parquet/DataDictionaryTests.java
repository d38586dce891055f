package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataDictionaryTests {

	/** Run with -Dseorona.dictionary.update=true to rewrite docs/DATASETS.md from the catalogue. */
	@Test
	void speaksToBiUsersWithoutJavaNames() {
		// what a reader sees: the generator's comment at the top is not shown
		assertThat(DataDictionary.markdown().replaceAll("(?s)<!--.*?-->", "")).doesNotContain("kr.seorona").doesNotContain("Row type")
			.contains("`attendances + joint_attendances`");
	}

	@Test
	void committedDictionaryIsTheGeneratedOne() throws IOException {
		if (Boolean.getBoolean("seorona.dictionary.update")) {
			DataDictionary.main(new String[] { DataDictionary.FILE.toString() });
		}
		assertThat(DataDictionary.FILE).as("docs/DATASETS.md; regenerate with -Dseorona.dictionary.update=true")
			.exists();
		assertThat(Files.readString(DataDictionary.FILE, StandardCharsets.UTF_8))
			.as("docs/DATASETS.md is stale; regenerate with "
					+ "mvn -q -o test -Dtest=DataDictionaryTests -Dseorona.dictionary.update=true")
			.isEqualTo(DataDictionary.markdown());
	}

	@Test
	void dictionaryShowsEachColumnsTypesFromTheDerivedSchema() {
		String md = DataDictionary.markdown();
		assertThat(md).contains("| `year` | INT32 (also the partition folder) | — | no |")
			.contains("| `network_name` | BINARY | STRING | yes | the network's display name (Korean) |")
			.contains("| `member_count` | INT32 | — | no |")
			.contains("| `meeting_date` | INT32 | DATE | yes |")
			.contains("| `mean_attendance` | DOUBLE | — | yes |")
			// a count of a suppressible dataset may be withheld: optional although an int component
			.contains("| `attendances` | INT64 | — | yes |")
			.contains("| `count_band` | BINARY | STRING | yes |")
			.contains("| `suppression` | BINARY | STRING | yes |")
			.contains("| `group_code` | `groups` |")
			.contains("- Files: `datasets/participation_trends/part-00000.parquet`")
			.contains("- Files: `datasets/networks/year=…/part-00000.parquet`");
	}

	@Test
	void decimalsAndTimestampsAreSpelledOut() {
		String md = DataDictionary.markdown(java.util.List.of(TestDatasets.BUDGETS));
		assertThat(md).contains("| `amount` | INT64 | DECIMAL(12,2) | yes |")
			.contains("| `small_amount` | INT32 | DECIMAL(9,2) | yes |")
			.contains("| `starts_at` | INT64 | TIMESTAMP(MICROS, isAdjustedToUTC=false) | yes |");
	}

	@Test
	void mainWritesTheMarkdown(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
		Path file = folder.resolve("sub/DATASETS.md");
		DataDictionary.main(new String[] { file.toString() });
		assertThat(Files.readString(file)).isEqualTo(DataDictionary.markdown());
	}

}
