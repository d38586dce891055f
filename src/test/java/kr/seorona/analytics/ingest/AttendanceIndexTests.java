package kr.seorona.analytics.ingest;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceIndexTests {

	@Test
	void secondSightingNamesTheFirstFileAndLine() {
		AttendanceIndex index = new AttendanceIndex();
		assertThat(index.putIfAbsent("S-01", "p_00000000000000ff", "2022/attendance.csv", 2)).isNull();
		assertThat(index.putIfAbsent("S-02", "p_00000000000000ff", "2022/attendance.csv", 3)).isNull();
		assertThat(index.putIfAbsent("S-01", "p_00000000000000ff", "2022/attendance-b.csv", 9))
			.isEqualTo("2022/attendance.csv line 2");
	}

	@Test
	void keysOfAnotherFormAreComparedExactly() {
		AttendanceIndex index = new AttendanceIndex();
		assertThat(index.putIfAbsent("S-01", "P000123", "a.csv", 2)).isNull();
		assertThat(index.putIfAbsent("S-01", "p_00000000000000FF", "a.csv", 3)).isNull();
		assertThat(index.putIfAbsent("S-01", "p_00000000000000ff", "a.csv", 4)).isNull();
		assertThat(index.putIfAbsent("S-01", "P000123", "a.csv", 5)).isEqualTo("a.csv line 2");
		assertThat(index.putIfAbsent("S-01", "p_00000000000000FF", "a.csv", 6)).isEqualTo("a.csv line 3");
		assertThat(AttendanceIndex.compact("p_0123456789abcdef")).isEqualTo(0x0123456789abcdefL);
		assertThat(AttendanceIndex.compact("p_ffffffffffffffff")).isEqualTo(-1L);
		assertThat(AttendanceIndex.compact("p_0123456789abcdeg")).isNull();
		assertThat(AttendanceIndex.compact("q_0123456789abcdef")).isNull();
	}

	@Test
	void aSessionSpreadOverTwoFilesKeepsBothLocations() {
		AttendanceIndex index = new AttendanceIndex();
		assertThat(index.putIfAbsent("S-01", "p_0000000000000001", "a.csv", 2)).isNull();
		assertThat(index.putIfAbsent("S-01", "p_0000000000000002", "b.csv", 7)).isNull();
		assertThat(index.putIfAbsent("S-01", "p_0000000000000002", "a.csv", 9)).isEqualTo("b.csv line 7");
		assertThat(index.putIfAbsent("S-01", "p_0000000000000001", "b.csv", 8)).isEqualTo("a.csv line 2");
	}

	@Test
	void agreesWithAPlainMapOnManyRandomPairs() {
		AttendanceIndex index = new AttendanceIndex();
		Map<String, String> expected = new HashMap<>();
		Random random = new Random(7);
		HexFormat hex = HexFormat.of();
		for (int line = 1; line <= 50_000; line++) {
			String session = "S-" + random.nextInt(200);
			String participant = "p_" + hex.toHexDigits((long) random.nextInt(3000) * 0x9E3779B97F4A7C15L);
			String key = session + "|" + participant;
			String file = (random.nextInt(50) == 0) ? "other.csv" : "f.csv";
			String actual = index.putIfAbsent(session, participant, file, line);
			assertThat(actual).isEqualTo(expected.get(key));
			expected.putIfAbsent(key, file + " line " + line);
		}
	}

}
