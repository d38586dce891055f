package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InputScannerTests {

	@TempDir
	Path data;

	private void touch(String... names) throws IOException {
		for (String name : names) {
			Path file = this.data.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, "x");
		}
	}

	@Test
	void findsEveryYearSortedByKindThenYear() throws IOException {
		touch("2021/sessions.csv", "2021/networks.xlsx", "2022/networks.csv", "2022/Sessions.TSV", "2022/survey.txt",
				"2022/readme.md", "2022/~$attendance.xlsx", "notes/networks.csv", "2019x/networks.csv");
		List<InputFile> files = InputScanner.scan(this.data, null);
		assertThat(files).extracting(InputFile::name)
			.containsExactly("2021/networks.xlsx", "2022/networks.csv", "2021/sessions.csv", "2022/Sessions.TSV",
					"2022/survey.txt");
		assertThat(files.get(0)).isEqualTo(
				new InputFile(2021, RecordKind.NETWORKS, this.data.resolve("2021/networks.xlsx"), "2021/networks.xlsx"));
	}

	@Test
	void findsRequestedYearsOnly() throws IOException {
		touch("2021/networks.csv", "2022/networks.csv");
		assertThat(InputScanner.scan(this.data, new TreeSet<>(Set.of(2022)))).extracting(InputFile::name)
			.containsExactly("2022/networks.csv");
	}

	@Test
	void missingInputFolder() {
		Path missing = this.data.resolve("nope");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> InputScanner.scan(missing, null))
			.withMessage("Input folder not found: " + missing);
	}

	@Test
	void requestedYearWithoutFolder() throws IOException {
		touch("2021/networks.csv");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> InputScanner.scan(this.data, new TreeSet<>(Set.of(2021, 2020))))
			.withMessage("Input folder " + this.data + " has no folder for year 2020 (expected " + this.data.resolve("2020")
					+ ")");
	}

	@Test
	void noYearFolderAtAll() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> InputScanner.scan(this.data, null))
			.withMessage("Input folder " + this.data + " has no year folder (expected sub-folders named like 2022)");
	}

	@Test
	void twoFilesOfOneKindInOneYear() throws IOException {
		touch("2022/sessions.csv", "2022/sessions.xlsx");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> InputScanner.scan(this.data, null))
			.withMessage("Folder " + this.data.resolve("2022")
					+ " has 2 files of kind sessions [sessions.csv, sessions.xlsx]; keep exactly one");
	}

}
