package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

class ParticipationTrendChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	@Test
	void suppressedYearIsAGapNamedInTheNote() {
		CategoryData data = ParticipationTrendChart.dataset(this.context);
		assertThat(data.dataset().getValue("행정실장", "2020")).isNull();
		assertThat(data.dataset().getValue("행정실장", "2021").doubleValue()).isEqualTo(7);
		assertThat(data.suppressedCells()).containsExactly("행정실장 2020");
		JFreeChart chart = new ParticipationTrendChart().charts(this.context).get(0).chart();
		assertThat(ChartTexts.of(chart)).contains("비공개: 5명 미만에 근거한 수치는 표시하지 않음 (행정실장 2020)");
	}

	@Test
	void nCountsOnlyDrawnFigures() {
		long all = ChartFixtures.participation().stream().mapToLong((row) -> row.attendances()).sum();
		assertThat(ParticipationTrendChart.dataset(this.context).n()).isEqualTo(all - 4);
	}

	@Test
	void smallCellSizeIsConfigurable() {
		ChartContext strict = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN).withMinCellSize(10),
				Messages.bundle(Locale.KOREAN), ChartTheme.bundled());
		CategoryData data = ParticipationTrendChart.dataset(strict);
		assertThat(data.dataset().getValue("행정실장", "2022")).isNull();
		assertThat(data.dataset().getValue("교육공무직", "2020")).isNull();
		assertThat(data.suppressedCells()).contains("행정실장 2020", "행정실장 2021", "행정실장 2022", "교육공무직 2020");
	}

	@Test
	void growthRateIsShownOnlyForGroupsWithoutSuppressedYears() {
		CategoryData data = ParticipationTrendChart.dataset(this.context);
		assertThat(data.dataset().getRowKeys()).contains("교장 (연평균 +14.5%)", "행정실장");
	}

	@Test
	void yearsWithJointMeetingsAreMarked() {
		JFreeChart chart = new ParticipationTrendChart().charts(this.context).get(0).chart();
		Collection<?> markers = ((CategoryPlot) chart.getPlot()).getDomainMarkers(Layer.BACKGROUND);
		assertThat(markers).extracting((marker) -> ((CategoryMarker) marker).getKey() + " "
				+ ((CategoryMarker) marker).getLabel())
			.containsExactly("2020 합동 회의 1회", "2021 합동 회의 1회", "2022 합동 회의 2회");
	}

}
