package kr.seorona.analytics.partitioning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import kr.seorona.analytics.ingest.MeetingType;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class YearPartitionerTests {

	static final EarlierSessions REUSED = new EarlierSessions(List.of(new EarlierSessions.Session("S-1",
			"2021/sessions.csv", 2, LocalDate.of(2021, 4, 1), null, MeetingType.JOINT, 2021)));

	@Test
	void onePartitionPerYearWithItsEarlierSessionsWhateverTheGridSize() {
		YearPartitioner partitioner = new YearPartitioner(new TreeSet<>(List.of(2021, 2019, 2022)),
				() -> new TreeMap<>(Map.of(2022, REUSED)));
		for (int gridSize : new int[] { 1, 2, 10 }) {
			Map<String, ExecutionContext> partitions = partitioner.partition(gridSize);
			assertThat(partitions).containsOnlyKeys("2019", "2021", "2022");
			assertThat(partitions.get("2021").getInt(YearPartitioner.YEAR)).isEqualTo(2021);
			assertThat(EarlierSessions.fromJson(partitions.get("2019").getString(YearPartitioner.EARLIER_SESSIONS)))
				.isEqualTo(EarlierSessions.NONE);
			assertThat(EarlierSessions.fromJson(partitions.get("2022").getString(YearPartitioner.EARLIER_SESSIONS)))
				.isEqualTo(REUSED);
		}
	}

}
