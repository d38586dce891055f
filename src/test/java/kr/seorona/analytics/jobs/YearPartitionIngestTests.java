package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

import kr.seorona.analytics.ingest.AliasTable;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.HmacPseudonymizer;
import kr.seorona.analytics.ingest.InputFile;
import kr.seorona.analytics.ingest.InputScanner;
import kr.seorona.analytics.ingest.ParsedRow;
import kr.seorona.analytics.ingest.RecordParsers;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.partitioning.EarlierSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest reader over all years at once (the single-threaded step before partitioning) and
 * over one year at a time, each seeded with its {@link EarlierSessions}, accept and reject the same
 * rows with the same messages, also when session ids are reused across years.
 */
class YearPartitionIngestTests {

	@TempDir
	static Path input;

	static final RecordParsers PARSERS = new RecordParsers(Definitions.load(Path.of("jobs")),
			AliasTable.load(Path.of("jobs/aliases.yml")),
			new HmacPseudonymizer("partition-test-key-0123456789".getBytes(StandardCharsets.UTF_8)), null);

	static final String NETWORKS = "network_id,network_name,group,member_count\n";

	static final String SESSIONS = "session_id,network_id,date,type,mode,duration_minutes,headcount,topic\n";

	static final String ATTENDANCE = "session_id,participant_id,group,school_id\n";

	@BeforeAll
	static void inputWithSessionIdsReusedAcrossYears() throws IOException {
		write(2020, "networks.csv", NETWORKS + "NET-A,a,PRINCIPAL,10\n");
		write(2020, "sessions.csv", SESSIONS + "S-1,NET-A,2020-04-01,regular,offline,90,10,x\n"
				+ "S-2,NET-A,2020-05-01,regular,offline,90,10,x\n" + "S-9,NET-A,2020-02-30,regular,offline,90,10,bad date\n"
				+ "S-J,,2020-06-01,joint,offline,60,30,joint\n");
		write(2020, "attendance.csv", ATTENDANCE + "S-1,P1,PRINCIPAL,S100\nS-1,P2,PRINCIPAL,S100\nS-1,P1,PRINCIPAL,S100\n");
		write(2021, "networks.csv", NETWORKS + "NET-A,a,PARENT,10\nNET-B,b,TEACHER,5\nNET-B,b again,TEACHER,5\n");
		write(2021, "sessions.csv", SESSIONS + "S-1,NET-B,2021-04-01,regular,offline,90,10,reused\n"
				+ "S-3,NET-B,2021-04-02,regular,online,90,10,x\n" + "S-9,NET-A,2021-04-03,regular,offline,90,10,first valid\n"
				+ "S-J,,2021-06-01,joint,offline,60,30,joint again\n");
		write(2021, "attendance.csv", ATTENDANCE + "S-1,P1,TEACHER,S100\nS-3,P1,TEACHER,S100\nS-3,P1,TEACHER,S100\n"
				+ "S-9,P3,PARENT,S101\n");
		write(2022, "networks.csv", NETWORKS + "NET-A,a,PRINCIPAL,10\n");
		write(2022, "sessions.csv", SESSIONS + "S-1,NET-A,2022-04-01,regular,offline,90,10,again\n"
				+ "S-3,NET-A,2022-04-02,regular,offline,90,10,from 2021\n" + "S-4,NET-A,2022-04-03,regular,offline,90,10,new\n"
				+ "S-4,NET-A,2022-04-03,regular,offline,90,10,new\n" + "S-2,NET-A,2022-05-01,regular,offline,90,10,x\n");
		write(2022, "attendance.csv", ATTENDANCE + "S-3,P1,PRINCIPAL,S100\nS-4,P1,PRINCIPAL,S100\nS-4,P2,PRINCIPAL,S100\n");
	}

	private static void write(int year, String name, String text) throws IOException {
		Files.createDirectories(input.resolve(String.valueOf(year)));
		Files.writeString(input.resolve(year + "/" + name), text);
	}

	@Test
	void yearPartitionsRejectAndAcceptExactlyWhatOneReaderOverAllYearsDoes() {
		List<InputFile> files = InputScanner.scan(input, new TreeSet<>(List.of(2020, 2021, 2022)));
		List<String> single = read(new IngestItemReader(PARSERS, files, EarlierSessions.NONE));

		SortedMap<Integer, EarlierSessions> earlier = EarlierSessions.find(PARSERS, files);
		List<String> partitioned = new ArrayList<>();
		for (int year : List.of(2022, 2020, 2021)) {
			List<InputFile> yearFiles = files.stream().filter((file) -> file.year() == year).toList();
			EarlierSessions seeds = EarlierSessions.fromJson(earlier.getOrDefault(year, EarlierSessions.NONE).toJson());
			partitioned.addAll(read(new IngestItemReader(PARSERS, yearFiles, seeds)));
		}

		assertThat(partitioned).containsExactlyInAnyOrderElementsOf(single);
		assertThat(single).contains(
				"2021/sessions.csv line 2 DUPLICATE_SESSION: 2021/sessions.csv line 2, value 'S-1': session id S-1 was"
						+ " already used at 2020/sessions.csv line 2 for another meeting (2020-04-01, NET-A); session ids"
						+ " must be unique across years (DUPLICATE_SESSION)",
				"2022/sessions.csv line 3 DUPLICATE_SESSION: 2022/sessions.csv line 3, value 'S-3': session id S-3 was"
						+ " already used at 2021/sessions.csv line 3 for another meeting (2021-04-02, NET-B); session ids"
						+ " must be unique across years (DUPLICATE_SESSION)",
				"2021/sessions.csv line 4 accepted");
		assertThat(single).anyMatch((row) -> row.startsWith("2021/attendance.csv line 2 UNKNOWN_SESSION"))
			.anyMatch((row) -> row.startsWith("2022/attendance.csv line 2 UNKNOWN_SESSION"))
			.anyMatch((row) -> row.startsWith("2021/attendance.csv line 4 DUPLICATE_ATTENDANCE"))
			.contains("2021/attendance.csv line 5 accepted");
	}

	@Test
	void onlyYearsThatReuseAnEarlierIdGetEarlierSessions() {
		List<InputFile> files = InputScanner.scan(input, new TreeSet<>(List.of(2020, 2021, 2022)));
		Map<Integer, EarlierSessions> earlier = EarlierSessions.find(PARSERS, files);
		assertThat(earlier.get(2020).sessions()).isEmpty();
		assertThat(earlier.get(2021).sessions()).extracting(EarlierSessions.Session::sessionId)
			.containsExactlyInAnyOrder("S-1", "S-J");
		assertThat(earlier.get(2022).sessions()).extracting((s) -> s.sessionId() + "@" + s.file() + ":" + s.line())
			.containsExactlyInAnyOrder("S-1@2020/sessions.csv:2", "S-2@2020/sessions.csv:3", "S-3@2021/sessions.csv:3");
	}

	/** Every row as {@code <file> line <n> accepted} or {@code <file> line <n> <reason>: <message>}. */
	private static List<String> read(IngestItemReader reader) {
		List<String> rows = new ArrayList<>();
		reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
		try {
			for (RowBatch batch; (batch = reader.read()) != null;) {
				for (ParsedRow<?> row : batch.rows()) {
					String where = row.source().name() + " line " + row.line();
					if (row.accepted()) {
						rows.add(where + " accepted");
					}
					for (Reject reject : row.rejects()) {
						rows.add(where + " " + reject.reason() + ": " + reject.message());
					}
				}
			}
		}
		finally {
			reader.close();
		}
		return rows;
	}

}
