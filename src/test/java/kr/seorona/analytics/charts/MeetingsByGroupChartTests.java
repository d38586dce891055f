package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.YearSummary;

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
		assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(color("PRINCIPAL"));
		assertThat(plot.getRenderer().getSeriesPaint(5)).isEqualTo(color("PARENT"));
		assertThat(plot.getRenderer().getSeriesPaint(6)).isEqualTo(color("JOINT"));
	}

	private static Color color(String code) {
		return Color.decode(ChartFixtures.DEFINITIONS.groups().get(code).color());
	}

	@Test
	void eachYearIsToppedByItsTotalOfRegularAndJointMeetings() {
		JFreeChart chart = new MeetingsByGroupChart().charts(this.context).get(0).chart();
		Collection<?> markers = ((CategoryPlot) chart.getPlot()).getDomainMarkers(Layer.FOREGROUND);
		assertThat(markers).extracting((marker) -> ((CategoryMarker) marker).getKey() + ": "
				+ ((CategoryMarker) marker).getLabel())
			.containsExactly("2019: 계 20회 (정기 20 + 합동 0)", "2020: 계 25회 (정기 24 + 합동 1)",
					"2021: 계 30회 (정기 29 + 합동 1)", "2022: 계 33회 (정기 31 + 합동 2)");
	}

	@Test
	void yearTotalsComeFromTheYearSummaryWhenItIsComputed() {
		List<YearSummary> years = ChartFixtures.years().stream()
			.map((year) -> (year.year() == 2022) ? new YearSummary(2022, year.groups(), year.networks(), 32, 2, 34,
					year.attendances(), 0, year.distinctParticipants(), null, false) : year)
			.toList();
		ChartInputs fixture = ChartFixtures.inputs();
		ChartInputs inputs = new ChartInputs(fixture.groups(), fixture.survey(), fixture.participation(),
				fixture.jointMeetings(), fixture.surveyItems(), years);
		ChartContext other = new ChartContext(inputs, this.context.options(), this.context.messages(),
				this.context.theme());
		assertThat(MeetingsByGroupChart.totals(other, MeetingsByGroupChart.dataset(other)))
			.contains(new MeetingsByGroupChart.YearTotal("2022", 32, 2));
	}

	@Test
	void subtitleCountsEveryMeetingDrawn() {
		CategoryData data = MeetingsByGroupChart.dataset(this.context);
		// 2019: 20, 2020: 24 + 1 joint, 2021: 29 + 1 joint, 2022: 31 + 2 joint = 108, less the one
		// meeting of the suppressed 2021 administrative directors, which the published statistics
		// withhold and the chart draws as a 비공개 mark
		assertThat(data.n()).isEqualTo(107);
	}

	@Test
	void atSmallCountsLabelsReadAcrossAndEachYearTotalIsOneLine() {
		JFreeChart chart = new MeetingsByGroupChart().charts(this.context).get(0).chart();
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		assertThat(plot.getRenderer().getDefaultPositiveItemLabelPosition().getAngle()).isZero();
		assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(4);
	}

	@Test
	void aNationalRollOutsCountsAreTurnedAndItsYearTotalsSplitSoThatNoLabelOverprintsAnother() {
		// every count 5,000 times Ulsan's: five- and six-digit labels
		List<ParticipationStatistics> large = ChartFixtures.participation()
			.stream()
			.map((row) -> new ParticipationStatistics(row.year(), row.groupCode(), row.networks(),
					row.meetings() * 5_000, row.attendances(), row.distinctParticipants(), row.meanAttendance(),
					row.medianAttendance(), row.participationRate(), row.newParticipants(), row.retention(),
					row.onlineShare(), row.meetingsChange(), row.attendancesChange(), row.attendancesRelativeChange(),
					row.suppressed()))
			.toList();
		ChartInputs fixture = ChartFixtures.inputs();
		ChartContext national = new ChartContext(new ChartInputs(fixture.groups(), fixture.survey(), large,
				fixture.jointMeetings(), fixture.surveyItems()), this.context.options(),
				this.context.messages(), this.context.theme());
		JFreeChart chart = new MeetingsByGroupChart().charts(national).get(0).chart();
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		assertThat(plot.getRenderer().getDefaultPositiveItemLabelPosition().getAngle()).isEqualTo(-Math.PI / 2);
		assertThat(plot.getRangeAxis().getUpperMargin()).as("room above the tallest bar for its turned label")
			.isGreaterThan(0.22);
		List<String> labels = plot.getDomainMarkers(Layer.FOREGROUND)
			.stream()
			.map((marker) -> ((CategoryMarker) marker).getKey() + ": " + ((CategoryMarker) marker).getLabel())
			.toList();
		assertThat(labels).contains("2022: 계 155,002회", "2022: 정기 155,000 + 합동 2");
		double pitch = PlotSpace.categoryPitch(national, 4, 0.2);
		assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).allSatisfy((marker) -> assertThat(
				PlotSpace.width(((CategoryMarker) marker).getLabel(), ((CategoryMarker) marker).getLabelFont()))
			.isLessThanOrEqualTo(pitch));
	}

	@Test
	void theYearTotalsStandClearOfTheTallestBarsLabel() {
		TopLabelRoom.assertClear((context) -> new MeetingsByGroupChart().charts(context).get(0).chart(), -1);
	}

	@Test
	void groupsBegunAfterTheFirstYearAreSaidToBeBlankBeforeNotZero() {
		// groups.yml: administrative directors and education affairs staff since 2020; the fixture from 2019
		JFreeChart chart = new MeetingsByGroupChart().charts(this.context).get(0).chart();
		assertThat(ChartTexts.of(chart)).contains("행정실장·교육공무직 네트워크는 2020학년도부터 운영(그 전 해는 빈칸)");
		ChartContext english = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.ENGLISH),
				Messages.bundle(Locale.ENGLISH), ChartTheme.bundled());
		assertThat(english.lateGroupsNote(2019))
			.contains("Administrative directors and education affairs staff networks began in 2020 (blank before)");
		assertThat(this.context.lateGroupsNote(2020)).as("every group existed in 2020").isEmpty();
	}

}
