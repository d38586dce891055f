package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import kr.seorona.analytics.stats.SurveyItemStatistics;

class SurveyMeansChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	private static JFreeChart chart(ChartContext context, int year) {
		return new SurveyMeansChart().charts(context).stream()
			.filter((file) -> file.folder().equals(Integer.toString(year)))
			.findFirst()
			.orElseThrow()
			.chart();
	}

	private static List<String> legend(JFreeChart chart) {
		LegendItemCollection items = chart.getPlot().getLegendItems();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < items.getItemCount(); i++) {
			labels.add(items.get(i).getLabel());
		}
		return labels;
	}

	@Test
	void theLegendGivesEachGroupsRespondentsAndMarksTheSuppressedOne() {
		// fixture 2022: n per item plus 2 missing answers per item = respondents
		assertThat(legend(chart(this.context, 2022))).containsExactly("교장 (n = 22)", "교감 (n = 17)", "교사 (n = 51)",
				"교육공무직 (n = 13)", "학부모 (n = 130)", "전체 (n = 228)", "행정실장 (비공개)");
	}

	@Test
	void theSubtitleCountsRespondentsNotTheLargestItemN() {
		// the cause of "73 respondents" for 2019's 74: n was the largest item's answers, and every item
		// had a missing answer; the year's respondents (YearSummary) count every survey row
		assertThat(ChartTexts.of(chart(this.context, 2022))).anySatisfy((text) -> assertThat(text).endsWith("n = 응답자 228명"));
		assertThat(SurveyMeansChart.dataset(this.context, 2022).n()).isEqualTo(228);
	}

	@Test
	void anIntervalCutAtTheEndOfTheScaleIsMarkedAndExplained() {
		// a small group whose interval runs past 5
		List<SurveyItemStatistics> items = new ArrayList<>(ChartFixtures.surveyItems());
		items.replaceAll((row) -> (row.year() == 2022 && row.groupCode().equals("EDU_STAFF") && row.itemCode().equals("q1"))
				? new SurveyItemStatistics(2022, "EDU_STAFF", "q1", row.scaleCode(), 11, 0, 4.6, 0.9, 0.27, 4.0, 5.2, 5.0,
						4.0, 5.0, 0.0, 0.0, 0.1, 0.2, 0.7, 0.9, 0.6, 0.97, null, null, false)
				: row);
		ChartInputs fixture = ChartFixtures.inputs();
		ChartContext clipped = new ChartContext(new ChartInputs(fixture.groups(), fixture.survey(), fixture.participation(),
				fixture.jointMeetings(), items, fixture.years()), this.context.options(),
				this.context.messages(), this.context.theme());
		SurveyMeansChart.Data data = SurveyMeansChart.dataset(clipped, 2022);
		assertThat(SurveyMeansChart.anyClipped(data)).isTrue();
		JFreeChart chart = chart(clipped, 2022);
		assertThat(((CategoryPlot) chart.getPlot()).getRenderer()).isInstanceOf(ClippedIntervalRenderer.class);
		assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text).contains("▶ ◀: 95% 신뢰구간이 척도 끝"));
		assertThat(ChartTexts.of(chart(this.context, 2022))).noneMatch((text) -> text.contains("▶ ◀"));
		assertThat(ClippedIntervalRenderer.clipped(4.6, 0.6, 1, 5)).isTrue();
		assertThat(ClippedIntervalRenderer.clipped(1.3, 0.4, 1, 5)).isTrue();
		assertThat(ClippedIntervalRenderer.clipped(3.0, 0.4, 1, 5)).isFalse();
	}

}
