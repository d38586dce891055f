package kr.seorona.analytics.parquet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.MeetingMode;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.SessionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Reading only some columns: the others are null, 0 or false; partition columns are always filled. */
class DatasetReaderProjectionTests {

	@TempDir
	Path root;

	@Test
	void leftOutColumnsAreNullOrZero() {
		List<SessionRecord> rows = List.of(
				new SessionRecord(2021, "S1", "N1", "PARENT", LocalDate.of(2021, 4, 1), MeetingType.REGULAR,
						MeetingMode.ONLINE, 90, 12, "독서 토론"),
				new SessionRecord(2022, "S2", null, "JOINT", LocalDate.of(2022, 5, 2), MeetingType.JOINT,
						MeetingMode.OFFLINE, 60, 40, null));
		try (DatasetWriter<SessionRecord> writer = new DatasetWriter<>(DatasetCatalog.SESSIONS, this.root.toUri(),
				DatasetRoundTripTests.OPTIONS)) {
			writer.writeAll(rows);
		}
		List<SessionRecord> read;
		try (Stream<SessionRecord> stream = DatasetReader.read(DatasetCatalog.SESSIONS, this.root.toUri(),
				Set.of("session_id", "network_id", "meeting_date", "meeting_type", "meeting_mode", "group_code"))) {
			read = stream.toList();
		}
		assertThat(read).containsExactly(
				new SessionRecord(2021, "S1", "N1", "PARENT", LocalDate.of(2021, 4, 1), MeetingType.REGULAR,
						MeetingMode.ONLINE, 0, 0, null),
				new SessionRecord(2022, "S2", null, "JOINT", LocalDate.of(2022, 5, 2), MeetingType.JOINT,
						MeetingMode.OFFLINE, 0, 0, null));
		try (Stream<SessionRecord> stream = DatasetReader.read(DatasetCatalog.SESSIONS, this.root.toUri(), null)) {
			assertThat(stream.toList()).isEqualTo(rows);
		}
	}

	@Test
	void rejectsAColumnTheDatasetDoesNotStore() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatasetReader.read(DatasetCatalog.SESSIONS, this.root.toUri(), Set.of("session_id", "date")))
			.withMessageContaining("no stored column date");
	}

}
