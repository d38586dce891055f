package kr.seorona.analytics.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.seorona.analytics.stats.JointMeetingComposition;
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
		assertThat(columns).hasSize(JointMeetingCompositionChart.MAX_MEETINGS);
		LocalDate last = start.plusDays((meetings - 1) / 2);
		// two meetings a day: labels name the id
		assertThat(columns.get(columns.size() - 1)).isEqualTo(last + " (J-0999)");
		assertThat(columns.get(0)).isEqualTo(start.plusDays((meetings - 40) / 2) + " (J-0960)");
		assertThat(data.n()).isEqualTo(50L * JointMeetingCompositionChart.MAX_MEETINGS);
	}

}
