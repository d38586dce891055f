package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyRecord;
import kr.seorona.analytics.ingest.SurveyScale;

/**
 * Survey statistics per year × group × item and scale, reliability, and comparisons between groups
 * and between consecutive years, accumulated from streamed {@link SurveyRecord}s.
 *
 * <p>Keeps one small row per respondent (group, answers, weight) until {@link #results()}; survey
 * files have thousands of rows, not millions. A group appears in a year when it has at least one
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

	private final Map<Integer, List<Respondent>> byYear = new TreeMap<>();

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
		for (int i = 0; i < survey.items().size(); i++) {
			int index = i;
			this.measures.add(new Measure(survey.items().get(i).code(), false, (r) -> r.answer(index)));
		}
		for (SurveyScale scale : survey.scales()) {
			int[] indexes = indexes(scale);
			this.measures.add(new Measure(scale.code(), true, (r) -> r.scaleScore(indexes)));
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
		this.byYear.computeIfAbsent(r.year(), (y) -> new ArrayList<>())
			.add(new Respondent(r.groupCode(), answers, r.weight()));
	}

	/** The statistics of everything added so far, sorted as described in {@link SurveyResults}. */
	public SurveyResults results() {
		List<SurveyItemStatistics> items = new ArrayList<>();
		List<SurveyScaleStatistics> scales = new ArrayList<>();
		List<ItemReliability> reliability = new ArrayList<>();
		List<GroupComparison> groupComparisons = new ArrayList<>();
		List<YearComparison> yearComparisons = new ArrayList<>();
		for (Map.Entry<Integer, List<Respondent>> entry : this.byYear.entrySet()) {
			int year = entry.getKey();
			Map<String, List<Respondent>> cells = cells(entry.getValue());
			cells.forEach((group, respondents) -> {
				for (int i = 0; i < this.survey.items().size(); i++) {
					items.add(itemStatistics(year, group, i, respondents));
				}
				for (int s = 0; s < this.survey.scales().size(); s++) {
					scales.add(scaleStatistics(year, group, s, respondents));
				}
			});
			for (SurveyScale scale : this.survey.scales()) {
				reliability.addAll(reliability(year, scale, entry.getValue()));
			}
			for (Measure measure : this.measures) {
				groupComparisons.add(groupComparison(year, measure, cells));
			}
			List<Respondent> previous = this.byYear.get(year - 1);
			if (previous != null) {
				Map<String, List<Respondent>> before = cells(previous);
				cells.forEach((group, respondents) -> {
					if (before.containsKey(group)) {
						for (Measure measure : this.measures) {
							yearComparisons.add(yearComparison(group, measure, year, before.get(group), respondents));
						}
					}
				});
			}
		}
		return new SurveyResults(items, scales, reliability, groupComparisons, yearComparisons);
	}

	/** Respondents by group in display order, groups without respondents left out, then ALL. */
	private Map<String, List<Respondent>> cells(List<Respondent> respondents) {
		Map<String, List<Respondent>> cells = new java.util.LinkedHashMap<>();
		for (Group group : this.groups.groups()) {
			List<Respondent> members = respondents.stream().filter((r) -> r.groupCode().equals(group.code())).toList();
			if (!members.isEmpty()) {
				cells.put(group.code(), members);
			}
		}
		cells.put(ALL, respondents);
		return cells;
	}

	private SurveyItemStatistics itemStatistics(int year, String group, int index, List<Respondent> respondents) {
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

	private SurveyScaleStatistics scaleStatistics(int year, String group, int index, List<Respondent> respondents) {
		SurveyScale scale = this.survey.scales().get(index);
		Sample sample = Sample.of(respondents, this.measures.get(this.survey.items().size() + index).value());
		Descriptive d = Descriptive.of(sample.values());
		CronbachAlpha alpha = CronbachAlpha.of(scaleRows(scale, respondents), scale.itemCodes().size());
		WeightedMean weighted = sample.weighted();
		return new SurveyScaleStatistics(year, group, scale.code(), scale.itemCodes().size(), d.n(), sample.missing(),
				d.mean(), d.standardDeviation(), d.standardError(), d.ciLower95(), d.ciUpper95(), d.median(), d.q1(),
				d.q3(), alpha.alpha(), alpha.n(), (weighted != null) ? weighted.mean() : null,
				(weighted != null) ? weighted.standardError() : null, d.n() < this.minCellSize);
	}

	private List<ItemReliability> reliability(int year, SurveyScale scale, List<Respondent> respondents) {
		CronbachAlpha alpha = CronbachAlpha.of(scaleRows(scale, respondents), scale.itemCodes().size());
		List<ItemReliability> rows = new ArrayList<>();
		for (int i = 0; i < scale.itemCodes().size(); i++) {
			rows.add(new ItemReliability(year, scale.code(), scale.itemCodes().get(i), alpha.n(),
					alpha.alphaIfItemDeleted().get(i), alpha.correctedItemTotalCorrelation().get(i),
					alpha.n() < this.minCellSize));
		}
		return rows;
	}

	private GroupComparison groupComparison(int year, Measure measure, Map<String, List<Respondent>> cells) {
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

	private YearComparison yearComparison(String group, Measure measure, int year, List<Respondent> before,
			List<Respondent> after) {
		WelchTTest test = WelchTTest.of(Sample.of(before, measure.value()).values(),
				Sample.of(after, measure.value()).values());
		return new YearComparison(group, measure.code(), measure.scale(), year - 1, year, test.n1(), test.n2(),
				test.mean1(), test.mean2(), test.difference(), test.t(), test.df(), test.pValue(), test.cohensD(),
				Math.min(test.n1(), test.n2()) < this.minCellSize);
	}

	private List<Integer[]> scaleRows(SurveyScale scale, List<Respondent> respondents) {
		int[] indexes = indexes(scale);
		List<Integer[]> rows = new ArrayList<>(respondents.size());
		for (Respondent respondent : respondents) {
			Integer[] row = new Integer[indexes.length];
			for (int i = 0; i < indexes.length; i++) {
				row[i] = respondent.answers()[indexes[i]];
			}
			rows.add(row);
		}
		return rows;
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
	private record Measure(String code, boolean scale, Function<Respondent, Double> value) {
	}

	private record Respondent(String groupCode, Integer[] answers, Double weight) {

		Double answer(int index) {
			Integer answer = this.answers[index];
			return (answer != null) ? answer.doubleValue() : null;
		}

		/** Mean of the answered items among the indexes, or null when none is answered. */
		Double scaleScore(int[] indexes) {
			double sum = 0;
			int count = 0;
			for (int index : indexes) {
				if (this.answers[index] != null) {
					sum += this.answers[index];
					count++;
				}
			}
			return (count > 0) ? sum / count : null;
		}

	}

	/**
	 * The valid values of one measure among respondents, their weights (null unless every one of them
	 * has a weight) and how many respondents had no value.
	 */
	private record Sample(double[] values, double[] weights, long missing) {

		static Sample of(List<Respondent> respondents, Function<Respondent, Double> measure) {
			double[] values = new double[respondents.size()];
			double[] weights = new double[respondents.size()];
			int n = 0;
			boolean weighted = true;
			for (Respondent respondent : respondents) {
				Double value = measure.apply(respondent);
				if (value != null) {
					values[n] = value;
					weighted &= respondent.weight() != null;
					weights[n] = weighted ? respondent.weight() : 0;
					n++;
				}
			}
			return new Sample(java.util.Arrays.copyOf(values, n),
					(weighted && n > 0) ? java.util.Arrays.copyOf(weights, n) : null, respondents.size() - n);
		}

		WeightedMean weighted() {
			return (this.weights != null) ? WeightedMean.of(this.values, this.weights) : null;
		}

	}

}
