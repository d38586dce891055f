package kr.seorona.analytics.charts;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartContextTests {

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void aSubtitleTooLongForOneLineBreaksAtSpacesNeverInsideAWord() {
		ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
				Messages.bundle(Locale.KOREAN), ChartTheme.bundled());
		String n = "연도별 실참여자 760,189-1,332,497명 (합동 회의 참여자 포함, 집단 간 중복 제외)";
		JFreeChart chart = context.finish(new JFreeChart(new CategoryPlot()), "2019-2022년", n, List.of());
		String subtitle = ((TextTitle) chart.getSubtitle(0)).getText();
		String unwrapped = context.messages().get("chart.subtitle", context.options().source(), "2019-2022년", n);

		assertThat(subtitle).contains("\n");
		// the break before n replaces its separator; every other break stands for a space
		assertThat(subtitle.replaceFirst("\n(?=n = )", " · ").replace("\n", " ")).isEqualTo(unwrapped);
		assertThat(subtitle.lines()).as("the source and years on the first line, n starting the second")
			.first().asString().endsWith("2019-2022년");
		assertThat(subtitle.lines().skip(1).findFirst()).hasValueSatisfying((line) -> assertThat(line).startsWith("n = "));
	}

}
