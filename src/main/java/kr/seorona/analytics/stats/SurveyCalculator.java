package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyRecord;

/**
 * Survey statistics per year × group × item and scale, reliability, and comparisons between groups
 * and between consecutive years, accumulated from streamed {@link SurveyRecord}s.
 *
 * <p>Keeps per respondent only its group, its answers, its weight and its pseudonym's 64 bits until
 * {@link #results()}, packed into primitive arrays per year ({@link SurveyRespondents}, about 23
 * bytes a respondent with six items): national surveys have millions of respondents. The pseudonym
 * finds the respondents who answered in consecutive years, whose answers the year comparisons
 * treat as paired ({@link PartiallyOverlappingTTest}). A group appears in a year when it has at least one
 * respondent that year; {@value #ALL} (all groups together) follows the groups in every year.
 * Every figure that cannot be computed is {@code null}, never NaN; {@code suppressed} marks rows
 * resting on fewer than {@code minCellSize} values (the figures stay in the record, the publishing
 * layer withholds them). Formulas and small-n rules: docs/STATISTICS.md.
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class SurveyCalculator {

	/** Group code of the rows about all groups together. */
	public static final String ALL = "ALL";

	private final GroupCatalog groups;

	private final SurveyDefinition survey;

	private final int minCellSize;

	private final SurveyYearStatistics years;

	private final Map<Integer, SurveyRespondents> byYear = new TreeMap<>();

	/**
	 * @param groups the group catalogue: display order and valid codes
	 * @param survey items (answer order) and scales
	 * @param minCellSize k: rows resting on fewer than k values are marked {@code suppressed}; 0 or more
	 */
	public SurveyCalculator(GroupCatalog groups, SurveyDefinition survey, int minCellSize) {
		if (minCellSize < 0) {
			throw new IllegalArgumentException("minCellSize must be >= 0 but was " + minCellSize);
		}
		this.groups = groups;
		this.survey = survey;
		this.minCellSize = minCellSize;
		if (groups.groups().size() > 255) {
			throw new IllegalArgumentException("at most 255 groups are supported but the catalogue has "
					+ groups.groups().size());
		}
		this.years = new SurveyYearStatistics(groups, survey, SurveyMeasure.all(survey), minCellSize);
	}

	/**
	 * Adds one respondent.
	 * @throws IllegalArgumentException when the group is unknown, the number of answers differs from
	 * the number of items, an answer is outside 1..5 or the weight is not &gt; 0
	 */
	public void add(SurveyRecord r) {
		if (GroupCatalog.JOINT.equals(r.groupCode()) || this.groups.find(r.groupCode()).isEmpty()) {
			throw new IllegalArgumentException("unknown group code " + r.groupCode() + " of respondent " + r.respondentKey());
		}
		int items = this.survey.items().size();
		if (r.answers().size() != items) {
			throw new IllegalArgumentException("respondent " + r.respondentKey() + " has " + r.answers().size()
					+ " answers, the survey has " + items + " items");
		}
		Integer[] answers = r.answers().toArray(new Integer[0]);
		for (Integer answer : answers) {
			if (answer != null && (answer < SurveyDefinition.MIN_ANSWER || answer > SurveyDefinition.MAX_ANSWER)) {
				throw new IllegalArgumentException("answer " + answer + " of respondent " + r.respondentKey()
						+ " is outside " + SurveyDefinition.MIN_ANSWER + ".." + SurveyDefinition.MAX_ANSWER);
			}
		}
		if (r.weight() != null && !(r.weight() > 0 && Double.isFinite(r.weight()))) {
			throw new IllegalArgumentException("weight of respondent " + r.respondentKey() + " must be > 0 but was "
					+ r.weight());
		}
		this.byYear.computeIfAbsent(r.year(), (y) -> new SurveyRespondents(items))
			.add(r.respondentKey(), this.groups.order(r.groupCode()), answers, r.weight());
	}

	/**
	 * The statistics of everything added so far, sorted as described in {@link SurveyResults}. Years
	 * are computed one after the other, each from its own and the year before's respondents
	 * ({@link SurveyYearStatistics}). Not in parallel: the job computes them while the participation
	 * statistics run on another thread, and at national scale (10M attendance rows, 2.2M
	 * respondents) years computed at once on the common pool as well held so much at the same time
	 * that the 660 MiB heap spent 8.2 of the run's 100 s in 28 full collections (2.4 s in 10 one
	 * year at a time; the statistics step 29.8 -> 22.5 s; 2026-12-03, {@code -Xlog:gc}).
	 */
	public SurveyResults results() {
		List<SurveyResults> perYear = this.byYear.keySet()
			.stream()
			.map((year) -> this.years.of(year, this.byYear.get(year), this.byYear.get(year - 1)))
			.toList();
		List<SurveyItemStatistics> items = new ArrayList<>();
		List<SurveyScaleStatistics> scales = new ArrayList<>();
		List<ItemReliability> reliability = new ArrayList<>();
		List<GroupComparison> groupComparisons = new ArrayList<>();
		List<YearComparison> yearComparisons = new ArrayList<>();
		for (SurveyResults year : perYear) {
			items.addAll(year.items());
			scales.addAll(year.scales());
			reliability.addAll(year.reliability());
			groupComparisons.addAll(year.groupComparisons());
			yearComparisons.addAll(year.yearComparisons());
		}
		return new SurveyResults(items, scales, reliability, groupComparisons, yearComparisons);
	}

}
