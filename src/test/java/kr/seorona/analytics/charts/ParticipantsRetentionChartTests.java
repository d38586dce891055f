package kr.seorona.analytics.charts;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantsRetentionChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	@Test
	void eachGroupsRetentionPointSitsUnderItsBarAndRetentionIsDefined() {
		JFreeChart chart = new ParticipantsRetentionChart().charts(this.context).get(0).chart();
		@SuppressWarnings("unchecked")
		List<CategoryPlot> plots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
		BarRenderer bars = (BarRenderer) plots.get(0).getRenderer();
		LineAndShapeRenderer lines = (LineAndShapeRenderer) plots.get(1).getRenderer();
		// same series in the same order, offset like the bars: a point at its bar's x
		assertThat(plots.get(1).getDataset().getRowKeys()).isEqualTo(plots.get(0).getDataset().getRowKeys());
		assertThat(lines.getUseSeriesOffset()).isTrue();
		assertThat(lines.getItemMargin()).isEqualTo(bars.getItemMargin());
		assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text.replace("\n", " "))
			.isEqualTo("재참여율: 전년도 그 집단 정기 회의 참여자 중 올해도 그 집단 정기 회의에 참여한 사람의 비율(합동 회의에만 온 경우 제외)"));
	}

	@Test
	void theBarsSayTheyLeaveOutPeopleSeenOnlyAtJointMeetings() {
		// the year's total above the bars counts joint-meeting participants, the group bars do not:
		// their sum can be below the total, and the chart says why
		JFreeChart chart = new ParticipantsRetentionChart().charts(this.context).get(0).chart();
		assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text.replace('\n', ' '))
			.endsWith("(합동 회의 참여자 포함, 집단 간 중복 제외; 막대는 집단 정기 회의 참여자)"));
	}

	@Test
	void theYearTotalsStandClearOfTheTallestBarsLabel() {
		TopLabelRoom.assertClear((context) -> new ParticipantsRetentionChart().charts(context).get(0).chart(), 0);
	}

}
