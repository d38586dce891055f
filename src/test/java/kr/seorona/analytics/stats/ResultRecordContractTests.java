package kr.seorona.analytics.stats;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.MeetingMode;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.SessionRecord;
import kr.seorona.analytics.ingest.SurveyRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract with the Parquet writer: flat components of the agreed types (enums are written as
 * their names), a {@code year} int
 * where the dataset is per year, and no NaN or infinity in any value, also on awkward input.
 */
class ResultRecordContractTests {

	private static final Set<Class<?>> ALLOWED = Set.of(int.class, long.class, double.class, boolean.class,
			String.class, LocalDate.class, Integer.class, Long.class, Double.class);

	private static final List<Class<? extends Record>> DATASETS = List.of(ParticipationStatistics.class,
			JointMeetingComposition.class, ParticipationTrend.class, SurveyItemStatistics.class,
			SurveyScaleStatistics.class, ItemReliability.class, GroupComparison.class, YearComparison.class);

	@Test
	void componentsAreFlatAndPerYearDatasetsHaveAnIntYear() {
		for (Class<? extends Record> type : DATASETS) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (!component.getType().isEnum()) {
					assertThat(ALLOWED).as("%s.%s", type.getSimpleName(), component.getName())
						.contains(component.getType());
				}
			}
			boolean perYear = type != ParticipationTrend.class && type != YearComparison.class;
			if (perYear) {
				assertThat(type.getRecordComponents()[0].getName()).as(type.getSimpleName()).isEqualTo("year");
				assertThat(type.getRecordComponents()[0].getType()).isEqualTo(int.class);
			}
		}
	}

	@Test
	void noNaNOrInfinityOnRandomSparseInput() throws Exception {
		Definitions definitions = Definitions.load(Path.of("jobs"));
		Random random = new Random(20221231L);
		List<String> groups = List.of("PRINCIPAL", "TEACHER", "PARENT", "EDU_STAFF");
		ParticipationCalculator participation = new ParticipationCalculator(definitions.groups(), 5);
		SurveyCalculator survey = new SurveyCalculator(definitions.groups(), definitions.survey(), 5);
		for (int year = 2019; year <= 2022; year++) {
			for (String group : groups) {
				if (random.nextInt(4) == 0) {
					continue;
				}
				participation.addNetwork(new NetworkRecord(year, group + "-N", "망", group, random.nextInt(3)));
				int meetings = random.nextInt(4);
				for (int m = 0; m < meetings; m++) {
					String id = group + "-S" + m;
					participation.addSession(new SessionRecord(year, id, group + "-N", group, LocalDate.of(year, 4, 1 + m),
							MeetingType.REGULAR, MeetingMode.values()[random.nextInt(3)], 60, 0, null));
					for (int p = random.nextInt(4); p > 0; p--) {
						participation.addAttendance(new AttendanceRecord(year, id, "p" + random.nextInt(6), group, null));
					}
				}
				for (int r = random.nextInt(4); r > 0; r--) {
					List<Integer> answers = new ArrayList<>();
					for (int i = 0; i < 6; i++) {
						// mostly 3s: many constant cells, some missing answers
						answers.add((random.nextInt(3) == 0) ? null : (random.nextInt(6) == 0) ? 4 : 3);
					}
					survey.add(new SurveyRecord(year, "r" + random.nextLong(), group, null, answers,
							random.nextBoolean() ? 1.0 + random.nextInt(2) : null, null));
				}
			}
		}
		List<Record> rows = new ArrayList<>();
		ParticipationResults p = participation.results();
		rows.addAll(p.byGroupAndYear());
		rows.addAll(p.jointMeetings());
		rows.addAll(p.trends());
		SurveyResults s = survey.results();
		rows.addAll(s.items());
		rows.addAll(s.scales());
		rows.addAll(s.reliability());
		rows.addAll(s.groupComparisons());
		rows.addAll(s.yearComparisons());
		assertThat(rows).isNotEmpty();
		for (Record row : rows) {
			for (RecordComponent component : row.getClass().getRecordComponents()) {
				Object value = component.getAccessor().invoke(row);
				if (value instanceof Double d) {
					assertThat(Double.isFinite(d)).as("%s in %s", component.getName(), row).isTrue();
				}
			}
		}
		assertThat(Arrays.asList(s.items().size(), s.scales().size())).doesNotContain(0);
	}

}
