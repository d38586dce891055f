package kr.seorona.analytics.stats;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.SurveyRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/** Items q1-q3 form scale collaboration, q4-q6 scale value (jobs/survey.yml). */
class SurveyCalculatorTests {

	private static final Definitions DEFINITIONS = Definitions.load(Path.of("jobs"));

	private static final double EPS = 1e-12;

	private static int counter;

	private static SurveyRecord respondent(int year, String group, Double weight, Integer... answers) {
		return new SurveyRecord(year, "r" + (counter++), group, null, Arrays.asList(answers), weight, null);
	}

	private static SurveyCalculator calculator(int k, SurveyRecord... records) {
		SurveyCalculator calculator = new SurveyCalculator(DEFINITIONS.groups(), DEFINITIONS.survey(), k);
		for (SurveyRecord record : records) {
			calculator.add(record);
		}
		return calculator;
	}

	private static <T> T only(List<T> rows, Predicate<T> filter) {
		List<T> matching = rows.stream().filter(filter).toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	private static SurveyItemStatistics item(SurveyResults results, int year, String group, String item) {
		return only(results.items(), (r) -> r.year() == year && r.groupCode().equals(group) && r.itemCode().equals(item));
	}

	/**
	 * 2019: TEACHER answers q1 = 1, 2, 2, 4, 5 (one more teacher answered nothing), PARENT q1 = 3, 3.
	 * 2020: TEACHER q1 = 4, 5; PRINCIPAL q1 = 2 (a group absent in 2019).
	 */
	/** A respondent with a given pseudonym who answered q1 only. */
	private static SurveyRecord keyed(int year, String key, String group, Integer q1) {
		return new SurveyRecord(year, key, group, null, Arrays.asList(q1, null, null, null, null, null), null, null);
	}

	private static SurveyRecord[] fixture() {
		return new SurveyRecord[] { respondent(2019, "TEACHER", null, 1, 1, 2, 3, 3, 3),
				respondent(2019, "TEACHER", null, 2, 2, 2, 4, 4, 3), respondent(2019, "TEACHER", null, 2, 3, 3, 4, 5, 5),
				respondent(2019, "TEACHER", null, 4, 4, 5, 2, 2, 1), respondent(2019, "TEACHER", null, 5, 5, 4, 5, null, 4),
				respondent(2019, "TEACHER", null, null, null, null, null, null, null),
				respondent(2019, "PARENT", null, 3, 3, 3, 3, 3, 3), respondent(2019, "PARENT", null, 3, 3, 3, 3, 3, 3),
				respondent(2020, "TEACHER", null, 4, 4, 4, 4, 4, 4), respondent(2020, "TEACHER", null, 5, 4, 5, 5, 5, 4),
				respondent(2020, "PRINCIPAL", null, 2, 2, 2, 2, 2, 2) };
	}

	@Nested
	class Items {

		@Test
		void rowsSortedByYearGroupOrderThenAllThenItem() {
			SurveyResults results = calculator(3, fixture()).results();
			assertThat(results.items()).hasSize(6 * (3 + 3));
			assertThat(results.items().stream().filter((r) -> r.itemCode().equals("q1")))
				.extracting((r) -> r.year() + "/" + r.groupCode())
				.containsExactly("2019/TEACHER", "2019/PARENT", "2019/ALL", "2020/PRINCIPAL", "2020/TEACHER", "2020/ALL");
			assertThat(results.items().subList(0, 6)).extracting(SurveyItemStatistics::itemCode)
				.containsExactly("q1", "q2", "q3", "q4", "q5", "q6");
			assertThat(results.items().get(0).scaleCode()).isEqualTo("collaboration");
		}

		@Test
		void descriptiveFiguresSharesAndTopTwoBox() {
			SurveyItemStatistics row = item(calculator(3, fixture()).results(), 2019, "TEACHER", "q1");
			assertThat(row.n()).isEqualTo(5);
			assertThat(row.missing()).isEqualTo(1);
			assertThat(row.mean()).isCloseTo(2.8, within(EPS));
			// R: var(c(1, 2, 2, 4, 5)) = 2.7; quantile(..., type = 7) = 2 (25%), 2 (50%), 4 (75%)
			assertThat(row.standardDeviation()).isCloseTo(Math.sqrt(2.7), within(EPS));
			assertThat(row.standardError()).isCloseTo(Math.sqrt(2.7 / 5), within(EPS));
			// R: qt(0.975, 4) = 2.776445
			assertThat(row.ciLower95()).isCloseTo(2.8 - 2.776445 * Math.sqrt(2.7 / 5), within(1e-6));
			assertThat(row.ciUpper95()).isCloseTo(2.8 + 2.776445 * Math.sqrt(2.7 / 5), within(1e-6));
			assertThat(row.median()).isEqualTo(2.0);
			assertThat(row.q1()).isEqualTo(2.0);
			assertThat(row.q3()).isEqualTo(4.0);
			assertThat(List.of(row.share1(), row.share2(), row.share3(), row.share4(), row.share5()))
				.containsExactly(0.2, 0.4, 0.0, 0.2, 0.2);
			assertThat(row.topTwoBox()).isCloseTo(0.4, within(EPS));
			WilsonInterval wilson = WilsonInterval.of(2, 5, 0.95);
			assertThat(row.topTwoBoxLower95()).isEqualTo(wilson.lower());
			assertThat(row.topTwoBoxUpper95()).isEqualTo(wilson.upper());
			assertThat(row.weightedMean()).isNull();
			assertThat(row.weightedStandardError()).isNull();
			assertThat(row.suppressed()).isFalse();
		}

		@Test
		void allAnswersIdenticalGiveZeroSpreadNotNaN() {
			SurveyItemStatistics row = item(calculator(3, fixture()).results(), 2019, "PARENT", "q1");
			assertThat(row.n()).isEqualTo(2);
			assertThat(row.mean()).isEqualTo(3.0);
			assertThat(row.standardDeviation()).isEqualTo(0.0);
			assertThat(row.ciLower95()).isEqualTo(3.0);
			assertThat(row.ciUpper95()).isEqualTo(3.0);
			assertThat(row.share3()).isEqualTo(1.0);
			assertThat(row.topTwoBox()).isEqualTo(0.0);
			assertThat(row.topTwoBoxLower95()).isEqualTo(0.0);
			assertThat(row.suppressed()).isTrue();
		}

		@Test
		void oneAnswerHasAMeanButNoSpread() {
			SurveyItemStatistics row = item(calculator(3, fixture()).results(), 2020, "PRINCIPAL", "q1");
			assertThat(row.n()).isEqualTo(1);
			assertThat(row.mean()).isEqualTo(2.0);
			assertThat(row.median()).isEqualTo(2.0);
			assertThat(row.standardDeviation()).isNull();
			assertThat(row.standardError()).isNull();
			assertThat(row.ciLower95()).isNull();
			assertThat(row.ciUpper95()).isNull();
			assertThat(row.share2()).isEqualTo(1.0);
		}

		@Test
		void noValidAnswerGivesNullsAndCountsTheMissing() {
			SurveyItemStatistics row = item(calculator(0,
					respondent(2021, "PARENT", null, null, 1, 1, 1, 1, 1),
					respondent(2021, "PARENT", null, null, 2, 2, 2, 2, 2)).results(), 2021, "PARENT", "q1");
			assertThat(row.n()).isZero();
			assertThat(row.missing()).isEqualTo(2);
			assertThat(Arrays.asList(row.mean(), row.median(), row.q1(), row.q3(), row.standardDeviation(),
					row.share1(), row.share5(), row.topTwoBox(), row.topTwoBoxLower95(), row.topTwoBoxUpper95()))
				.containsOnlyNulls();
			assertThat(row.suppressed()).isFalse();
		}

		@Test
		void weightedMeanAndItsStandardError() {
			SurveyResults results = calculator(0, respondent(2022, "PARENT", 1.0, 1, 1, 1, 1, 1, 1),
					respondent(2022, "PARENT", 3.0, 5, 5, 5, 5, 5, 5), respondent(2022, "TEACHER", 2.0, 2, 2, 2, 2, 2, 2),
					respondent(2022, "TEACHER", 2.0, 4, 4, 4, 4, 4, 4), respondent(2022, "TEACHER", 2.0, 3, 3, 3, 3, 3, 3))
				.results();
			assertThat(item(results, 2022, "PARENT", "q1").weightedMean()).isCloseTo((1 + 15) / 4.0, within(EPS));
			// equal weights: the weighted figures reduce to the mean and sd / sqrt(n)
			SurveyItemStatistics teachers = item(results, 2022, "TEACHER", "q1");
			assertThat(teachers.weightedMean()).isCloseTo(teachers.mean(), within(EPS));
			assertThat(teachers.weightedStandardError()).isCloseTo(teachers.standardError(), within(EPS));
		}

		/**
		 * A respondent without a weight (a blank weight cell, docs/STATISTICS.md): its answers count in
		 * every unweighted figure; the weighted figures of the cells where it has a value are null,
		 * those where it has none are unaffected.
		 */
		@Test
		void aRespondentWithoutWeightKeepsItsAnswersAndNullsTheWeightedFigures() {
			SurveyResults results = calculator(0, respondent(2022, "PARENT", 1.0, 1, 1, 1, 1, 1, 1),
					respondent(2022, "PARENT", 3.0, 2, 2, 2, 2, 2, 2),
					respondent(2022, "PARENT", null, 5, null, 5, 5, 5, 5)).results();
			SurveyItemStatistics q1 = item(results, 2022, "PARENT", "q1");
			assertThat(q1.n()).isEqualTo(3);
			assertThat(q1.mean()).isCloseTo(8 / 3.0, within(EPS));
			assertThat(q1.weightedMean()).isNull();
			assertThat(q1.weightedStandardError()).isNull();
			SurveyItemStatistics q2 = item(results, 2022, "PARENT", "q2");
			assertThat(q2.n()).isEqualTo(2);
			assertThat(q2.weightedMean()).isCloseTo((1 + 6) / 4.0, within(EPS));
		}

	}

	@Nested
	class Scales {

		@Test
		void scaleScoreIsTheMeanOfTheAnsweredItems() {
			SurveyResults results = calculator(3, fixture()).results();
			SurveyScaleStatistics value = only(results.scales(),
					(r) -> r.year() == 2019 && r.groupCode().equals("TEACHER") && r.scaleCode().equals("value"));
			// teacher scores: 3, 11/3, 14/3, 5/3, (5+4)/2; the sixth answered nothing
			double[] scores = { 3, 11 / 3.0, 14 / 3.0, 5 / 3.0, 4.5 };
			assertThat(value.items()).isEqualTo(3);
			assertThat(value.n()).isEqualTo(5);
			assertThat(value.missing()).isEqualTo(1);
			assertThat(value.mean()).isCloseTo(Arrays.stream(scores).average().orElseThrow(), within(EPS));
			// the respondent without q5 is not a complete case
			assertThat(value.alphaN()).isEqualTo(4);
			assertThat(value.cronbachAlpha()).isNotNull();
		}

		@Test
		void alphaIsNullWhenTheTotalIsConstant() {
			SurveyResults results = calculator(3, fixture()).results();
			SurveyScaleStatistics parents = only(results.scales(),
					(r) -> r.year() == 2019 && r.groupCode().equals("PARENT") && r.scaleCode().equals("collaboration"));
			assertThat(parents.alphaN()).isEqualTo(2);
			assertThat(parents.cronbachAlpha()).isNull();
			assertThat(parents.standardDeviation()).isEqualTo(0.0);
		}

		@Test
		void identicalItemsHaveAlphaOneAndUncorrelatedItemsAlphaZero() {
			// q1 = q2 = q3 for everyone: alpha = 1
			SurveyResults identical = calculator(0, respondent(2022, "PARENT", null, 1, 1, 1, 1, 2, 1),
					respondent(2022, "PARENT", null, 3, 3, 3, 2, 1, 1), respondent(2022, "PARENT", null, 4, 4, 4, 1, 1, 2),
					respondent(2022, "PARENT", null, 5, 5, 5, 2, 2, 2))
				.results();
			assertThat(only(identical.scales(), (r) -> r.groupCode().equals("ALL") && r.scaleCode().equals("collaboration"))
				.cronbachAlpha()).isCloseTo(1.0, within(EPS));
			// q4, q5, q6 pairwise uncorrelated (covariances 0): the total variance is the sum of the
			// item variances, so alpha = 0
			assertThat(only(identical.scales(), (r) -> r.groupCode().equals("ALL") && r.scaleCode().equals("value"))
				.cronbachAlpha()).isCloseTo(0.0, within(EPS));
		}

		@Test
		void reliabilityPerItemAcrossAllGroups() {
			SurveyResults results = calculator(3, fixture()).results();
			List<ItemReliability> rows = results.reliability().stream().filter((r) -> r.year() == 2019).toList();
			assertThat(rows).extracting(ItemReliability::itemCode).containsExactly("q1", "q2", "q3", "q4", "q5", "q6");
			ItemReliability q1 = rows.get(0);
			// complete cases of collaboration in 2019: five teachers and two parents
			assertThat(q1.n()).isEqualTo(7);
			Integer[][] rest = { { 1, 2 }, { 2, 2 }, { 3, 3 }, { 4, 5 }, { 5, 4 }, { 3, 3 }, { 3, 3 } };
			assertThat(q1.alphaIfItemDeleted())
				.isCloseTo(CronbachAlpha.of(Arrays.asList(rest), 2).alpha(), within(EPS));
			assertThat(q1.correctedItemTotalCorrelation()).isBetween(-1.0, 1.0);
			assertThat(q1.suppressed()).isFalse();
		}

	}

	@Nested
	class Comparisons {

		@Test
		void groupsWithinAYear() {
			SurveyResults results = calculator(3, fixture()).results();
			assertThat(results.groupComparisons()).extracting((r) -> r.year() + "/" + r.itemCode() + "/" + r.scaleScore())
				.startsWith("2019/q1/false", "2019/q2/false")
				.contains("2019/collaboration/true", "2020/value/true");
			GroupComparison q1 = only(results.groupComparisons(),
					(r) -> r.year() == 2019 && r.itemCode().equals("q1"));
			double[] teachers = { 1, 2, 2, 4, 5 };
			double[] parents = { 3, 3 };
			OneWayAnova anova = OneWayAnova.of(List.of(teachers, parents));
			assertThat(q1.groups()).isEqualTo(2);
			assertThat(q1.n()).isEqualTo(7);
			assertThat(q1.minGroupN()).isEqualTo(2);
			assertThat(q1.anovaF()).isEqualTo(anova.f());
			assertThat(q1.anovaDfBetween()).isEqualTo(1);
			assertThat(q1.anovaDfWithin()).isEqualTo(5);
			assertThat(q1.etaSquared()).isEqualTo(anova.etaSquared());
			assertThat(q1.kruskalWallisDf()).isEqualTo(1);
			assertThat(q1.kruskalWallisH()).isNotNull();
			// the parents answered identically: Welch's weights are undefined
			assertThat(q1.welchF()).isNull();
			assertThat(q1.welchPValue()).isNull();
			assertThat(q1.suppressed()).isTrue();
		}

		@Test
		void singleGroupCannotBeCompared() {
			GroupComparison row = calculator(0, respondent(2022, "PARENT", null, 1, 1, 1, 1, 1, 1),
					respondent(2022, "PARENT", null, 2, 2, 2, 2, 2, 2)).results().groupComparisons().get(0);
			assertThat(row.groups()).isEqualTo(1);
			assertThat(Arrays.asList(row.anovaF(), row.anovaPValue(), row.welchF(), row.kruskalWallisH(),
					row.etaSquared())).containsOnlyNulls();
		}

		@Test
		void consecutiveYearsWithinAGroupAbsentGroupsLeftOut() {
			SurveyResults results = calculator(2, fixture()).results();
			assertThat(results.yearComparisons()).extracting(YearComparison::groupCode).containsOnly("TEACHER", "ALL");
			YearComparison q1 = only(results.yearComparisons(),
					(r) -> r.groupCode().equals("TEACHER") && r.itemCode().equals("q1"));
			PartiallyOverlappingTTest expected = PartiallyOverlappingTTest.of(new double[] { 1, 2, 2, 4, 5 },
					new double[] { 4, 5 }, new double[0], new double[0]);
			assertThat(q1.fromYear()).isEqualTo(2019);
			assertThat(q1.toYear()).isEqualTo(2020);
			assertThat(q1.nFrom()).isEqualTo(5);
			assertThat(q1.nTo()).isEqualTo(2);
			assertThat(q1.meanFrom()).isCloseTo(2.8, within(EPS));
			assertThat(q1.meanTo()).isCloseTo(4.5, within(EPS));
			assertThat(q1.difference()).isCloseTo(1.7, within(EPS));
			// every respondent is new: no pairs, Welch's t-test
			assertThat(q1.nPaired()).isZero();
			assertThat(q1.testMethod()).isEqualTo(TwoSampleTest.WELCH_T);
			assertThat(q1.t()).isEqualTo(expected.t()).isPositive();
			assertThat(q1.df()).isEqualTo(expected.df());
			assertThat(q1.pValue()).isEqualTo(expected.pValue());
			assertThat(q1.cohensD()).isEqualTo(expected.cohensD()).isPositive();
			assertThat(q1.suppressed()).isFalse();
		}

		/**
		 * Respondents k1-k4 answered q1 as teachers in both years, k5 moved from the teachers to the
		 * parents (paired in ALL only), k8 stayed a parent, k7 had no q1 answer in 2021. The references
		 * are the R package Partiallyoverlapping 2.0's {@code Partover.test(x1, x2, x3, x4)} (sample 1 =
		 * 2022, see {@link PartiallyOverlappingTTestTests}).
		 */
		@Test
		void respondentsInBothYearsArePaired() {
			SurveyResults results = calculator(0, keyed(2021, "k1", "TEACHER", 2), keyed(2021, "k2", "TEACHER", 3),
					keyed(2021, "k3", "TEACHER", 4), keyed(2021, "k4", "TEACHER", 1), keyed(2021, "k5", "TEACHER", 5),
					keyed(2021, "k6", "TEACHER", 3), keyed(2021, "k7", "TEACHER", null), keyed(2021, "k8", "PARENT", 4),
					keyed(2022, "k1", "TEACHER", 3), keyed(2022, "k2", "TEACHER", 3), keyed(2022, "k3", "TEACHER", 5),
					keyed(2022, "k4", "TEACHER", 2), keyed(2022, "k7", "TEACHER", 4), keyed(2022, "k9", "TEACHER", 5),
					keyed(2022, "k10", "TEACHER", 4), keyed(2022, "k8", "PARENT", 5), keyed(2022, "k5", "PARENT", 4))
				.results();
			YearComparison teachers = only(results.yearComparisons(),
					(r) -> r.groupCode().equals("TEACHER") && r.itemCode().equals("q1"));
			assertThat(teachers.nFrom()).isEqualTo(6);
			assertThat(teachers.nTo()).isEqualTo(7);
			assertThat(teachers.nPaired()).isEqualTo(4);
			assertThat(teachers.testMethod()).isEqualTo(TwoSampleTest.PARTIALLY_OVERLAPPING_T);
			// R: Partover.test(x1 = c(4, 5, 4), x2 = c(5, 3), x3 = c(3, 3, 5, 2), x4 = c(2, 3, 4, 1)):
			// statistic 1.4783815058754812, parameter 5.4953074587618609, p.value 0.19420418678728191,
			// estimate 0.71428571428571441
			assertThat(teachers.difference()).isCloseTo(0.71428571428571441, withinPercentage(1e-10));
			assertThat(teachers.t()).isCloseTo(1.4783815058754812, withinPercentage(1e-10));
			assertThat(teachers.df()).isCloseTo(5.4953074587618609, withinPercentage(1e-10));
			assertThat(teachers.pValue()).isCloseTo(0.19420418678728191, withinPercentage(1e-10));
			YearComparison all = only(results.yearComparisons(),
					(r) -> r.groupCode().equals("ALL") && r.itemCode().equals("q1"));
			assertThat(all.nPaired()).isEqualTo(6);
			// R: Partover.test(x1 = c(4, 5, 4), x2 = c(3), x3 = c(3, 3, 5, 2, 4, 5), x4 = c(2, 3, 4, 1, 5, 4)):
			// statistic 1.8665599269447171, parameter 6.5464966161049549, p.value 0.10711877275629285
			assertThat(all.t()).isCloseTo(1.8665599269447171, withinPercentage(1e-10));
			assertThat(all.df()).isCloseTo(6.5464966161049549, withinPercentage(1e-10));
			assertThat(all.pValue()).isCloseTo(0.10711877275629285, withinPercentage(1e-10));
			// one parent in 2021: no test, but the pair is counted
			YearComparison parents = only(results.yearComparisons(),
					(r) -> r.groupCode().equals("PARENT") && r.itemCode().equals("q1"));
			assertThat(parents.nPaired()).isEqualTo(1);
			assertThat(parents.t()).isNull();
			assertThat(parents.testMethod()).isNull();
		}

		@Test
		void aPseudonymTwiceInAYearIsNotPaired() {
			SurveyResults results = calculator(0, keyed(2021, "k1", "TEACHER", 2), keyed(2021, "k2", "TEACHER", 3),
					keyed(2021, "k3", "TEACHER", 4), keyed(2022, "k1", "TEACHER", 3), keyed(2022, "k1", "TEACHER", 4),
					keyed(2022, "k2", "TEACHER", 5), keyed(2022, "k3", "TEACHER", 5)).results();
			YearComparison teachers = only(results.yearComparisons(),
					(r) -> r.groupCode().equals("TEACHER") && r.itemCode().equals("q1"));
			assertThat(teachers.nPaired()).isEqualTo(2);
			assertThat(teachers.nTo()).isEqualTo(4);
		}

	}

	@Test
	void emptyInputGivesEmptyResults() {
		SurveyResults results = calculator(5).results();
		assertThat(results.items()).isEmpty();
		assertThat(results.scales()).isEmpty();
		assertThat(results.groupComparisons()).isEmpty();
	}

	@Test
	void resultsAreRepeatable() {
		SurveyCalculator calculator = calculator(3, fixture());
		assertThat(calculator.results()).isEqualTo(calculator.results());
	}

	@Test
	void rejectsInvalidInput() {
		SurveyCalculator calculator = calculator(3);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calculator.add(respondent(2019, "ALIENS", null, 1, 1, 1, 1, 1, 1)))
			.withMessageContaining("ALIENS");
		assertThatIllegalArgumentException().isThrownBy(() -> calculator.add(respondent(2019, "PARENT", null, 1, 1)))
			.withMessageContaining("2 answers");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calculator.add(respondent(2019, "PARENT", null, 1, 1, 1, 1, 1, 9)))
			.withMessageContaining("9");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calculator.add(respondent(2019, "PARENT", 0.0, 1, 1, 1, 1, 1, 1)))
			.withMessageContaining("weight");
	}

}
