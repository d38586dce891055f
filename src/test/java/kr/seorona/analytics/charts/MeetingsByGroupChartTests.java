package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class MeetingsByGroupChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	@Test
	void datasetReproducesThe2022MeetingCounts() {
		DefaultCategoryDataset dataset = MeetingsByGroupChart.dataset(this.context).dataset();
		assertThat(dataset.getValue("교장", "2022").doubleValue()).isEqualTo(3);
		assertThat(dataset.getValue("교감", "2022").doubleValue()).isEqualTo(2);
		assertThat(dataset.getValue("교사", "2022").doubleValue()).isEqualTo(5);
		assertThat(dataset.getValue("교육공무직", "2022").doubleValue()).isEqualTo(2);
		assertThat(dataset.getValue("행정실장", "2022").doubleValue()).isEqualTo(1);
		assertThat(dataset.getValue("학부모", "2022").doubleValue()).isEqualTo(18);
		assertThat(dataset.getValue("합동", "2022").doubleValue()).isEqualTo(2);
	}

	@Test
	void groupsAreInCatalogueOrderWithJointLastAndYearsAscending() {
		CategoryData data = MeetingsByGroupChart.dataset(this.context);
		assertThat(data.seriesCodes()).containsExactly("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "ADMIN_DIRECTOR",
				"EDU_STAFF", "PARENT", "JOINT");
		assertThat(data.dataset().getColumnKeys()).containsExactly("2019", "2020", "2021", "2022");
		// administrative directors had no networks in 2019: no bar rather than a zero
		assertThat(data.dataset().getValue("행정실장", "2019")).isNull();
	}

	@Test
	void eachGroupIsDrawnInItsColourFromGroupsYml() {
		JFreeChart chart = new MeetingsByGroupChart().charts(this.context).get(0).chart();
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(new Color(0x0072B2));
		assertThat(plot.getRenderer().getSeriesPaint(5)).isEqualTo(new Color(0xD55E00));
		assertThat(plot.getRenderer().getSeriesPaint(6)).isEqualTo(new Color(0x555555));
	}

	@Test
	void subtitleCountsEveryMeetingDrawn() {
		CategoryData data = MeetingsByGroupChart.dataset(this.context);
		// 2019: 20, 2020: 24 + 1 joint, 2021: 29 + 1 joint, 2022: 31 + 2 joint
		assertThat(data.n()).isEqualTo(108);
	}

}
