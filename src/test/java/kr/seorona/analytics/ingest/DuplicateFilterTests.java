package kr.seorona.analytics.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The duplicate check's one entry per meeting: known sessions by year, attendance kept per meeting. */
class DuplicateFilterTests {

	private static final InputFile SESSIONS_2021 = new InputFile(2021, RecordKind.SESSIONS, Path.of("s21.csv"),
			"2021/sessions.csv");

	private static final InputFile SESSIONS_2022 = new InputFile(2022, RecordKind.SESSIONS, Path.of("s22.csv"),
			"2022/sessions.csv");

	private static final InputFile ATTENDANCE_2022 = new InputFile(2022, RecordKind.ATTENDANCE, Path.of("a22.csv"),
			"2022/attendance.csv");

	private static ParsedRow<SessionRecord> session(InputFile file, long line, String id) {
		return new ParsedRow<>(file, line, new SessionRecord(file.year(), id, "NET-1", "TEACHER",
				LocalDate.of(file.year(), 4, 29), MeetingType.REGULAR, MeetingMode.OFFLINE, 90, 3, null), List.of());
	}

	private static ParsedRow<AttendanceRecord> attendance(long line, String session, String participant) {
		return new ParsedRow<>(ATTENDANCE_2022, line, new AttendanceRecord(2022, session, participant, "TEACHER", null),
				List.of());
	}

	@Test
	void sessionsAreKnownInTheYearTheyWereReadIn() {
		DuplicateFilter duplicates = new DuplicateFilter();
		assertThat(duplicates.check(session(SESSIONS_2021, 2, "S-1"))).isEmpty();
		assertThat(duplicates.check(session(SESSIONS_2022, 2, "S-2"))).isEmpty();
		// a reused id is rejected and stays a session of its first year
		assertThat(duplicates.check(session(SESSIONS_2022, 3, "S-1"))).isPresent();
		assertThat(duplicates.knownSession("S-1", 2021)).isTrue();
		assertThat(duplicates.knownSession("S-1", 2022)).isFalse();
		assertThat(duplicates.knownSession("S-2", 2022)).isTrue();
		assertThat(duplicates.knownSession("S-3", 2022)).isFalse();
	}

	@Test
	void repeatedAttendanceIsFoundPerMeetingUntilForgotten() {
		DuplicateFilter duplicates = new DuplicateFilter();
		duplicates.check(session(SESSIONS_2022, 2, "S-1"));
		duplicates.check(session(SESSIONS_2022, 3, "S-2"));
		assertThat(duplicates.check(attendance(2, "S-1", "p_00000000000000a1"))).isEmpty();
		assertThat(duplicates.check(attendance(3, "S-2", "p_00000000000000a1"))).isEmpty();
		assertThat(duplicates.check(attendance(4, "S-1", "named participant"))).isEmpty();
		Optional<Reject> repeated = duplicates.check(attendance(5, "S-1", "p_00000000000000a1"));
		assertThat(repeated).map(Reject::message)
			.hasValue("2022/attendance.csv line 5: participant p_00000000000000a1 at session S-1 was already read at"
					+ " 2022/attendance.csv line 2; counted once (DUPLICATE_ATTENDANCE)");
		assertThat(duplicates.check(attendance(6, "S-1", "named participant"))).isPresent();
		// a session never read (a check without the parser's known-session test) is checked too
		assertThat(duplicates.check(attendance(7, "S-9", "p_00000000000000a1"))).isEmpty();
		assertThat(duplicates.check(attendance(8, "S-9", "p_00000000000000a1"))).isPresent();

		duplicates.forgetAttendance();
		assertThat(duplicates.check(attendance(9, "S-1", "p_00000000000000a1"))).isEmpty();
		assertThat(duplicates.check(attendance(10, "S-9", "p_00000000000000a1"))).isEmpty();
		assertThat(duplicates.knownSession("S-1", 2022)).isTrue();
	}

}
