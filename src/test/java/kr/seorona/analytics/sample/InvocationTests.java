package kr.seorona.analytics.sample;

import java.nio.file.Path;

import kr.seorona.analytics.sample.SampleDataGenerator.Options;
import kr.seorona.analytics.sample.SampleDataGenerator.Style;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvocationTests {

	@Test
	void noArgumentsRegenerateTheBundledData() {
		Invocation invocation = Invocation.parse(new String[0]);
		assertThat(invocation.options()).isEqualTo(Options.bundled());
		assertThat(invocation.outputDir()).isEqualTo(Path.of("data"));
	}

	@Test
	void aScaleRunGoesToTargetScaleWithSomeBadRows() {
		Invocation invocation = Invocation.parse(new String[] { "--rows", "1_000_000" });
		assertThat(invocation.options())
			.isEqualTo(new Options(SampleDataGenerator.DEFAULT_SEED, Style.CANONICAL, 1_000_000, 0.001));
		assertThat(invocation.outputDir()).isEqualTo(Path.of("target/scale/1000000"));
	}

	@Test
	void everyOptionIsRead() {
		Invocation invocation = Invocation.parse(new String[] { "--style", "korean-excel", "--seed", "5", "--rows",
				"20000", "--bad-share", "0.01", "--out", "bench/x" });
		assertThat(invocation.options()).isEqualTo(new Options(5, Style.KOREAN_EXCEL, 20000, 0.01));
		assertThat(invocation.outputDir()).isEqualTo(Path.of("bench/x"));
		assertThat(Invocation.parse(new String[] { "--style", "korean-excel" }).outputDir())
			.isEqualTo(Path.of("target/sample/korean-excel"));
		assertThat(Invocation.parse(new String[] { "--style", "korean-excel", "--rows", "10" }).outputDir())
			.isEqualTo(Path.of("target/scale/10-korean-excel"));
	}

	@Test
	void badArgumentsAreNamed() {
		assertThatThrownBy(() -> Invocation.parse(new String[] { "--rows" })).hasMessageContaining("--rows");
		assertThatThrownBy(() -> Invocation.parse(new String[] { "--rows", "many" })).hasMessageContaining("many");
		assertThatThrownBy(() -> Invocation.parse(new String[] { "--style", "excel" })).hasMessageContaining("excel");
		assertThatThrownBy(() -> Invocation.parse(new String[] { "--colour", "red" })).hasMessageContaining("--colour");
	}

}
