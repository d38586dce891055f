package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyScale;

/**
 * The survey statistics of one year, from its respondents and, for the year comparisons, those of
 * the year before: the part of {@link SurveyCalculator#results()} that years do not share, so that
 * years can be computed at the same time. Reads the respondents and never changes them: several
 * years may run on several threads over the same {@link SurveyRespondents}.
 */
final class SurveyYearStatistics {

	private static final double LEVEL = 0.95;

	private final GroupCatalog groups;

	private final SurveyDefinition survey;

	private final List<SurveyMeasure> measures;

	private final int minCellSize;

	/**
	 * @param measures the survey's items, then its scales, in definition order ({@link #measures})
	 */
	SurveyYearStatistics(GroupCatalog groups, SurveyDefinition survey, List<SurveyMeasure> measures, int minCellSize) {
		this.groups = groups;
		this.survey = survey;
		this.measures = List.copyOf(measures);
		this.minCellSize = minCellSize;
	}

	/**
	 * One year's rows of every survey table.
	 * @param previous the respondents of the year before, or null when there were none
	 */
	SurveyResults of(int year, SurveyRespondents respondents, SurveyRespondents previous) {
		List<SurveyItemStatistics> items = new ArrayList<>();
		List<SurveyScaleStatistics> scales = new ArrayList<>();
		List<ItemReliability> reliability = new ArrayList<>();
		List<GroupComparison> groupComparisons = new ArrayList<>();
		List<YearComparison> yearComparisons = new ArrayList<>();
		Map<String, SurveyCell> cells = SurveyCell.byGroup(this.groups, respondents);
		cells.forEach((group, cell) -> {
			for (int i = 0; i < this.survey.items().size(); i++) {
				items.add(itemStatistics(year, group, i, cell));
			}
			for (int s = 0; s < this.survey.scales().size(); s++) {
				scales.add(scaleStatistics(year, group, s, cell));
			}
		});
		for (SurveyScale scale : this.survey.scales()) {
			reliability.addAll(reliability(year, scale, cells.get(SurveyCalculator.ALL)));
		}
		for (SurveyMeasure measure : this.measures) {
			groupComparisons.add(groupComparison(year, measure, cells));
		}
		if (previous != null) {
			Map<String, SurveyCell> before = SurveyCell.byGroup(this.groups, previous);
			int[] earlierRows = SurveyRespondents.earlierRows(previous, respondents);
			cells.forEach((group, cell) -> {
				if (before.containsKey(group)) {
					for (SurveyMeasure measure : this.measures) {
						yearComparisons.add(yearComparison(group, measure, year, before.get(group), cell, earlierRows));
					}
				}
			});
		}
		return new SurveyResults(items, scales, reliability, groupComparisons, yearComparisons);
	}

	private SurveyItemStatistics itemStatistics(int year, String group, int index, SurveyCell respondents) {
		SurveyCell.Sample sample = respondents.sample(this.measures.get(index).value());
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

	private SurveyScaleStatistics scaleStatistics(int year, String group, int index, SurveyCell respondents) {
		SurveyScale scale = this.survey.scales().get(index);
		SurveyCell.Sample sample = respondents.sample(this.measures.get(this.survey.items().size() + index).value());
		Descriptive d = Descriptive.of(sample.values());
		CronbachAlpha alpha = CronbachAlpha.ofColumns(respondents.completeCases(SurveyMeasure.indexes(this.survey, scale)));
		WeightedMean weighted = sample.weighted();
		return new SurveyScaleStatistics(year, group, scale.code(), scale.itemCodes().size(), d.n(), sample.missing(),
				d.mean(), d.standardDeviation(), d.standardError(), d.ciLower95(), d.ciUpper95(), d.median(), d.q1(),
				d.q3(), alpha.alpha(), alpha.n(), (weighted != null) ? weighted.mean() : null,
				(weighted != null) ? weighted.standardError() : null, d.n() < this.minCellSize);
	}

	private List<ItemReliability> reliability(int year, SurveyScale scale, SurveyCell respondents) {
		CronbachAlpha alpha = CronbachAlpha.ofColumns(respondents.completeCases(SurveyMeasure.indexes(this.survey, scale)));
		List<ItemReliability> rows = new ArrayList<>();
		for (int i = 0; i < scale.itemCodes().size(); i++) {
			rows.add(new ItemReliability(year, scale.code(), scale.itemCodes().get(i), alpha.n(),
					alpha.alphaIfItemDeleted().get(i), alpha.correctedItemTotalCorrelation().get(i),
					alpha.n() < this.minCellSize));
		}
		return rows;
	}

	private GroupComparison groupComparison(int year, SurveyMeasure measure, Map<String, SurveyCell> cells) {
		List<double[]> samples = new ArrayList<>();
		cells.forEach((group, respondents) -> {
			if (!SurveyCalculator.ALL.equals(group)) {
				double[] values = respondents.sample(measure.value()).values();
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
	private YearComparison yearComparison(String group, SurveyMeasure measure, int year, SurveyCell before, SurveyCell after,
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

}
