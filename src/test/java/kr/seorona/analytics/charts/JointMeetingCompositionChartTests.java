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
				fixture.trends(), fixture.surveyItems());
		ChartContext context = new ChartContext(inputs, ChartFixtures.options(Locale.KOREAN), Messages.bundle(Locale.KOREAN),
				ChartTheme.bundled());
		CategoryData data = JointMeetingCompositionChart.dataset(context);
		List<?> columns = data.dataset().getColumnKeys();
		int drawn = JointMeetingCompositionChart.drawable(context);
		assertThat(drawn).as("as many as have room for a one-line label").isBetween(10, JointMeetingCompositionChart.MAX_MEETINGS);
		assertThat(columns).hasSize(drawn);
		LocalDate last = start.plusDays((meetings - 1) / 2);
		// two meetings a day: labels name the id
		assertThat(columns.get(columns.size() - 1)).isEqualTo(last + " (J-0999)");
		// the first drawn names its id only when its date's other meeting is drawn too
		int firstDrawn = meetings - drawn;
		assertThat(columns.get(0)).isEqualTo(start.plusDays(firstDrawn / 2)
				+ ((firstDrawn % 2 == 0) ? String.format(" (J-%04d)", firstDrawn) : ""));
		assertThat(data.n()).isEqualTo(50L * drawn);
		JFreeChart chart = new JointMeetingCompositionChart().charts(context).get(0).chart();
		assertThat(ChartTexts.of(chart)).contains("최근 합동 회의 " + drawn + "회만 표시(전체 1,000회: 데이터셋 joint_meetings)");
	}

}
