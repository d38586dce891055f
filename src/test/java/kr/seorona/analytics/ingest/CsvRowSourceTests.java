package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowSourceTests {

	/**
	 * Lines without quotes are split without a parser per line, lines with quotes by FastCSV: both
	 * must give exactly what FastCSV gives for the whole file (empty fields, blanks kept, Korean
	 * text, a delimiter at either end, quoted delimiters, doubled quotes, quoted line breaks).
	 */
	@Test
	void rowsAreWhatFastCsvReadsFromTheWholeFile(@TempDir Path folder) throws IOException {
		Random random = new Random(42);
		String[] pieces = { "", "a", "홍길동", " x ", "2022. 4. 29.", "P0001", "\"q,uoted\"", "\"say \"\"hi\"\"\"",
				"\"two\nlines\"", "99", "  " };
		StringBuilder text = new StringBuilder("session_id,participant_id,group,school_id\n");
		for (int line = 0; line < 2_000; line++) {
			int fields = 1 + random.nextInt(6);
			for (int i = 0; i < fields; i++) {
				if (i > 0) {
					text.append(',');
				}
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			text.append('\n');
		}
		Path file = folder.resolve("attendance.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		InputFile input = new InputFile(2022, RecordKind.ATTENDANCE, file, "2022/attendance.csv");

		List<List<String>> expected = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(false).ofCsvRecord(file)) {
			reader.forEach((record) -> expected.add(record.getFields()));
		}
		List<List<String>> actual = new ArrayList<>();
		try (CsvRowSource source = new CsvRowSource(input, StandardCharsets.UTF_8)) {
			for (RawRow row = source.next(); row != null; row = source.next()) {
				assertThat(row.problem()).as("line %d", row.line()).isNull();
				actual.add(row.cells());
			}
		}
		assertThat(actual).hasSize(2_001).isEqualTo(expected);
	}

}
