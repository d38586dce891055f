package kr.seorona.analytics.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.seorona.analytics.stats.JointMeetingComposition;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JointMeetingCompositionChartTests {

	@Test
	void onlyTheLatestMeetingsAreDrawnWhenThereAreThousands() {
		List<JointMeetingComposition> rows = new ArrayList<>();
		LocalDate start = LocalDate.of(2019, 3, 4);
		int meetings = 1000;
		for (int i = 0; i < meetings; i++) {
			String id = String.format("J-%04d", i);
			LocalDate date = start.plusDays(i / 2);
			rows.add(new JointMeetingComposition(date.getYear(), id, date, "TEACHER", 30, 0.6, false));
			rows.add(new JointMeetingComposition(date.getYear(), id, date, "PARENT", 20, 0.4, false));
		}
		ChartInputs fixture = ChartFixtures.inputs();
		ChartInputs inputs = new ChartInputs(fixture.groups(), fixture.survey(), fixture.participation(), rows,
				fixture.surveyItems());
		ChartContext context = new ChartContext(inputs, ChartFixtures.options(Locale.KOREAN), Messages.bundle(Locale.KOREAN),
				ChartTheme.bundled());
		CategoryData data = JointMeetingCompositionChart.dataset(context);
		List<?> columns = data.dataset().getColumnKeys();
		int drawn = JointMeetingCompositionChart.drawable(context);
		assertThat(drawn).as("as many as have room for a one-line label").isBetween(10, JointMeetingCompositionChart.MAX_MEETINGS);
		assertThat(columns).hasSize(drawn);
		LocalDate last = start.plusDays((meetings - 1) / 2);
		// two meetings a day: labels name the id
		java.time.format.DateTimeFormatter korean = java.time.format.DateTimeFormatter.ofPattern("yyyy. M. d.");
		assertThat(columns.get(columns.size() - 1)).isEqualTo(last.format(korean) + " (J-0999)");
		// the first drawn names its id only when its date's other meeting is drawn too
		int firstDrawn = meetings - drawn;
		assertThat(columns.get(0)).isEqualTo(start.plusDays(firstDrawn / 2).format(korean)
				+ ((firstDrawn % 2 == 0) ? String.format(" (J-%04d)", firstDrawn) : ""));
		assertThat(data.n()).isEqualTo(50L * drawn);
		JFreeChart chart = new JointMeetingCompositionChart().charts(context).get(0).chart();
		assertThat(ChartTexts.of(chart)).contains("최근 합동 회의 " + drawn + "회만 표시(전체 1,000회: 데이터셋 joint_meetings)");
	}

	@Test
	void nSaysThePeopleAreCountedOncePerMeetingNotOnce() {
		// a person at two joint meetings is two attendances: n is the drawn bars' headcounts added up
		for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
			ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(locale),
					Messages.bundle(locale), ChartTheme.bundled());
			org.jfree.data.category.CategoryDataset bars = JointMeetingCompositionChart.dataset(context).dataset();
			long attendances = 0;
			for (int row = 0; row < bars.getRowCount(); row++) {
				for (int column = 0; column < bars.getColumnCount(); column++) {
					Number value = bars.getValue(row, column);
					attendances += (value != null) ? value.longValue() : 0;
				}
			}
			assertThat(attendances).as("the fixture's four meetings, suppressed cells left out").isEqualTo(363);
			JFreeChart chart = new JointMeetingCompositionChart().charts(context).get(0).chart();
			String n = java.text.NumberFormat.getIntegerInstance(locale).format(attendances);
			assertThat(ChartTexts.of(chart)).as(locale.toString())
				.anySatisfy((text) -> assertThat(text.replaceAll("\\s+", " ")).endsWith((locale == Locale.KOREAN)
						? "n = 참여 연인원 " + n + "명 (회의마다 참여자 수를 더한 값)"
						: "n = " + n + " attendances (each meeting's participants added up)"));
		}
	}

}
