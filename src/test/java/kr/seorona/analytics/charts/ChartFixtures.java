package kr.seorona.analytics.charts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Realistic statistics for chart tests, with the real definitions from {@code jobs/}: four groups
 * in 2019, six from 2020, the 2022 meeting counts of the annual report (3 principal, 2 vice
 * principal, 5 teacher, 2 education affairs staff, 1 administrative director, 18 parent meetings and
 * 2 joint meetings). Administrative directors are suppressed in 2020 (4 people) and in one 2022
 * joint meeting (3 people).
 */
final class ChartFixtures {

	static final Definitions DEFINITIONS = Definitions.load(Path.of("jobs"));

	/** Chart defaults in the given language, with the identity of {@code jobs/report.yml}. */
	static ChartOptions options(Locale locale) {
		return ChartOptions.defaults(DEFINITIONS.identity(), locale);
	}

	private ChartFixtures() {
	}

	static ChartInputs inputs() {
		return new ChartInputs(DEFINITIONS.groups(), DEFINITIONS.survey(), participation(), jointMeetings(),
				surveyItems(), years());
	}

	/**
	 * Year summaries consistent with the rows above: regular meetings summed over groups, distinct
	 * joint meetings, distinct participants across groups 5 fewer than the groups' sum (people in two
	 * groups), survey respondents = the ALL row's answers + missing of the first item.
	 */
	static List<YearSummary> years() {
		List<YearSummary> years = new ArrayList<>();
		for (int year = 2019; year <= 2022; year++) {
			int y = year;
			List<ParticipationStatistics> rows = participation().stream().filter((row) -> row.year() == y).toList();
			int regular = rows.stream().mapToInt(ParticipationStatistics::meetings).sum();
			int joint = (int) jointMeetings().stream().filter((row) -> row.year() == y)
				.map(JointMeetingComposition::sessionId).distinct().count();
			long distinct = rows.stream().mapToLong(ParticipationStatistics::distinctParticipants).sum() - 5;
			Long respondents = surveyItems().stream()
				.filter((row) -> row.year() == y && row.groupCode().equals("ALL"))
				.findFirst()
				.map((row) -> row.n() + row.missing())
				.orElse(null);
			years.add(new YearSummary(year, rows.size(), rows.stream().mapToInt(ParticipationStatistics::networks).sum(),
					regular, joint, regular + joint, rows.stream().mapToLong(ParticipationStatistics::attendances).sum(),
					0, distinct, respondents, false));
		}
		return years;
	}

	/** Inputs without survey rows (a run without survey files). */
	static ChartInputs inputsWithoutSurvey() {
		return new ChartInputs(DEFINITIONS.groups(), DEFINITIONS.survey(), participation(), jointMeetings(),
				List.of(), years());
	}

	static List<ParticipationStatistics> participation() {
		List<ParticipationStatistics> rows = new ArrayList<>();
		// year, group, networks, meetings, attendances, distinct, previous distinct (0 = first year)
		add(rows, 2019, "PRINCIPAL", 1, 2, 34, 19, 0, 0, 0);
		add(rows, 2019, "VICE_PRINCIPAL", 1, 2, 28, 15, 0, 0, 0);
		add(rows, 2019, "TEACHER", 2, 4, 96, 41, 0, 0, 0);
		add(rows, 2019, "PARENT", 6, 12, 310, 122, 0, 0, 0);
		add(rows, 2020, "PRINCIPAL", 1, 2, 30, 17, 19, 2, 34);
		add(rows, 2020, "VICE_PRINCIPAL", 1, 2, 25, 14, 15, 2, 28);
		add(rows, 2020, "TEACHER", 2, 4, 88, 38, 41, 4, 96);
		add(rows, 2020, "ADMIN_DIRECTOR", 1, 1, 4, 4, 0, 0, 0);
		add(rows, 2020, "EDU_STAFF", 1, 1, 9, 9, 0, 0, 0);
		add(rows, 2020, "PARENT", 7, 14, 290, 118, 122, 12, 310);
		add(rows, 2021, "PRINCIPAL", 2, 3, 47, 21, 17, 2, 30);
		add(rows, 2021, "VICE_PRINCIPAL", 1, 2, 27, 15, 14, 2, 25);
		add(rows, 2021, "TEACHER", 3, 5, 121, 47, 38, 4, 88);
		add(rows, 2021, "ADMIN_DIRECTOR", 1, 1, 7, 7, 4, 1, 4);
		add(rows, 2021, "EDU_STAFF", 1, 2, 19, 11, 9, 1, 9);
		add(rows, 2021, "PARENT", 8, 16, 352, 131, 118, 14, 290);
		add(rows, 2022, "PRINCIPAL", 2, 3, 51, 22, 21, 3, 47);
		add(rows, 2022, "VICE_PRINCIPAL", 1, 2, 29, 16, 15, 2, 27);
		add(rows, 2022, "TEACHER", 3, 5, 133, 52, 47, 5, 121);
		add(rows, 2022, "ADMIN_DIRECTOR", 1, 1, 8, 8, 7, 1, 7);
		add(rows, 2022, "EDU_STAFF", 1, 2, 21, 12, 11, 2, 19);
		add(rows, 2022, "PARENT", 9, 18, 401, 140, 131, 16, 352);
		return rows;
	}

	private static void add(List<ParticipationStatistics> rows, int year, String group, int networks, int meetings,
			long attendances, long distinct, long previousDistinct, int previousMeetings, long previousAttendances) {
		boolean first = previousDistinct == 0;
		double mean = (double) attendances / meetings;
		Long newParticipants = first ? null : Math.max(0, distinct - previousDistinct * 6 / 10);
		Double retention = first ? null : Math.min(1.0, 0.6 * distinct / previousDistinct);
		Double rate = attendances / (meetings * (distinct * 1.25));
		rows.add(new ParticipationStatistics(year, group, networks, meetings, attendances, distinct, mean, mean, rate,
				newParticipants, retention, (year == 2020) ? 0.75 : 0.2, first ? null : meetings - previousMeetings,
				first ? null : attendances - previousAttendances,
				first ? null : 100.0 * (attendances - previousAttendances) / previousAttendances, distinct < 5));
	}

	static List<JointMeetingComposition> jointMeetings() {
		List<JointMeetingComposition> rows = new ArrayList<>();
		joint(rows, 2020, "J-2020-01", LocalDate.of(2020, 11, 21),
				Map.of("PRINCIPAL", 9L, "VICE_PRINCIPAL", 7L, "TEACHER", 16L, "ADMIN_DIRECTOR", 2L, "EDU_STAFF", 5L,
						"PARENT", 38L));
		joint(rows, 2021, "J-2021-01", LocalDate.of(2021, 11, 20),
				Map.of("PRINCIPAL", 11L, "VICE_PRINCIPAL", 8L, "TEACHER", 19L, "ADMIN_DIRECTOR", 5L, "EDU_STAFF", 6L,
						"PARENT", 44L));
		joint(rows, 2022, "J-2022-01", LocalDate.of(2022, 5, 14),
				Map.of("PRINCIPAL", 12L, "VICE_PRINCIPAL", 9L, "TEACHER", 21L, "ADMIN_DIRECTOR", 3L, "EDU_STAFF", 7L,
						"PARENT", 47L));
		joint(rows, 2022, "J-2022-02", LocalDate.of(2022, 11, 19),
				Map.of("PRINCIPAL", 10L, "VICE_PRINCIPAL", 8L, "TEACHER", 18L, "ADMIN_DIRECTOR", 6L, "EDU_STAFF", 6L,
						"PARENT", 51L));
		return rows;
	}

	private static void joint(List<JointMeetingComposition> rows, int year, String id, LocalDate date,
			Map<String, Long> participants) {
		long total = participants.values().stream().mapToLong(Long::longValue).sum();
		for (String group : List.of("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "ADMIN_DIRECTOR", "EDU_STAFF",
				"PARENT")) {
			long count = participants.get(group);
			rows.add(new JointMeetingComposition(year, id, date, group, count, (double) count / total, count < 5));
		}
	}

	static List<SurveyItemStatistics> surveyItems() {
		List<SurveyItemStatistics> rows = new ArrayList<>();
		String[] groups = { "PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "ADMIN_DIRECTOR", "EDU_STAFF", "PARENT", "ALL" };
		long[] n2022 = { 20, 15, 49, 3, 11, 128, 226 };
		for (int year : new int[] { 2021, 2022 }) {
			for (int g = 0; g < groups.length; g++) {
				for (int i = 0; i < 6; i++) {
					long n = (year == 2021) ? Math.max(6, n2022[g] - 4) : n2022[g];
					double[] shares = shares(g, i, year);
					rows.add(survey(year, groups[g], "q" + (i + 1), (i < 3) ? "collaboration" : "value", n, shares));
				}
			}
		}
		return rows;
	}

	/** Shares of answers 1..5; in 2022 nobody in ALL answered 1 ("strongly disagree") to q5. */
	private static double[] shares(int group, int item, int year) {
		double shift = ((group * 7 + item * 3) % 10) / 100.0;
		if (year == 2022 && group == 6 && item == 4) {
			return new double[] { 0.0, 0.05, 0.15, 0.45, 0.35 };
		}
		return new double[] { 0.04, 0.08 + shift / 2, 0.20, 0.38 - shift / 2, 0.30 };
	}

	private static SurveyItemStatistics survey(int year, String group, String item, String scale, long n,
			double[] shares) {
		double mean = 0;
		double square = 0;
		for (int a = 0; a < 5; a++) {
			mean += (a + 1) * shares[a];
			square += (a + 1) * (a + 1) * shares[a];
		}
		double sd = Math.sqrt(Math.max(0, square - mean * mean) * n / (n - 1.0));
		double se = sd / Math.sqrt(n);
		double t = 2.0 + 2.5 / n;
		return new SurveyItemStatistics(year, group, item, scale, n, 2, mean, sd, se, mean - t * se, mean + t * se, 4.0,
				3.0, 5.0, shares[0], shares[1], shares[2], shares[3], shares[4], shares[3] + shares[4], 0.5, 0.8, null,
				null, n < 5);
	}

}
