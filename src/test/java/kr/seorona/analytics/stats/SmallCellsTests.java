package kr.seorona.analytics.stats;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The small-cell rules on hand-made results with k = 10: in 2021 one group (PRINCIPAL, 4 people) is
 * small, so TEACHER (the smallest other, 12) is withheld with it; at the joint meeting one group is
 * small; in the survey one group of an item is small.
 */
class SmallCellsTests {

	private static final int K = 10;

	private static ParticipationStatistics row(int year, String group, long people, Long newParticipants,
			boolean suppressed) {
		return new ParticipationStatistics(year, group, 1, 2, people * 2, people, 1.0, 1.0, 0.5, newParticipants,
				(newParticipants == null) ? null : 0.5, 0.0, (newParticipants == null) ? null : 0,
				(newParticipants == null) ? null : 1L, (newParticipants == null) ? null : 0.1, suppressed);
	}

	private static ParticipationTrend trend(String group) {
		return new ParticipationTrend(group, "attendances", 2021, 2022, 2, false, null, null, null, null, null, null,
				null, null, null, 12, false);
	}

	private static SurveyItemStatistics item(String group, long n, boolean suppressed) {
		return new SurveyItemStatistics(2021, group, "q1", "S1", n, 0, 4.0, 1.0, 0.1, 3.8, 4.2, 4.0, 3.0, 5.0, 0.1, 0.1,
				0.2, 0.3, 0.3, 0.6, 0.5, 0.7, null, null, suppressed);
	}

	private static SurveyScaleStatistics scale(String group, long n, long completeCases) {
		return new SurveyScaleStatistics(2021, group, "S1", 3, n, 0, 4.0, 1.0, 0.1, 3.8, 4.2, 4.0, 3.0, 5.0, 0.8,
				completeCases, null, null, false);
	}

	private static YearComparison comparison(String group, long paired) {
		return new YearComparison(group, "q1", false, 2021, 2022, 30, 30, paired, 4.0, 4.1, 0.1, 1.0, 50.0, 0.3,
				TwoSampleTest.PARTIALLY_OVERLAPPING_T, 0.1, false);
	}

	private static final List<ParticipationStatistics> ROWS = List.of(row(2021, "PRINCIPAL", 4, null, true),
			row(2021, "TEACHER", 12, null, false), row(2021, "PARENT", 40, null, false),
			row(2022, "PRINCIPAL", 15, 3L, false), row(2022, "TEACHER", 20, 8L, false), row(2022, "PARENT", 45, 20L, false));

	private static final LocalDate DATE = LocalDate.of(2021, 11, 26);

	private static ParticipationResults participation() {
		return new ParticipationResults(ROWS,
				List.of(new JointMeetingComposition(2021, "J1", DATE, "PRINCIPAL", 3, 0.1, true),
						new JointMeetingComposition(2021, "J1", DATE, "TEACHER", 11, 0.3, false),
						new JointMeetingComposition(2021, "J1", DATE, "PARENT", 16, 0.6, false)),
				List.of(new JointMeetingAttendance(2021, "J1", DATE, 30, 3, false)),
				List.of(trend("PRINCIPAL"), trend("TEACHER"), trend("PARENT")),
				List.of(new YearSummary(2021, 3, 3, 6, 1, 7, 112, 30, 60, null, false),
						new YearSummary(2022, 3, 3, 6, 0, 6, 160, 0, 80, null, false)));
	}

	private static SurveyResults survey() {
		return new SurveyResults(
				List.of(item("PRINCIPAL", 5, true), item("TEACHER", 14, false), item("PARENT", 11, false),
						item("ALL", 30, false)),
				List.of(scale("TEACHER", 14, 6), scale("ALL", 30, 25)), List.of(), List.of(),
				List.of(comparison("PARENT", 4), comparison("TEACHER", 12)));
	}

	@Test
	void theSmallestOtherCellOfEveryTotalWithOneWithheldCellIsWithheldToo() {
		StatisticsTables tables = SmallCells.published(participation(), survey(), K);
		assertThat(tables.participation().byGroupAndYear())
			.filteredOn(ParticipationStatistics::suppressed)
			.extracting((r) -> r.year() + " " + r.groupCode())
			.containsExactly("2021 PRINCIPAL", "2021 TEACHER");
		// at the joint meeting, TEACHER (11) is smaller than PARENT (16)
		assertThat(tables.participation().jointMeetings()).filteredOn(JointMeetingComposition::suppressed)
			.extracting(JointMeetingComposition::groupCode)
			.containsExactly("PRINCIPAL", "TEACHER");
		// in the survey, PARENT (11) is smaller than TEACHER (14); the ALL row stays
		assertThat(tables.survey().items()).filteredOn(SurveyItemStatistics::suppressed)
			.extracting(SurveyItemStatistics::groupCode)
			.containsExactly("PRINCIPAL", "PARENT");
		assertThat(tables.years()).noneMatch(YearSummary::suppressed);
	}

	@Test
	void rowsRestingOnAWithheldRowAreWithheld() {
		StatisticsTables tables = SmallCells.audit(participation(), survey(), K);
		assertThat(tables.participation().trends()).filteredOn(ParticipationTrend::suppressed)
			.extracting(ParticipationTrend::groupCode)
			.containsExactly("PRINCIPAL", "TEACHER");
		// PARENT's q1 is withheld in 2021: its 2021 -> 2022 comparison would give the mean back
		assertThat(tables.survey().yearComparisons()).filteredOn(YearComparison::suppressed)
			.extracting(YearComparison::groupCode)
			.containsExactly("PARENT");
	}

	@Test
	void smallCountsInsidePublishedRowsAndChangesFromAWithheldYearAreWithheldFromThePublicationOnly() {
		StatisticsTables published = SmallCells.published(participation(), survey(), K);
		StatisticsTables audit = SmallCells.audit(participation(), survey(), K);
		List<ParticipationStatistics> rows = published.participation().byGroupAndYear();
		// 2022 PRINCIPAL and TEACHER follow withheld 2021 rows: no changes, no new participants
		assertThat(rows.get(3).attendancesChange()).isNull();
		assertThat(rows.get(3).newParticipants()).isNull();
		assertThat(rows.get(4).meetingsChange()).isNull();
		assertThat(rows.get(4).retention()).isNull();
		// 2022 PARENT: 20 new and 25 returning, both k or more
		assertThat(rows.get(5).newParticipants()).isEqualTo(20L);
		assertThat(rows.get(5).attendancesChange()).isEqualTo(1L);
		assertThat(audit.participation().byGroupAndYear().get(3).attendancesChange()).isEqualTo(1L);
		// 6 complete cases: no alpha; 4 paired respondents: withheld; 12: published
		assertThat(published.survey().scales().get(0).alphaN()).isNull();
		assertThat(published.survey().scales().get(0).cronbachAlpha()).isNull();
		assertThat(published.survey().scales().get(1).cronbachAlpha()).isEqualTo(0.8);
		assertThat(published.survey().yearComparisons()).extracting(YearComparison::nPaired)
			.containsExactly(null, 12L);
		assertThat(audit.survey().scales().get(0).cronbachAlpha()).isEqualTo(0.8);
	}

	@Test
	void aNewParticipantCountBelowKWithholdsRetentionToo() {
		List<ParticipationStatistics> rows = List.of(row(2021, "PARENT", 40, null, false),
				row(2022, "PARENT", 45, 3L, false), row(2021, "TEACHER", 40, null, false),
				row(2022, "TEACHER", 45, 40L, false));
		ParticipationResults participation = new ParticipationResults(rows, List.of(), List.of(), List.of(),
				List.of(new YearSummary(2021, 2, 2, 4, 0, 4, 160, 0, 80, null, false),
						new YearSummary(2022, 2, 2, 4, 0, 4, 180, 0, 90, null, false)));
		List<ParticipationStatistics> published = SmallCells
			.published(participation, new SurveyResults(List.of(), List.of(), List.of(), List.of(), List.of()), K)
			.participation()
			.byGroupAndYear();
		// PARENT: 3 new; TEACHER: 5 returning (45 - 40)
		assertThat(published.get(1).newParticipants()).isNull();
		assertThat(published.get(1).retention()).isNull();
		assertThat(published.get(1).attendancesChange()).isNotNull();
		assertThat(published.get(3).newParticipants()).isNull();
		assertThat(published.get(3).retention()).isNull();
	}

	@Test
	void kMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmallCells.audit(participation(), survey(), 0))
			.withMessageContaining("minCellSize");
	}

}
