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
		String years = context.yearsText(2019, 2022);
		JFreeChart chart = context.finish(new JFreeChart(new CategoryPlot()), years, n, List.of());
		String subtitle = ((TextTitle) chart.getSubtitle(0)).getText();
		String unwrapped = context.messages().get("chart.subtitle", context.options().source(), years, n);

		assertThat(subtitle).contains("\n");
		// the break before n replaces its separator; every other break stands for a space
		assertThat(subtitle.replaceFirst("\n(?=n = )", " · ").replace("\n", " ")).isEqualTo(unwrapped);
		assertThat(subtitle.lines()).as("the source and years on the first line, n starting the second")
			.first().asString().endsWith("2019–2022학년도");
		assertThat(subtitle.lines().skip(1).findFirst()).hasValueSatisfying((line) -> assertThat(line).startsWith("n = "));
	}

	@Test
	void yearsAreSchoolYearsInBothLanguages() {
		ChartContext korean = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
				Messages.bundle(Locale.KOREAN), ChartTheme.bundled());
		ChartContext english = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.ENGLISH),
				Messages.bundle(Locale.ENGLISH), ChartTheme.bundled());
		assertThat(korean.yearsText(2022, 2022)).isEqualTo("2022학년도");
		assertThat(korean.yearsText(2019, 2022)).isEqualTo("2019–2022학년도");
		assertThat(korean.messages().get("chart.yoy.title", 2021, 2022)).isEqualTo("2021학년도 대비 2022학년도 변화");
		assertThat(english.yearsText(2022, 2022)).isEqualTo("school year 2022");
		assertThat(english.yearsText(2019, 2022)).isEqualTo("school years 2019–2022");
		assertThat(english.messages().get("chart.yoy.title", 2021, 2022)).isEqualTo("Change from school year 2021 to 2022");
		// no chart text writes a (school) year as a calendar year: 2022년, {0}년
		Messages messages = korean.messages();
		assertThat(messages.keys()).filteredOn((key) -> key.startsWith("chart."))
			.allSatisfy((key) -> assertThat(messages.get(key)).as(key).doesNotContainPattern("[0-9}]년"));
	}

	@Test
	void longerSchoolYearSubtitlesStillBreakBeforeTheirN() {
		// English "school years 2019–2022" makes the subtitle too long for one line: n goes to the second
		ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.ENGLISH),
				Messages.bundle(Locale.ENGLISH), ChartTheme.bundled());
		JFreeChart chart = context.finish(new JFreeChart(new CategoryPlot()), context.yearsText(2019, 2022),
				"1,468 attendances", List.of());
		assertThat(((TextTitle) chart.getSubtitle(0)).getText().lines().toList()).hasSize(2)
			.satisfies((lines) -> assertThat(lines.get(0)).endsWith("· school years 2019–2022"))
			.satisfies((lines) -> assertThat(lines.get(1)).isEqualTo("n = 1,468 attendances"));
	}

}
