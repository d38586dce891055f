package kr.seorona.analytics.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.MeetingMode;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.SessionRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class ParticipationCalculatorTests {

	private static final GroupCatalog GROUPS = Definitions.load(Path.of("jobs")).groups();

	private static final double EPS = 1e-12;

	/**
	 * 2019: TEACHER with networks T1 (10 members) and T2 (5): S1 offline a,b,c; S2 online a,b; S3
	 * hybrid d. 2020: TEACHER T1 (4 members): S4 online a,e; S5 offline nobody; PARENT P1 (7) without
	 * meetings; joint meeting J1 with a (TEACHER), p and q (PARENT).
	 */
	private static List<Object> fixtureRecords() {
		List<Object> records = new java.util.ArrayList<>();
		records.add(new NetworkRecord(2019, "T1", "교사망1", "TEACHER", 10));
		records.add(new NetworkRecord(2019, "T2", "교사망2", "TEACHER", 5));
		records.add(new NetworkRecord(2020, "T1", "교사망1", "TEACHER", 4));
		records.add(new NetworkRecord(2020, "P1", "학부모망", "PARENT", 7));
		// attendance before its session: must still count
		records.add(attendance(2019, "S3", "d", "TEACHER"));
		records.add(session(2019, "S1", "T1", "TEACHER", MeetingMode.OFFLINE));
		records.add(session(2019, "S2", "T1", "TEACHER", MeetingMode.ONLINE));
		records.add(session(2019, "S3", "T2", "TEACHER", MeetingMode.HYBRID));
		records.add(session(2020, "S4", "T1", "TEACHER", MeetingMode.ONLINE));
		records.add(session(2020, "S5", "T1", "TEACHER", MeetingMode.OFFLINE));
		records.add(new SessionRecord(2020, "J1", null, GroupCatalog.JOINT, LocalDate.of(2020, 11, 5),
				MeetingType.JOINT, MeetingMode.OFFLINE, 120, 3, null));
		for (String p : List.of("a", "b", "c")) {
			records.add(attendance(2019, "S1", p, "TEACHER"));
		}
		records.add(attendance(2019, "S2", "a", "TEACHER"));
		records.add(attendance(2019, "S2", "b", "TEACHER"));
		records.add(attendance(2020, "S4", "a", "TEACHER"));
		records.add(attendance(2020, "S4", "e", "TEACHER"));
		records.add(attendance(2020, "J1", "a", "TEACHER"));
		records.add(attendance(2020, "J1", "q", "PARENT"));
		records.add(attendance(2020, "J1", "p", "PARENT"));
		records.add(attendance(2020, "S99", "z", "TEACHER"));
		return records;
	}

	private ParticipationCalculator fixture(int k) {
		ParticipationCalculator calculator = new ParticipationCalculator(GROUPS, k);
		fixtureRecords().forEach((r) -> feed(calculator, r));
		return calculator;
	}

	private static void feed(ParticipationCalculator calculator, Object record) {
		if (record instanceof NetworkRecord network) {
			calculator.addNetwork(network);
		}
		else if (record instanceof SessionRecord session) {
			calculator.addSession(session);
		}
		else {
			calculator.addAttendance((AttendanceRecord) record);
		}
	}

	@Test
	void yearSummariesCountEveryPersonOnceAcrossGroupsAndMeetingKinds() {
		List<YearSummary> years = fixture(3).results().years();
		// 2019: T1, T2; S1..S3; a,b,c,a,b,d = 6 attendances; people a,b,c,d
		// 2020: TEACHER T1, PARENT P1; S4, S5 and J1; a,e regular; J1: a,p,q; people a,e,p,q
		assertThat(years).containsExactly(new YearSummary(2019, 1, 2, 3, 0, 3, 6, 0, 4, null, false),
				new YearSummary(2020, 2, 2, 2, 1, 3, 2, 3, 4, null, false));
		assertThat(fixture(5).results().years()).allMatch(YearSummary::suppressed);
	}

	@Test
	void jointMeetingAttendanceCountsDistinctPeopleAndGroups() {
		assertThat(fixture(3).results().jointMeetingAttendance())
			.containsExactly(new JointMeetingAttendance(2020, "J1", LocalDate.of(2020, 11, 5), 3, 2, false));
		assertThat(fixture(4).results().jointMeetingAttendance()).singleElement()
			.extracting(JointMeetingAttendance::suppressed)
			.isEqualTo(true);
	}

	@Test
	void yearSummaryTakesTheRespondentsOfTheAllGroupsCell() {
		ParticipationResults participation = fixture(3).results();
		SurveyItemStatistics all2020 = new SurveyItemStatistics(2020, SurveyCalculator.ALL, "q1", "collaboration", 7, 2,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				false);
		List<YearSummary> years = YearSummary.combine(participation,
				new SurveyResults(List.of(all2020), List.of(), List.of(), List.of(), List.of()));
		assertThat(years).extracting(YearSummary::surveyRespondents).containsExactly(null, 9L);
	}

	@Test
	void rowsOnlyForGroupsWithNetworksSortedByYearThenDisplayOrder() {
		List<ParticipationStatistics> rows = fixture(3).results().byGroupAndYear();
		assertThat(rows).extracting((r) -> r.year() + "/" + r.groupCode())
			.containsExactly("2019/TEACHER", "2020/TEACHER", "2020/PARENT");
	}

	@Test
	void firstYearOfAGroup() {
		ParticipationStatistics row = fixture(3).results().byGroupAndYear().get(0);
		assertThat(row.networks()).isEqualTo(2);
		assertThat(row.meetings()).isEqualTo(3);
		assertThat(row.attendances()).isEqualTo(6);
		assertThat(row.distinctParticipants()).isEqualTo(4);
		assertThat(row.meanAttendance()).isCloseTo(2.0, within(EPS));
		assertThat(row.medianAttendance()).isCloseTo(2.0, within(EPS));
		// 6 attendances / (10 + 10 + 5) seats offered by the organising networks
		assertThat(row.participationRate()).isCloseTo(6.0 / 25, within(EPS));
		assertThat(row.onlineShare()).isCloseTo(1.0 / 3, within(EPS));
		assertThat(row.newParticipants()).isNull();
		assertThat(row.retention()).isNull();
		assertThat(row.meetingsChange()).isNull();
		assertThat(row.attendancesChange()).isNull();
		assertThat(row.attendancesRelativeChange()).isNull();
		assertThat(row.suppressed()).isFalse();
	}

	@Test
	void followingYearComparesWithThePreviousOneAndExcludesJointMeetings() {
		ParticipationStatistics row = fixture(3).results().byGroupAndYear().get(1);
		assertThat(row.meetings()).isEqualTo(2);
		assertThat(row.attendances()).isEqualTo(2);
		assertThat(row.distinctParticipants()).isEqualTo(2);
		assertThat(row.meanAttendance()).isCloseTo(1.0, within(EPS));
		assertThat(row.medianAttendance()).isCloseTo(1.0, within(EPS));
		assertThat(row.participationRate()).isCloseTo(2.0 / 8, within(EPS));
		assertThat(row.onlineShare()).isCloseTo(0.5, within(EPS));
		assertThat(row.newParticipants()).isEqualTo(1L);
		assertThat(row.retention()).isCloseTo(1.0 / 4, within(EPS));
		assertThat(row.meetingsChange()).isEqualTo(-1);
		assertThat(row.attendancesChange()).isEqualTo(-4L);
		assertThat(row.attendancesRelativeChange()).isCloseTo(-4.0 / 6, within(1e-9));
		assertThat(row.suppressed()).isTrue();
	}

	@Test
	void groupWithoutMeetingsHasNullRatesNotNaN() {
		ParticipationStatistics row = fixture(3).results().byGroupAndYear().get(2);
		assertThat(row.networks()).isEqualTo(1);
		assertThat(row.meetings()).isZero();
		assertThat(row.attendances()).isZero();
		assertThat(row.meanAttendance()).isNull();
		assertThat(row.medianAttendance()).isNull();
		assertThat(row.participationRate()).isNull();
		assertThat(row.onlineShare()).isNull();
		// PARENT had no networks in 2019: no previous year to compare with
		assertThat(row.newParticipants()).isNull();
		assertThat(row.meetingsChange()).isNull();
		assertThat(row.suppressed()).isTrue();
	}

	@Test
	void jointMeetingListsAttendeesByTheirOwnGroup() {
		List<JointMeetingComposition> joint = fixture(2).results().jointMeetings();
		assertThat(joint).extracting(JointMeetingComposition::groupCode).containsExactly("TEACHER", "PARENT");
		assertThat(joint.get(0).participants()).isEqualTo(1);
		assertThat(joint.get(0).share()).isCloseTo(1.0 / 3, within(EPS));
		assertThat(joint.get(0).suppressed()).isTrue();
		assertThat(joint.get(1).participants()).isEqualTo(2);
		assertThat(joint.get(1).share()).isCloseTo(2.0 / 3, within(EPS));
		assertThat(joint.get(1).suppressed()).isFalse();
		assertThat(joint.get(1).date()).isEqualTo(LocalDate.of(2020, 11, 5));
		assertThat(joint.get(1).sessionId()).isEqualTo("J1");
	}

	@Test
	void attendanceOfAnUnknownSessionIsCountedApart() {
		ParticipationCalculator calculator = fixture(3);
		calculator.results();
		assertThat(calculator.unmatchedAttendances()).isEqualTo(1);
	}

	@Test
	void resultsAreRepeatable() {
		ParticipationCalculator calculator = fixture(3);
		ParticipationResults first = calculator.results();
		assertThat(calculator.results()).isEqualTo(first);
	}

	@Test
	void resultsDoNotDependOnArrivalOrder() {
		ParticipationCalculator reversed = new ParticipationCalculator(GROUPS, 3);
		List<Object> records = new java.util.ArrayList<>(fixtureRecords());
		java.util.Collections.reverse(records);
		records.forEach((r) -> feed(reversed, r));
		assertThat(reversed.results()).isEqualTo(fixture(3).results());
	}

	@Test
	void twoYearsGiveANonEstimableTrend() {
		List<ParticipationTrend> trends = fixture(3).results().trends();
		assertThat(trends).extracting((t) -> t.groupCode() + "/" + t.indicator())
			.containsExactly("TEACHER/meetings", "TEACHER/attendances", "TEACHER/distinctParticipants",
					"TEACHER/participationRate", "PARENT/meetings", "PARENT/attendances",
					"PARENT/distinctParticipants");
		ParticipationTrend teacher = trends.get(0);
		assertThat(teacher.years()).isEqualTo(2);
		assertThat(teacher.firstYear()).isEqualTo(2019);
		assertThat(teacher.lastYear()).isEqualTo(2020);
		assertThat(teacher.estimable()).isFalse();
		assertThat(List.of(teacher.slope() == null, teacher.rSquared() == null, teacher.kendallTau() == null,
				teacher.compoundAnnualGrowthRate() == null)).containsOnly(true);
	}

	@Test
	void fourYearsGiveAnEstimableTrend() {
		ParticipationCalculator calculator = new ParticipationCalculator(GROUPS, 0);
		int[] meetings = { 1, 3, 2, 5 };
		for (int i = 0; i < meetings.length; i++) {
			int year = 2019 + i;
			calculator.addNetwork(new NetworkRecord(year, "N", "망", "PRINCIPAL", 3));
			for (int m = 0; m < meetings[i]; m++) {
				calculator.addSession(session(year, "S" + m, "N", "PRINCIPAL", MeetingMode.OFFLINE));
			}
		}
		ParticipationTrend trend = calculator.results().trends().get(0);
		assertThat(trend.indicator()).isEqualTo("meetings");
		assertThat(trend.estimable()).isTrue();
		assertThat(trend.years()).isEqualTo(4);
		// R: coef(lm(c(1,3,2,5) ~ c(2019:2022)))[2] = 1.1, summary(...)$r.squared = 0.6914286
		assertThat(trend.slope()).isCloseTo(1.1, within(1e-9));
		assertThat(trend.rSquared()).isCloseTo(6.05 / 8.75, within(1e-12));
		// R: fit <- lm(c(1,3,2,5) ~ c(2019:2022)); confint(fit)[2, ] = -1.135723940575297 3.3357239405752965
		assertThat(trend.slopeLower95()).isCloseTo(-1.135723940575297, withinPercentage(1e-10));
		assertThat(trend.slopeUpper95()).isCloseTo(3.3357239405752965, withinPercentage(1e-10));
		// R: summary(fit)$coefficients[2, 4] = 0.16847815937969998
		assertThat(trend.slopePValue()).isCloseTo(0.16847815937969998, withinPercentage(1e-10));
		// 5 concordant, 1 discordant pair, no ties: tau = (5 - 1) / 6
		assertThat(trend.kendallTau()).isCloseTo(4.0 / 6, within(1e-12));
		// R: cor.test(2019:2022, c(1,3,2,5), method = "kendall")$p.value = 0.33333333333333326 (exact)
		assertThat(trend.kendallPValue()).isCloseTo(0.33333333333333326, withinPercentage(1e-10));
		assertThat(trend.kendallPMethod()).isEqualTo(PValueMethod.EXACT);
		assertThat(trend.compoundAnnualGrowthRate()).isCloseTo(Math.cbrt(5) - 1, within(1e-12));
		// no attendance at all: participation rate 0 every year, still a row; attendances constant
		ParticipationTrend attendances = calculator.results().trends().get(1);
		assertThat(attendances.slope()).isCloseTo(0.0, within(EPS));
		assertThat(attendances.rSquared()).isNull();
		assertThat(attendances.kendallTau()).isNull();
		assertThat(attendances.compoundAnnualGrowthRate()).isNull();
	}

	@Test
	void rejectsUnknownGroupsAndDuplicateIds() {
		ParticipationCalculator calculator = new ParticipationCalculator(GROUPS, 5);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calculator.addNetwork(new NetworkRecord(2019, "X", "x", "ALIENS", 1)))
			.withMessageContaining("ALIENS");
		calculator.addSession(session(2019, "S1", "N", "TEACHER", MeetingMode.OFFLINE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calculator.addSession(session(2019, "S1", "N", "TEACHER", MeetingMode.OFFLINE)))
			.withMessageContaining("S1");
	}

	private static SessionRecord session(int year, String id, String network, String group, MeetingMode mode) {
		return new SessionRecord(year, id, network, group, LocalDate.of(year, 5, 1), MeetingType.REGULAR, mode, 90, 0,
				null);
	}

	private static AttendanceRecord attendance(int year, String session, String person, String group) {
		return new AttendanceRecord(year, session, person, group, null);
	}

}
