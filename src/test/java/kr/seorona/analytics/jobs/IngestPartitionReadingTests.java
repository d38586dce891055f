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
import kr.seorona.analytics.ingest.RecordKind;
import kr.seorona.analytics.ingest.RecordParsers;
import kr.seorona.analytics.ingest.Reject;
import kr.seorona.analytics.partitioning.EarlierSessions;
import kr.seorona.analytics.partitioning.IngestPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest reader over all files at once (the single-threaded step before partitioning) and over
 * each {@link IngestPartition} (year and file group), each seeded with its year's
 * {@link EarlierSessions} and with parsers of its own (as on a worker), accept and reject the same
 * rows with the same records and messages: session ids reused across years, attendance checked
 * against the sessions file and against an earlier attendance file of the year, survey comments
 * cleared of participant ids read anywhere in the year's attendance files.
 */
class IngestPartitionReadingTests {

	@TempDir
	static Path input;

	@TempDir
	static Path twoAttendanceFiles;

	static RecordParsers parsers() {
		return new RecordParsers(Definitions.load(Path.of("jobs")), AliasTable.load(Path.of("jobs/aliases.yml")),
				new HmacPseudonymizer("partition-test-key-0123456789".getBytes(StandardCharsets.UTF_8)), null);
	}

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

	/**
	 * Year 2023: two attendance files; a participant id of a new form after the first 2,000
	 * attendance rows, which only a full reading of the attendance clears from the survey comment.
	 */
	@BeforeAll
	static void aYearWithTwoAttendanceFiles() throws IOException {
		write(twoAttendanceFiles, 2023, "networks.csv", NETWORKS + "NET-A,a,PRINCIPAL,10\n");
		write(twoAttendanceFiles, 2023, "sessions.csv", SESSIONS + "S-1,NET-A,2023-04-01,regular,offline,90,10,x\n"
				+ "S-2,NET-A,2023-05-01,regular,offline,90,10,for Q12-345\n" + "S-3,NET-B,2023-05-02,regular,offline,90,10,x\n");
		StringBuilder attendance = new StringBuilder(ATTENDANCE + "S-1,P000001,PRINCIPAL,S100\n");
		for (int i = 2; i <= 2100; i++) {
			attendance.append("S-2,P").append(String.format("%06d", i)).append(",PRINCIPAL,S100\n");
		}
		attendance.append("S-2,Q12-345,PRINCIPAL,S100\n");
		// in name order, attendance-2.csv is read before attendance.csv
		write(twoAttendanceFiles, 2023, "attendance-2.csv", attendance.toString());
		write(twoAttendanceFiles, 2023, "attendance.csv", ATTENDANCE + "S-1,P000001,PRINCIPAL,S101\n"
				+ "S-2,P999999,PRINCIPAL,S100\n" + "S-3,P000002,PRINCIPAL,S100\n" + "S-2,P999999,PRINCIPAL,S100\n");
		write(twoAttendanceFiles, 2023, "survey.csv", "respondent_id,group,school_id,q1,q2,q3,q4,q5,q6,comment\n"
				+ "R1,PRINCIPAL,S100,3,4,3,3,5,,ask Q77-001 or P000003\n" + "R2,PRINCIPAL,S100,3,4,3,3,9,,fine\n");
	}

	private static void write(int year, String name, String text) throws IOException {
		write(input, year, name, text);
	}

	private static void write(Path root, int year, String name, String text) throws IOException {
		Files.createDirectories(root.resolve(String.valueOf(year)));
		Files.writeString(root.resolve(year + "/" + name), text);
	}

	@Test
	void partitionsRejectAndAcceptExactlyWhatOneReaderOverAllYearsDoes() {
		List<InputFile> files = InputScanner.scan(input, new TreeSet<>(List.of(2020, 2021, 2022)));
		List<String> single = readAll(files);
		List<String> partitioned = readPartitioned(files, List.of(2022, 2020, 2021));

		assertThat(partitioned).containsExactlyInAnyOrderElementsOf(single);
		assertThat(single).contains(
				"2021/sessions.csv line 2 DUPLICATE_SESSION: 2021/sessions.csv line 2, value 'S-1': session id S-1 was"
						+ " already used at 2020/sessions.csv line 2 for another meeting (2020-04-01, NET-A); session ids"
						+ " must be unique across years (DUPLICATE_SESSION)",
				"2022/sessions.csv line 3 DUPLICATE_SESSION: 2022/sessions.csv line 3, value 'S-3': session id S-3 was"
						+ " already used at 2021/sessions.csv line 3 for another meeting (2021-04-02, NET-B); session ids"
						+ " must be unique across years (DUPLICATE_SESSION)");
		assertThat(single).anyMatch((row) -> row.startsWith("2021/sessions.csv line 4 accepted"))
			.anyMatch((row) -> row.startsWith("2021/attendance.csv line 2 UNKNOWN_SESSION"))
			.anyMatch((row) -> row.startsWith("2022/attendance.csv line 2 UNKNOWN_SESSION"))
			.anyMatch((row) -> row.startsWith("2021/attendance.csv line 4 DUPLICATE_ATTENDANCE"))
			.anyMatch((row) -> row.startsWith("2021/attendance.csv line 5 accepted"));
	}

	@Test
	void twoAttendanceFilesOfAYearAreCheckedAgainstEachOtherAndTheSessionsLikeOneReaderDoes() {
		// the scanner reads one file of a kind per year: the second attendance file is given here
		List<InputFile> files = new ArrayList<>(InputScanner.scan(twoAttendanceFiles, new TreeSet<>(List.of(2023))));
		Path other = twoAttendanceFiles.resolve("2023/attendance-2.csv");
		files.add(3, new InputFile(2023, RecordKind.ATTENDANCE, other, "2023/attendance-2.csv"));
		assertThat(IngestPartition.of(2023, files)).extracting(IngestPartition::name)
			.containsExactly("2023-sessions", "2023-attendance-2", "2023-attendance");

		List<String> single = readAll(files);
		List<String> partitioned = readPartitioned(files, List.of(2023));

		assertThat(partitioned).containsExactlyInAnyOrderElementsOf(single);
		assertThat(single).anyMatch((row) -> row.startsWith("2023/attendance.csv line 2 DUPLICATE_ATTENDANCE")
				&& row.contains("already read at 2023/attendance-2.csv line 2"))
			.anyMatch((row) -> row.startsWith("2023/attendance.csv line 3 accepted"))
			.anyMatch((row) -> row.startsWith("2023/attendance.csv line 4 UNKNOWN_SESSION"))
			.anyMatch((row) -> row.startsWith("2023/attendance.csv line 5 DUPLICATE_ATTENDANCE")
					&& row.contains("already read at 2023/attendance.csv line 3"))
			.anyMatch((row) -> row.startsWith("2023/sessions.csv line 3 accepted") && row.contains("for Q12-345"))
			.anyMatch((row) -> row.startsWith("2023/survey.csv line 2 accepted") && row.contains("ask [삭제] or [삭제]"));
	}

	@Test
	void onlyYearsThatReuseAnEarlierIdGetEarlierSessions() {
		List<InputFile> files = InputScanner.scan(input, new TreeSet<>(List.of(2020, 2021, 2022)));
		Map<Integer, EarlierSessions> earlier = EarlierSessions.find(parsers(), files);
		assertThat(earlier.get(2020).sessions()).isEmpty();
		assertThat(earlier.get(2021).sessions()).extracting(EarlierSessions.Session::sessionId)
			.containsExactlyInAnyOrder("S-1", "S-J");
		assertThat(earlier.get(2022).sessions()).extracting((s) -> s.sessionId() + "@" + s.file() + ":" + s.line())
			.containsExactlyInAnyOrder("S-1@2020/sessions.csv:2", "S-2@2020/sessions.csv:3", "S-3@2021/sessions.csv:3");
	}

	/** One reader over every file, as the single-threaded ingest read them. */
	private static List<String> readAll(List<InputFile> files) {
		IngestPartition everything = new IngestPartition(files.get(0).year(), RecordKind.SESSIONS, "all",
				files.stream().map(InputFile::name).toList(), Map.of());
		return read(new IngestItemReader(parsers(), files, everything, EarlierSessions.NONE));
	}

	/** Every partition of the years, each by a reader of its own over its year's files. */
	private static List<String> readPartitioned(List<InputFile> files, List<Integer> years) {
		SortedMap<Integer, EarlierSessions> earlier = EarlierSessions.find(parsers(), files);
		List<String> rows = new ArrayList<>();
		for (int year : years) {
			List<InputFile> yearFiles = files.stream().filter((file) -> file.year() == year).toList();
			EarlierSessions seeds = EarlierSessions.fromJson(earlier.getOrDefault(year, EarlierSessions.NONE).toJson());
			for (IngestPartition partition : IngestPartition.of(year, files)) {
				rows.addAll(read(new IngestItemReader(parsers(), yearFiles, IngestPartition.fromJson(partition.toJson()),
						seeds)));
			}
		}
		return rows;
	}

	/**
	 * Every row as {@code <file> line <n> accepted <record>} or
	 * {@code <file> line <n> <reason>: <message>}.
	 */
	private static List<String> read(IngestItemReader reader) {
		List<String> rows = new ArrayList<>();
		reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
		try {
			for (RowBatch batch; (batch = reader.read()) != null;) {
				for (ParsedRow<?> row : batch.rows()) {
					String where = row.source().name() + " line " + row.line();
					if (row.accepted()) {
						rows.add(where + " accepted " + row.record());
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
