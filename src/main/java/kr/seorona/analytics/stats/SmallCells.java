package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The small-cell rules of every published statistics table, in one place. The calculators flag a
 * row about fewer than k people ({@code minCellSize}): <em>primary</em> suppression. This class adds
 * <ul>
 * <li><em>secondary</em> (complementary) suppression, {@link ComplementarySuppression}, over every
 * published total: a year's summary (networks, regular meetings, attendances) over its groups'
 * participation rows and (joint attendances) over its joint meetings; a joint meeting's attendance
 * over its groups; the {@code ALL} row of a survey item or scale over its groups;</li>
 * <li>what follows from a withheld row: a group's participation trends (every year's value enters
 * them) and a year comparison whose earlier or later year is withheld;</li>
 * <li>in the published form only ({@link #published}), withheld columns inside published rows:
 * a count of people below k other than 0 ({@code new_participants} and the returning participants
 * behind {@code retention}, {@code complete_cases} with the alpha resting on them,
 * {@code paired_observations}, {@code survey_respondents}), and the changes from a withheld previous
 * year (they would give the previous year's figures back).</li>
 * </ul>
 * A total with one withheld cell and no other is itself withheld (a year whose only joint meeting is
 * withheld: the year's summary row).
 * A row withheld by the second or third rule is flagged like a primary one; its n is k or more,
 * which is how the writer tells {@code SECONDARY} from {@code PRIMARY}.
 */
public final class SmallCells {

	private SmallCells() {
	}

	/**
	 * The flagged results with every figure: the audit form.
	 * @param minCellSize k, 1 or more
	 */
	public static StatisticsTables audit(ParticipationResults participation, SurveyResults survey, int minCellSize) {
		return marked(participation, survey, minCellSize);
	}

	/**
	 * The flagged results with the columns withheld that must not be published (see the class
	 * comment); flagged rows are nulled by the writer.
	 * @param minCellSize k, 1 or more
	 */
	public static StatisticsTables published(ParticipationResults participation, SurveyResults survey,
			int minCellSize) {
		StatisticsTables marked = marked(participation, survey, minCellSize);
		ParticipationResults p = marked.participation();
		SurveyResults s = marked.survey();
		Map<String, ParticipationStatistics> byKey = index(p.byGroupAndYear(), (r) -> r.year() + "|" + r.groupCode());
		List<ParticipationStatistics> rows = p.byGroupAndYear()
			.stream()
			.map((r) -> withheldColumns(r, byKey.get((r.year() - 1) + "|" + r.groupCode()), minCellSize))
			.toList();
		List<YearSummary> years = marked.years()
			.stream()
			.map((y) -> small(y.surveyRespondents(), minCellSize) ? y.withSurveyRespondents(null) : y)
			.toList();
		List<SurveyScaleStatistics> scales = s.scales()
			.stream()
			.map((r) -> small(r.alphaN(), minCellSize) ? SuppressedCopies.withoutAlpha(r) : r)
			.toList();
		List<YearComparison> comparisons = s.yearComparisons()
			.stream()
			.map((r) -> small(r.nPaired(), minCellSize) ? SuppressedCopies.withoutPaired(r) : r)
			.toList();
		return new StatisticsTables(
				new ParticipationResults(rows, p.jointMeetings(), p.jointMeetingAttendance(), p.trends(), p.years()),
				new SurveyResults(s.items(), scales, s.reliability(), s.groupComparisons(), comparisons), years);
	}

	private static StatisticsTables marked(ParticipationResults participation, SurveyResults survey,
			int minCellSize) {
		if (minCellSize < 1) {
			throw new IllegalArgumentException("minCellSize must be >= 1 but was " + minCellSize);
		}
		List<YearSummary> years = YearSummary.combine(participation, survey);
		ComplementarySuppression rule = new ComplementarySuppression();
		years.forEach((y) -> rule.cell(y, y.distinctParticipants(), y.suppressed()));
		participation.byGroupAndYear().forEach((r) -> rule.cell(r, r.distinctParticipants(), r.suppressed()));
		participation.jointMeetingAttendance().forEach((r) -> rule.cell(r, r.participants(), r.suppressed()));
		participation.jointMeetings().forEach((r) -> rule.cell(r, r.participants(), r.suppressed()));
		survey.items().forEach((r) -> rule.cell(r, r.n(), r.suppressed()));
		survey.scales().forEach((r) -> rule.cell(r, r.n(), r.suppressed()));
		Map<Integer, List<ParticipationStatistics>> groupsByYear = grouped(participation.byGroupAndYear(),
				ParticipationStatistics::year);
		Map<Integer, List<JointMeetingAttendance>> meetingsByYear = grouped(participation.jointMeetingAttendance(),
				JointMeetingAttendance::year);
		for (YearSummary year : years) {
			totals(rule, year, groupsByYear.get(year.year()));
			totals(rule, year, meetingsByYear.get(year.year()));
		}
		Map<String, List<JointMeetingComposition>> groupsByMeeting = grouped(participation.jointMeetings(),
				(r) -> r.year() + "|" + r.sessionId());
		for (JointMeetingAttendance meeting : participation.jointMeetingAttendance()) {
			totals(rule, meeting, groupsByMeeting.get(meeting.year() + "|" + meeting.sessionId()));
		}
		allRows(rule, survey.items(), SurveyItemStatistics::groupCode,
				(r) -> r.year() + "|" + r.itemCode());
		allRows(rule, survey.scales(), SurveyScaleStatistics::groupCode,
				(r) -> r.year() + "|" + r.scaleCode());
		rule.secondary();
		List<ParticipationStatistics> rows = flag(rule, participation.byGroupAndYear(), ParticipationStatistics::suppressed,
				SuppressedCopies::suppressed);
		List<SurveyItemStatistics> items = flag(rule, survey.items(), SurveyItemStatistics::suppressed,
				SuppressedCopies::suppressed);
		List<SurveyScaleStatistics> scales = flag(rule, survey.scales(), SurveyScaleStatistics::suppressed,
				SuppressedCopies::suppressed);
		ParticipationResults p = new ParticipationResults(rows,
				flag(rule, participation.jointMeetings(), JointMeetingComposition::suppressed, SuppressedCopies::suppressed),
				flag(rule, participation.jointMeetingAttendance(), JointMeetingAttendance::suppressed,
						SuppressedCopies::suppressed),
				trends(participation.trends(), rows), participation.years());
		SurveyResults s = new SurveyResults(items, scales, survey.reliability(), survey.groupComparisons(),
				comparisons(survey.yearComparisons(), items, scales));
		return new StatisticsTables(p, s, flag(rule, years, YearSummary::suppressed, SuppressedCopies::suppressed));
	}

	/** Adds the relation "total = sum of the members", when there are members (null: none). */
	private static <T> void totals(ComplementarySuppression rule, Object total, List<T> members) {
		if (members != null && !members.isEmpty()) {
			rule.total(total, members);
		}
	}

	/** The rows by key, each list in the rows' order: one pass, so linear in the rows. */
	private static <K, T> Map<K, List<T>> grouped(List<T> rows, Function<T, K> key) {
		Map<K, List<T>> groups = new HashMap<>();
		rows.forEach((r) -> groups.computeIfAbsent(key.apply(r), (k) -> new ArrayList<>()).add(r));
		return groups;
	}

	/** Adds, per cell of {@code table}, the relation "ALL row = sum of the group rows". */
	private static <T> void allRows(ComplementarySuppression rule, List<T> rows, Function<T, String> group,
			Function<T, String> table) {
		Map<String, T> all = new HashMap<>();
		Map<String, List<T>> groups = new LinkedHashMap<>();
		for (T row : rows) {
			if (SurveyCalculator.ALL.equals(group.apply(row))) {
				all.put(table.apply(row), row);
			}
			else {
				groups.computeIfAbsent(table.apply(row), (k) -> new ArrayList<>()).add(row);
			}
		}
		groups.forEach((key, members) -> {
			if (all.containsKey(key)) {
				rule.total(all.get(key), members);
			}
		});
	}

	private static <T> List<T> flag(ComplementarySuppression rule, List<T> rows, java.util.function.Predicate<T> flagged,
			Function<T, T> suppressed) {
		return rows.stream().map((r) -> (!flagged.test(r) && rule.withheld(r)) ? suppressed.apply(r) : r).toList();
	}

	/** A group's trends are withheld when any year of the group is. */
	private static List<ParticipationTrend> trends(List<ParticipationTrend> trends, List<ParticipationStatistics> rows) {
		return trends.stream()
			.map((t) -> (!t.suppressed() && rows.stream()
				.anyMatch((r) -> r.groupCode().equals(t.groupCode()) && r.suppressed())) ? SuppressedCopies.suppressed(t) : t)
			.toList();
	}

	/** A year comparison is withheld when the row of its earlier or later year is. */
	private static List<YearComparison> comparisons(List<YearComparison> comparisons, List<SurveyItemStatistics> items,
			List<SurveyScaleStatistics> scales) {
		Map<String, Boolean> withheld = new HashMap<>();
		items.forEach((r) -> withheld.put("i|" + r.year() + "|" + r.groupCode() + "|" + r.itemCode(), r.suppressed()));
		scales.forEach((r) -> withheld.put("s|" + r.year() + "|" + r.groupCode() + "|" + r.scaleCode(), r.suppressed()));
		return comparisons.stream().map((c) -> {
			String prefix = (c.scaleScore() ? "s|" : "i|");
			String tail = "|" + c.groupCode() + "|" + c.itemCode();
			boolean either = withheld.getOrDefault(prefix + c.fromYear() + tail, false)
					|| withheld.getOrDefault(prefix + c.toYear() + tail, false);
			return (either && !c.suppressed()) ? SuppressedCopies.suppressed(c) : c;
		}).toList();
	}

	/**
	 * A published participation row without the figures that would disclose a small count: the
	 * changes and new/returning participants when the previous year is withheld; new participants
	 * and retention when the new or the returning participants are fewer than k (but not 0).
	 */
	private static ParticipationStatistics withheldColumns(ParticipationStatistics row, ParticipationStatistics previous,
			int k) {
		if (row.suppressed() || row.newParticipants() == null) {
			return row;
		}
		if (previous != null && previous.suppressed()) {
			return SuppressedCopies.withoutChanges(row, true);
		}
		long returning = row.distinctParticipants() - row.newParticipants();
		if (small(row.newParticipants(), k) || small(returning, k)) {
			return SuppressedCopies.withoutChanges(row, false);
		}
		return row;
	}

	/**
	 * Whether a published participation row's changes from the previous year were withheld (shown as
	 * withheld, not as "new"): the previous year's row exists and is withheld.
	 * @param previous the group's row of the year before, or null when the group had none
	 */
	public static boolean changeWithheld(ParticipationStatistics row, ParticipationStatistics previous) {
		return !row.suppressed() && previous != null && previous.suppressed();
	}

	/**
	 * Whether a published participation row's new participants and retention were withheld: the
	 * previous year's row exists (so they were computed) but they are null.
	 * @param previous the group's row of the year before, or null when the group had none
	 */
	public static boolean retentionWithheld(ParticipationStatistics row, ParticipationStatistics previous) {
		return !row.suppressed() && previous != null && row.newParticipants() == null;
	}

	/** The row of the same group in the year before, or null. */
	public static ParticipationStatistics previous(ParticipationStatistics row, List<ParticipationStatistics> rows) {
		return rows.stream()
			.filter((other) -> other.year() == row.year() - 1 && other.groupCode().equals(row.groupCode()))
			.findFirst()
			.orElse(null);
	}

	/** Whether a count of people is withheld inside a published row: 1..k-1. */
	static boolean small(Long count, int k) {
		return count != null && count > 0 && count < k;
	}

	private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
		Map<String, T> map = new HashMap<>();
		rows.forEach((r) -> map.put(key.apply(r), r));
		return map;
	}

}
