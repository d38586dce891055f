package kr.seorona.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWarmUpTests {

	@Test
	void writesADocumentOfEveryBlockKindButFiguresInBothFormats(@TempDir Path dir) throws Exception {
		List<byte[]> packages = ReportWarmUp.run();
		assertThat(packages).hasSize(2);
		Path docx = Files.write(dir.resolve("warm.docx"), packages.get(0));
		Path hwpx = Files.write(dir.resolve("warm.hwpx"), packages.get(1));
		for (ReadBack document : List.of(ReadBack.docx(docx), ReadBack.hwpx(hwpx))) {
			assertThat(document.paragraphs()).contains("준비", "1. 개요", "가. 회의", "문단", "주");
			assertThat(document.tables()).containsExactly(List.of(List.of("집단", "수"), List.of("교장", "1")));
		}
		assertThat(ReportWarmUp.run().get(0)).as("the same bytes each time").isEqualTo(packages.get(0));
	}

}
