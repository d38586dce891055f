package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyRecord;
import kr.seorona.analytics.ingest.SurveyScale;

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

	private static final double LEVEL = 0.95;

	private final GroupCatalog groups;

	private final SurveyDefinition survey;

	private final int minCellSize;

	private final List<Measure> measures = new ArrayList<>();

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
		for (int i = 0; i < survey.items().size(); i++) {
			int index = i;
			this.measures.add(new Measure(survey.items().get(i).code(), false, (r, row) -> r.answer(row, index)));
		}
		for (SurveyScale scale : survey.scales()) {
			int[] indexes = indexes(scale);
			this.measures.add(new Measure(scale.code(), true, (r, row) -> r.scaleScore(row, indexes)));
		}
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

	/** The statistics of everything added so far, sorted as described in {@link SurveyResults}. */
	public SurveyResults results() {
		List<SurveyItemStatistics> items = new ArrayList<>();
		List<SurveyScaleStatistics> scales = new ArrayList<>();
		List<ItemReliability> reliability = new ArrayList<>();
		List<GroupComparison> groupComparisons = new ArrayList<>();
		List<YearComparison> yearComparisons = new ArrayList<>();
		for (Map.Entry<Integer, SurveyRespondents> entry : this.byYear.entrySet()) {
			int year = entry.getKey();
			Map<String, Cell> cells = cells(entry.getValue());
			cells.forEach((group, respondents) -> {
				for (int i = 0; i < this.survey.items().size(); i++) {
					items.add(itemStatistics(year, group, i, respondents));
				}
				for (int s = 0; s < this.survey.scales().size(); s++) {
					scales.add(scaleStatistics(year, group, s, respondents));
				}
			});
			for (SurveyScale scale : this.survey.scales()) {
				reliability.addAll(reliability(year, scale, cells.get(ALL)));
			}
			for (Measure measure : this.measures) {
				groupComparisons.add(groupComparison(year, measure, cells));
			}
			SurveyRespondents previous = this.byYear.get(year - 1);
			if (previous != null) {
				Map<String, Cell> before = cells(previous);
				int[] earlierRows = SurveyRespondents.earlierRows(previous, entry.getValue());
				cells.forEach((group, respondents) -> {
					if (before.containsKey(group)) {
						for (Measure measure : this.measures) {
							yearComparisons.add(
									yearComparison(group, measure, year, before.get(group), respondents, earlierRows));
						}
					}
				});
			}
		}
		return new SurveyResults(items, scales, reliability, groupComparisons, yearComparisons);
	}

	/**
	 * Respondents by group in display order (each in the order added), groups without respondents
	 * left out, then ALL.
	 */
	private Map<String, Cell> cells(SurveyRespondents respondents) {
		List<Group> groups = this.groups.groups();
		int[] sizes = new int[groups.size()];
		for (int row = 0; row < respondents.size(); row++) {
			sizes[respondents.group(row)]++;
		}
		int[][] rows = new int[groups.size()][];
		for (int g = 0; g < rows.length; g++) {
			rows[g] = new int[sizes[g]];
		}
		int[] filled = new int[groups.size()];
		for (int row = 0; row < respondents.size(); row++) {
			int g = respondents.group(row);
			rows[g][filled[g]++] = row;
		}
		Map<String, Cell> cells = new LinkedHashMap<>();
		for (int g = 0; g < rows.length; g++) {
			if (rows[g].length > 0) {
				cells.put(groups.get(g).code(), new Cell(respondents, rows[g]));
			}
		}
		int[] all = new int[respondents.size()];
		for (int row = 0; row < all.length; row++) {
			all[row] = row;
		}
		cells.put(ALL, new Cell(respondents, all));
		return cells;
	}

	private SurveyItemStatistics itemStatistics(int year, String group, int index, Cell respondents) {
		Sample sample = Sample.of(respondents, this.measures.get(index).value());
		Descriptive d = Descriptive.of(sample.values());
		long n = d.n();
		long[] counts = new long[SurveyDefinition.MAX_ANSWER + 1];
		for (double value : sample.values()) {
			counts[(int) value]++;
		}
		long topTwo = counts[4] + counts[5];
		WilsonInterval wilson = WilsonInterval.of(topTwo, n, LEVEL);
		WeightedMean weighted = sample.weighted();
		return new SurveyItemStatistics(year, group, this.survey.items().get(index).code(),
				this.survey.items().get(index).scaleCode(), n, sample.missing(), d.mean(), d.standardDeviation(),
				d.standardError(), d.ciLower95(), d.ciUpper95(), d.median(), d.q1(), d.q3(), Numbers.ratio(counts[1], n),
				Numbers.ratio(counts[2], n), Numbers.ratio(counts[3], n), Numbers.ratio(counts[4], n),
				Numbers.ratio(counts[5], n), Numbers.ratio(topTwo, n), (wilson != null) ? wilson.lower() : null,
				(wilson != null) ? wilson.upper() : null, (weighted != null) ? weighted.mean() : null,
				(weighted != null) ? weighted.standardError() : null, n < this.minCellSize);
	}

	private SurveyScaleStatistics scaleStatistics(int year, String group, int index, Cell respondents) {
		SurveyScale scale = this.survey.scales().get(index);
		Sample sample = Sample.of(respondents, this.measures.get(this.survey.items().size() + index).value());
		Descriptive d = Descriptive.of(sample.values());
		CronbachAlpha alpha = CronbachAlpha.ofColumns(completeCases(scale, respondents));
		WeightedMean weighted = sample.weighted();
		return new SurveyScaleStatistics(year, group, scale.code(), scale.itemCodes().size(), d.n(), sample.missing(),
				d.mean(), d.standardDeviation(), d.standardError(), d.ciLower95(), d.ciUpper95(), d.median(), d.q1(),
				d.q3(), alpha.alpha(), alpha.n(), (weighted != null) ? weighted.mean() : null,
				(weighted != null) ? weighted.standardError() : null, d.n() < this.minCellSize);
	}

	private List<ItemReliability> reliability(int year, SurveyScale scale, Cell respondents) {
		CronbachAlpha alpha = CronbachAlpha.ofColumns(completeCases(scale, respondents));
		List<ItemReliability> rows = new ArrayList<>();
		for (int i = 0; i < scale.itemCodes().size(); i++) {
			rows.add(new ItemReliability(year, scale.code(), scale.itemCodes().get(i), alpha.n(),
					alpha.alphaIfItemDeleted().get(i), alpha.correctedItemTotalCorrelation().get(i),
					alpha.n() < this.minCellSize));
		}
		return rows;
	}

	private GroupComparison groupComparison(int year, Measure measure, Map<String, Cell> cells) {
		List<double[]> samples = new ArrayList<>();
		cells.forEach((group, respondents) -> {
			if (!ALL.equals(group)) {
				double[] values = Sample.of(respondents, measure.value()).values();
				if (values.length > 0) {
					samples.add(values);
				}
			}
		});
		long minGroupN = samples.stream().mapToLong((s) -> s.length).min().orElse(0);
		OneWayAnova anova = OneWayAnova.of(samples);
		WelchAnova welch = WelchAnova.of(samples);
		KruskalWallis kruskal = KruskalWallis.of(samples);
		return new GroupComparison(year, measure.code(), measure.scale(), samples.size(), anova.n(), minGroupN,
				anova.f(), anova.dfBetween(), anova.dfWithin(), anova.pValue(), welch.f(), welch.df1(), welch.df2(),
				welch.pValue(), kruskal.h(), kruskal.df(), kruskal.pValue(), anova.etaSquared(),
				minGroupN < this.minCellSize);
	}

	/**
	 * The partially overlapping samples t-test of one measure between the group's respondents of two
	 * consecutive years: a respondent is paired when the same pseudonym has a value in both years'
	 * cells (for a group: in that group both years), see {@link PartiallyOverlappingTTest}.
	 * @param earlierRows for each row of the later year, the same respondent's row of the earlier year
	 * or -1 ({@link SurveyRespondents#earlierRows})
	 */
	private YearComparison yearComparison(String group, Measure measure, int year, Cell before, Cell after,
			int[] earlierRows) {
		double[] pairedBefore = new double[after.size()];
		double[] pairedAfter = new double[after.size()];
		double[] unpairedAfter = new double[after.size()];
		boolean[] paired = new boolean[before.size()];
		int pairs = 0;
		int unpaired = 0;
		for (int row : after.rows()) {
			Double value = measure.value().of(after.respondents(), row);
			if (value == null) {
				continue;
			}
			int earlier = earlierRows[row];
			int position = (earlier >= 0) ? Arrays.binarySearch(before.rows(), earlier) : -1;
			Double previous = (position >= 0) ? measure.value().of(before.respondents(), earlier) : null;
			if (previous != null) {
				paired[position] = true;
				pairedBefore[pairs] = previous;
				pairedAfter[pairs++] = value;
			}
			else {
				unpairedAfter[unpaired++] = value;
			}
		}
		double[] unpairedBefore = new double[before.size()];
		int unpairedEarlier = 0;
		for (int position = 0; position < before.size(); position++) {
			Double value = paired[position] ? null : measure.value().of(before.respondents(), before.rows()[position]);
			if (value != null) {
				unpairedBefore[unpairedEarlier++] = value;
			}
		}
		PartiallyOverlappingTTest test = PartiallyOverlappingTTest.of(
				Arrays.copyOf(unpairedBefore, unpairedEarlier), Arrays.copyOf(unpairedAfter, unpaired),
				Arrays.copyOf(pairedBefore, pairs), Arrays.copyOf(pairedAfter, pairs));
		return new YearComparison(group, measure.code(), measure.scale(), year - 1, year, test.n1(), test.n2(),
				test.nPaired(), test.mean1(), test.mean2(), test.difference(), test.t(), test.df(), test.pValue(),
				test.method(), test.cohensD(), Math.min(test.n1(), test.n2()) < this.minCellSize);
	}

	/**
	 * The answers to the scale's items of the respondents who answered all of them, one column per
	 * item (in scale order), rows in the cell's order: Cronbach's alpha uses complete cases only.
	 */
	private double[][] completeCases(SurveyScale scale, Cell cell) {
		int[] indexes = indexes(scale);
		SurveyRespondents respondents = cell.respondents();
		int complete = 0;
		for (int row : cell.rows()) {
			if (respondents.answeredAll(row, indexes)) {
				complete++;
			}
		}
		double[][] columns = new double[indexes.length][complete];
		int r = 0;
		for (int row : cell.rows()) {
			if (respondents.answeredAll(row, indexes)) {
				for (int i = 0; i < indexes.length; i++) {
					columns[i][r] = respondents.answer(row, indexes[i]);
				}
				r++;
			}
		}
		return columns;
	}

	private int[] indexes(SurveyScale scale) {
		return scale.itemCodes().stream().mapToInt((code) -> {
			int index = this.survey.indexOf(code);
			if (index < 0) {
				throw new IllegalArgumentException("scale " + scale.code() + " names unknown item " + code);
			}
			return index;
		}).toArray();
	}

	/** An item or a scale score: what is compared and summarised. */
	private record Measure(String code, boolean scale, MeasureValue value) {
	}

	/** The value of a measure for one respondent, or null when it has none. */
	@FunctionalInterface
	private interface MeasureValue {

		Double of(SurveyRespondents respondents, int row);

	}

	/** Respondents of one group (or of all groups) in one year: rows of a {@link SurveyRespondents}. */
	private record Cell(SurveyRespondents respondents, int[] rows) {

		int size() {
			return this.rows.length;
		}

	}

	/**
	 * The valid values of one measure among respondents, their weights (null unless every one of them
	 * has a weight) and how many respondents had no value.
	 */
	private record Sample(double[] values, double[] weights, long missing) {

		static Sample of(Cell cell, MeasureValue measure) {
			SurveyRespondents respondents = cell.respondents();
			double[] values = new double[cell.size()];
			double[] weights = new double[cell.size()];
			int n = 0;
			boolean weighted = true;
			for (int row : cell.rows()) {
				Double value = measure.of(respondents, row);
				if (value != null) {
					values[n] = value;
					Double weight = respondents.weight(row);
					weighted &= weight != null;
					weights[n] = weighted ? weight : 0;
					n++;
				}
			}
			return new Sample(Arrays.copyOf(values, n),
					(weighted && n > 0) ? Arrays.copyOf(weights, n) : null, cell.size() - n);
		}

		WeightedMean weighted() {
			return (this.weights != null) ? WeightedMean.of(this.values, this.weights) : null;
		}

	}

}
