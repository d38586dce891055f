package kr.seorona.analytics.partitioning;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import kr.seorona.analytics.ingest.InputFile;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.RecordKind;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IngestPartitionerTests {

	static final EarlierSessions REUSED = new EarlierSessions(List.of(new EarlierSessions.Session("S-1",
			"2021/sessions.csv", 2, LocalDate.of(2021, 4, 1), null, MeetingType.JOINT, 2021)));

	static InputFile file(int year, RecordKind kind, String name) {
		return new InputFile(year, kind, Path.of("data", String.valueOf(year), name), year + "/" + name);
	}

	static List<InputFile> fullYear(int year) {
		List<InputFile> files = new ArrayList<>();
		for (RecordKind kind : RecordKind.values()) {
			files.add(file(year, kind, kind.fileStem() + ".csv"));
		}
		return files;
	}

	@Test
	void twoPartitionsPerYearWithTheirContextsWhateverTheGridSize() {
		List<InputFile> files = new ArrayList<>(fullYear(2019));
		files.addAll(fullYear(2021));
		files.addAll(fullYear(2022));
		IngestPartitioner partitioner = new IngestPartitioner(new TreeSet<>(List.of(2021, 2019, 2022)), () -> files,
				(inputs) -> new TreeMap<>(Map.of(2022, REUSED)));
		for (int gridSize : new int[] { 1, 2, 10 }) {
			Map<String, ExecutionContext> partitions = partitioner.partition(gridSize);
			assertThat(partitions).containsOnlyKeys("2019-sessions", "2019-attendance", "2021-sessions", "2021-attendance",
					"2022-sessions", "2022-attendance");
			IngestPartition attendance = IngestPartition
				.fromJson(partitions.get("2021-attendance").getString(IngestPartitioner.PARTITION));
			// the survey rides with the year's last attendance file
			assertThat(attendance).isEqualTo(new IngestPartition(2021, RecordKind.ATTENDANCE, "attendance",
					List.of("2021/attendance.csv", "2021/survey.csv"), Map.of("attendance", "part-00000.parquet",
							"survey_responses", "part-00000.parquet", "survey_answers", "part-00000.parquet")));
			assertThat(attendance.stepExecutionName()).isEqualTo("ingestPartition:2021-attendance");
			assertThat(EarlierSessions.fromJson(partitions.get("2019-attendance").getString(IngestPartitioner.EARLIER_SESSIONS)))
				.isEqualTo(EarlierSessions.NONE);
			for (String name : List.of("2022-sessions", "2022-attendance")) {
				assertThat(EarlierSessions.fromJson(partitions.get(name).getString(IngestPartitioner.EARLIER_SESSIONS)))
					.isEqualTo(REUSED);
			}
		}
	}

	@Test
	void aYearWithTwoAttendanceFilesHasAPartitionForEachAndNoTwoPartitionsWriteOneFile() {
		List<InputFile> files = new ArrayList<>(fullYear(2022));
		files.add(3, file(2022, RecordKind.ATTENDANCE, "Attendance-2.csv"));
		List<IngestPartition> partitions = IngestPartition.of(2022, files);
		// named after their files; in reading (name) order, attendance-2.csv comes before attendance.csv
		assertThat(partitions).extracting(IngestPartition::name)
			.containsExactly("2022-sessions", "2022-attendance-2", "2022-attendance");
		assertThat(partitions).extracting(IngestPartition::files)
			.containsExactly(List.of("2022/networks.csv", "2022/sessions.csv"), List.of("2022/Attendance-2.csv"),
					List.of("2022/attendance.csv", "2022/survey.csv"));
		assertThat(partitions.get(0).parts()).containsOnlyKeys("networks", "sessions");
		assertThat(partitions.get(1).parts()).isEqualTo(Map.of("attendance", "part-00000.parquet"));
		assertThat(partitions.get(2).parts()).isEqualTo(Map.of("attendance", "part-00001.parquet", "survey_responses",
				"part-00000.parquet", "survey_answers", "part-00000.parquet"));
		List<String> written = new ArrayList<>();
		partitions.forEach((partition) -> partition.parts().forEach((dataset, part) -> written.add(dataset + "/" + part)));
		assertThat(written).doesNotHaveDuplicates()
			.contains("networks/part-00000.parquet", "sessions/part-00000.parquet", "attendance/part-00000.parquet",
					"survey_responses/part-00000.parquet", "survey_answers/part-00000.parquet");
		assertThat(partitions.get(1).stages(files.get(3))).isTrue();
		assertThat(partitions.get(1).stages(files.get(2))).isFalse();
	}

	@Test
	void theSessionsPartitionOfAYearWithoutSomeKindsStagesTheirEmptyFiles() {
		List<IngestPartition> partitions = IngestPartition.of(2020, List.of(file(2020, RecordKind.SURVEY, "survey.xlsx")));
		assertThat(partitions).extracting(IngestPartition::name).containsExactly("2020-sessions", "2020-survey");
		assertThat(partitions.get(0).files()).isEmpty();
		assertThat(partitions.get(0).parts()).containsOnlyKeys("networks", "sessions", "attendance");
		assertThat(partitions.get(1).parts()).containsOnlyKeys("survey_responses", "survey_answers");
	}

	@Test
	void aPartitionRoundTripsThroughJsonAndRejectsOtherText() {
		IngestPartition partition = IngestPartition.of(2022, fullYear(2022)).get(1);
		assertThat(IngestPartition.fromJson(partition.toJson())).isEqualTo(partition);
		assertThatIllegalArgumentException().isThrownBy(() -> IngestPartition.fromJson("2022"))
			.withMessageContaining("not an ingest partition");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IngestPartition(2022, RecordKind.NETWORKS, "networks", List.of(), Map.of()))
			.withMessageContaining("SESSIONS partition");
	}

}
