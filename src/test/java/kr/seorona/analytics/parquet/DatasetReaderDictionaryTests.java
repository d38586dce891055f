package kr.seorona.analytics.parquet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.NetworkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Dictionary-encoded text is decoded once per distinct value and shared by the rows. */
class DatasetReaderDictionaryTests {

	@TempDir
	Path root;

	@Test
	void rowsWithTheSameDictionaryValueShareOneString() {
		List<NetworkRecord> rows = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			rows.add(new NetworkRecord(2022, "NET-" + i, "이름 " + (i % 3), (i % 2 == 0) ? "PARENT" : "TEACHER", i));
		}
		try (DatasetWriter<NetworkRecord> writer = DatasetWriter.streaming(DatasetCatalog.NETWORKS, this.root.toUri(),
				DatasetRoundTripTests.OPTIONS)) {
			writer.writeAll(rows);
		}
		List<NetworkRecord> read;
		try (Stream<NetworkRecord> stream = DatasetReader.read(DatasetCatalog.NETWORKS, this.root.toUri())) {
			read = stream.toList();
		}
		assertThat(read).isEqualTo(rows);
		List<NetworkRecord> parents = read.stream().filter((row) -> row.groupCode().equals("PARENT")).toList();
		assertThat(parents).hasSize(150).allSatisfy((row) -> assertThat(row.groupCode()).isSameAs(parents.get(0).groupCode()));
		// network_id is stored without a dictionary (unique ids): one String per row
		assertThat(read.get(0).networkId()).isEqualTo("NET-0");
	}

}
