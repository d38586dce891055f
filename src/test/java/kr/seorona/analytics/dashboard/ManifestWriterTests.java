package kr.seorona.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ManifestWriterTests {

	@Test
	void listsEveryFileSortedWithSizeHashAndKnownRowCounts(@TempDir Path dir) throws Exception {
		write(dir.resolve("index.html"), "<html></html>");
		write(dir.resolve("datasets/participation/year=2022/part-0.parquet"), "PAR1....PAR1");
		write(dir.resolve("charts/2022/b.png"), "png");
		write(dir.resolve("charts/2019-2022/a.png"), "abc");
		write(dir.resolve(".staging/tmp.parquet"), "hidden");
		write(dir.resolve("charts/.a.png.tmp"), "hidden");
		write(dir.resolve("manifest.json"), "{old}");
		write(dir.resolve("README.md"), "the repository's placeholder");
		write(dir.resolve("charts/README.md"), "a file in a published folder is listed");
		ManifestWriter.write(dir, Map.of("datasets/participation/year=2022/part-0.parquet", 6L));
		JsonNode files = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("manifest.json"))).get("files");
		assertThat(files.valueStream().map((file) -> file.get("path").asString())).containsExactly(
				"charts/2019-2022/a.png", "charts/2022/b.png", "charts/README.md",
				"datasets/participation/year=2022/part-0.parquet", "index.html");
		// SHA-256 of "abc" (FIPS 180-2 test vector)
		assertThat(files.get(0).get("sha256").asString())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(files.get(0).get("size").asLong()).isEqualTo(3);
		assertThat(files.get(0).has("rows")).isFalse();
		assertThat(files.get(3).get("rows").asLong()).isEqualTo(6);
		assertThat(files.get(4).get("size").asLong()).isEqualTo(13);
	}

	@Test
	void sameFolderGivesTheSameManifest(@TempDir Path dir) throws Exception {
		write(dir.resolve("index.html"), "<html></html>");
		write(dir.resolve("charts/2022/b.png"), "png");
		ManifestWriter.write(dir, Map.of());
		byte[] first = Files.readAllBytes(dir.resolve("manifest.json"));
		ManifestWriter.write(dir, Map.of());
		assertThat(Files.readAllBytes(dir.resolve("manifest.json"))).isEqualTo(first);
		assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void aManifestThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("manifest.json"));
		Files.writeString(dir.resolve("manifest.json/keep"), "x");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(java.io.UncheckedIOException.class)
			.isThrownBy(() -> ManifestWriter.write(dir, java.util.Map.of()));
		assertThat(dir.resolve(".manifest.json.tmp")).doesNotExist();
	}

	@Test
	void removeDeletesTheManifestAndToleratesItsAbsence(@TempDir Path dir) throws Exception {
		ManifestWriter.write(dir, java.util.Map.of());
		ManifestWriter.remove(dir);
		assertThat(dir.resolve("manifest.json")).doesNotExist();
		ManifestWriter.remove(dir);
	}

	private static void write(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
