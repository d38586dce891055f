package kr.seorona.analytics.partitioning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.ingest.RecordKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PartitionSummariesTests {

	static FileSummary file(String name, RecordKind kind, int year) {
		return new FileSummary(name, kind, year, 3, 2, 1, new TreeMap<>(Map.of("MISSING_VALUE", 1L)));
	}

	@Test
	void filesOfAllPartitionsInKindYearFileOrder() {
		List<FileSummary> y2022 = List.of(file("2022/networks.csv", RecordKind.NETWORKS, 2022),
				file("2022/survey.csv", RecordKind.SURVEY, 2022));
		List<FileSummary> y2021 = List.of(file("2021/networks.csv", RecordKind.NETWORKS, 2021),
				file("2021/attendance.csv", RecordKind.ATTENDANCE, 2021));
		assertThat(PartitionSummaries.merge(List.of(y2022, y2021))).extracting(FileSummary::file)
			.containsExactly("2021/networks.csv", "2022/networks.csv", "2021/attendance.csv", "2022/survey.csv");
	}

	@Test
	void aFileCountedByTwoPartitionsIsAnError() {
		List<FileSummary> one = List.of(file("2022/networks.csv", RecordKind.NETWORKS, 2022));
		assertThatIllegalStateException().isThrownBy(() -> PartitionSummaries.merge(List.of(one, one)))
			.withMessageContaining("2022/networks.csv was counted by two ingest partitions");
	}

}
