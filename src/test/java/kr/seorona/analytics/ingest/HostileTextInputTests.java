package kr.seorona.analytics.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static kr.seorona.analytics.ingest.IngestFixtures.PARSERS;
import static kr.seorona.analytics.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Text files made to break the reader or to pass as something else (issue 13): a quote opened at
 * the start, UTF-16 without a byte-order mark, a line of millions of characters, a header of a
 * hundred thousand cells, ids with invisible characters.
 */
class HostileTextInputTests {

	@TempDir
	Path dir;

	private InputFile write(String name, RecordKind kind, byte[] bytes) throws IOException {
		Path path = this.dir.resolve(name);
		Files.write(path, bytes);
		return IngestFixtures.file(path, 2022, kind);
	}

	private InputFile write(String name, RecordKind kind, String text) throws IOException {
		return write(name, kind, text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aQuoteOpenedAtTheStartOfTheFileIsNamedNotTakenForMissingColumns() throws IOException {
		InputFile file = write("networks.csv", RecordKind.NETWORKS, "\"network_id,network_name,group,member_count\n"
				+ "NET-1,교장 네트워크,교장,18\nNET-2,학부모 네트워크,학부모,20\n");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
			.withMessage("Input file 2022/networks.csv line 1, before any header: a quoted field is never closed "
					+ "(MALFORMED_QUOTES), so the header cannot be read");
	}

	@Test
	void utf16WithoutByteOrderMarkIsRead() throws IOException {
		String text = "network_id\tnetwork_name\tgroup\tmember_count\r\nNET-1\t교장 네트워크\t교장\t18\r\n"
				+ "NET-2\t학부모 네트워크\t학부모\t20\r\n";
		for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			InputFile file = write("networks-" + charset.name() + ".txt", RecordKind.NETWORKS, text.getBytes(charset));
			PARSERS.validateHeaders(List.of(file));
			assertThat(readAll(PARSERS.networks(file))).extracting(ParsedRow::record)
				.extracting(NetworkRecord::networkId, NetworkRecord::networkName, NetworkRecord::memberCount)
				.containsExactly(tuple("NET-1", "교장 네트워크", 18), tuple("NET-2", "학부모 네트워크", 20));
		}
	}

	@Test
	void aLineOfMillionsOfCharactersIsOneCappedReject() throws IOException {
		String huge = "가".repeat(3_000_000);
		InputFile file = write("networks.csv", RecordKind.NETWORKS, "network_id,network_name,group,member_count\n"
				+ "NET-1," + huge + ",교장,18\nNET-2,학부모 네트워크,학부모,20\nNET-3,\"quoted\n" + huge + "\n끝\",교장,3\n"
				+ "NET-4,교사,교사,4\n");
		List<ParsedRow<NetworkRecord>> rows = readAll(PARSERS.networks(file));
		assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(rows).extracting((row) -> (row.record() == null) ? null : row.record().networkId())
			.containsExactly(null, "NET-2", null, null, null, "NET-4");
		assertThat(rows).extracting((row) -> row.rejects().isEmpty() ? null : row.rejects().get(0).reason())
			.containsExactly(RejectReasons.LINE_TOO_LONG, null, RejectReasons.MALFORMED_QUOTES, RejectReasons.LINE_TOO_LONG,
					RejectReasons.MALFORMED_QUOTES, null);
		assertThat(rows.get(0).rejects().get(0).message()).isEqualTo("2022/networks.csv line 2: the line has "
				+ String.format("%,d", 12 + huge.length()) + " characters; at most 1,048,576 are read (LINE_TOO_LONG)");
	}

	@Test
	void aHeaderOfAHundredThousandCellsIsNotEchoedWhole() throws IOException {
		StringBuilder header = new StringBuilder("network_id");
		for (int i = 0; i < 100_000; i++) {
			header.append(",c").append(i);
		}
		InputFile file = write("networks.csv", RecordKind.NETWORKS, header + "\nNET-1\n");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
			.withMessageStartingWith("Input file 2022/networks.csv has no column group, member_count")
			.withMessageContaining("c28] and 99971 more cells)")
			.matches((ex) -> ex.getMessage().length() < 1_000);
	}

	@Test
	void idsWithInvisibleCharactersAreRejected() throws IOException {
		InputFile file = write("attendance.csv", RecordKind.ATTENDANCE, "session_id,participant_id,group\n"
				+ "S-1,P000116,교사\nS-1,P000\u0000116,교사\nS-1,P000\u200B116,교사\nS-1,P000\uFEFF116,교사\n"
				+ "S-1,\u3164P000116,교사\nS-1,\u00A0P000117\u00A0,교사\nS\u200D-1,P000118,교사\n");
		List<ParsedRow<AttendanceRecord>> rows = readAll(PARSERS.attendance(file, Set.of("S-1")));
		assertThat(rows).extracting(ParsedRow::accepted).containsExactly(true, false, false, false, false, true, false);
		assertThat(rows.get(2).rejects()).extracting(Reject::column, Reject::rawValue, Reject::reason, Reject::message)
			.containsExactly(tuple("participant_id", RowContext.WITHHELD, RejectReasons.INVALID_ID,
					"2022/attendance.csv line 4, column 'participant_id', value '(withheld)': the id has an invisible or "
							+ "control character U+200B at position 5; retype the id (INVALID_ID)"));
		assertThat(rows.get(1).rejects().get(0).message()).contains("U+0000 at position 5");
		assertThat(rows.get(3).rejects().get(0).message()).contains("U+FEFF at position 5");
		assertThat(rows.get(4).rejects().get(0).message()).contains("U+3164 at position 1");
		assertThat(rows.get(6).rejects()).extracting(Reject::column, Reject::reason)
			.containsExactly(tuple("session_id", RejectReasons.INVALID_ID));
	}

	@Test
	void linesAreSplitAsJavaSplitsThemAtEveryBufferBoundary() throws IOException {
		Random random = new Random(13);
		StringBuilder text = new StringBuilder();
		String[] ends = { "\n", "\r\n", "\r" };
		while (text.length() < 200_000) {
			text.append("x".repeat(random.nextInt(3) == 0 ? random.nextInt(40_000) : random.nextInt(30)));
			text.append(ends[random.nextInt(ends.length)]);
		}
		text.append("last line without end");
		InputFile file = write("lines.csv", RecordKind.NETWORKS, text.toString());
		List<String> expected = new BufferedReader(new StringReader(text.toString())).lines().toList();
		List<String> actual = new ArrayList<>();
		try (StrictLineReader lines = new StrictLineReader(file, TextEncoding.of(file, null))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				actual.add(line);
				assertThat(lines.lineNumber()).isEqualTo(actual.size());
			}
		}
		assertThat(actual).isEqualTo(expected);
	}

}
