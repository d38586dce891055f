package kr.seorona.analytics.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static kr.seorona.analytics.ingest.IngestFixtures.PARSERS;
import static kr.seorona.analytics.ingest.IngestFixtures.PSEUDONYMS;
import static kr.seorona.analytics.ingest.IngestFixtures.RESOURCES;
import static kr.seorona.analytics.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/** The clean contract: one small clean file of each kind, found by the scanner and read. */
class RecordParsersTests {

	private final List<InputFile> files = InputScanner.scan(RESOURCES.resolve("clean"), new TreeSet<>(Set.of(2022)));

	private InputFile of(RecordKind kind) {
		return this.files.stream().filter((f) -> f.kind() == kind).findFirst().orElseThrow();
	}

	@Test
	void scannerFindsOneFileOfEachKindSortedByKind() {
		assertThat(this.files).extracting(InputFile::name)
			.containsExactly("2022/networks.csv", "2022/sessions.csv", "2022/attendance.csv", "2022/survey.csv");
		assertThat(this.files).extracting(InputFile::year).containsOnly(2022);
	}

	@Test
	void validateHeadersAcceptsTheCleanFiles() {
		PARSERS.validateHeaders(this.files);
	}

	@Test
	void readsNetworks() {
		List<ParsedRow<NetworkRecord>> rows = readAll(PARSERS.networks(of(RecordKind.NETWORKS)));
		assertThat(rows).extracting(ParsedRow::record)
			.containsExactly(new NetworkRecord(2022, "NET-2022-PRI-01", "서로나 교장 네트워크", "PRINCIPAL", 12),
					new NetworkRecord(2022, "NET-2022-PAR-01", "학부모 네트워크 1", "PARENT", 25));
		assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 3L);
		assertThat(rows).allSatisfy((row) -> assertThat(row.rejects()).isEmpty());
	}

	@Test
	void readsSessionsWithGroupFromNetworkAndJointMeetings() {
		Map<String, String> groups = Map.of("NET-2022-PRI-01", "PRINCIPAL", "NET-2022-PAR-01", "PARENT");
		List<ParsedRow<SessionRecord>> rows = readAll(PARSERS.sessions(of(RecordKind.SESSIONS), groups));
		assertThat(rows).extracting(ParsedRow::record)
			.containsExactly(
					new SessionRecord(2022, "S-2022-001", "NET-2022-PRI-01", "PRINCIPAL", LocalDate.of(2022, 4, 29),
							MeetingType.REGULAR, MeetingMode.OFFLINE, 90, 10, "학교 자치"),
					new SessionRecord(2022, "S-2022-002", "NET-2022-PAR-01", "PARENT", LocalDate.of(2022, 5, 13),
							MeetingType.REGULAR, MeetingMode.ONLINE, 60, 18, null),
					new SessionRecord(2022, "S-2022-003", null, GroupCatalog.JOINT, LocalDate.of(2022, 11, 25),
							MeetingType.JOINT, MeetingMode.HYBRID, 120, 40, "합동 협의회, 연말 평가"));
	}

	@Test
	void readsAttendanceWithPseudonymisedParticipants() {
		List<ParsedRow<AttendanceRecord>> rows = readAll(
				PARSERS.attendance(of(RecordKind.ATTENDANCE), Set.of("S-2022-001", "S-2022-003")));
		assertThat(rows).extracting(ParsedRow::record)
			.containsExactly(
					new AttendanceRecord(2022, "S-2022-001", PSEUDONYMS.pseudonym("participant", "T0001"), "PRINCIPAL",
							PSEUDONYMS.pseudonym("school", "SCH-101")),
					new AttendanceRecord(2022, "S-2022-001", PSEUDONYMS.pseudonym("participant", "T0002"), "PRINCIPAL",
							PSEUDONYMS.pseudonym("school", "SCH-102")),
					new AttendanceRecord(2022, "S-2022-003", PSEUDONYMS.pseudonym("participant", "P0100"), "PARENT", null));
		assertThat(rows.get(0).record().participantKey()).matches("p_[0-9a-f]{16}").doesNotContain("T0001");
		assertThat(rows.get(0).record().schoolKey()).matches("p_[0-9a-f]{16}")
			.isNotEqualTo(PSEUDONYMS.pseudonym("participant", "SCH-101"));
	}

	@Test
	void readsSurveyWithMissingCodesAsNull() {
		List<ParsedRow<SurveyRecord>> rows = readAll(PARSERS.survey(of(RecordKind.SURVEY)));
		assertThat(rows).extracting(ParsedRow::record)
			.containsExactly(
					new SurveyRecord(2022, PSEUDONYMS.pseudonym("respondent", "R001"), "PRINCIPAL",
							PSEUDONYMS.pseudonym("school", "SCH-101"),
							List.of(5, 4, 4, 5, 5, 4), null, "좋았습니다"),
					new SurveyRecord(2022, PSEUDONYMS.pseudonym("respondent", "R002"), "PARENT",
							PSEUDONYMS.pseudonym("school", "SCH-102"),
							Arrays.asList(3, null, null, 4, 2, 1), null, null));
		assertThat(rows).allSatisfy((row) -> assertThat(row.rejects()).isEmpty());
	}

}
