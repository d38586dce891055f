package kr.seorona.analytics.stats;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** n = 0, 1, 2 and constant data: the pieces answer null (never NaN or infinity) where undefined. */
class SmallSampleTests {

	@Test
	void descriptiveWithNoValue() {
		Descriptive d = Descriptive.of(new double[0]);
		assertThat(d.n()).isZero();
		assertThat(Arrays.asList(d.mean(), d.standardDeviation(), d.standardError(), d.ciLower95(), d.ciUpper95(),
				d.median(), d.q1(), d.q3(), d.interquartileRange())).containsOnlyNulls();
	}

	@Test
	void descriptiveWithTwoValues() {
		Descriptive d = Descriptive.of(new double[] { 1, 4 });
		assertThat(d.mean()).isEqualTo(2.5);
		// R: sd(c(1, 4)) = 2.12132; qt(0.975, 1) = 12.7062
		assertThat(d.standardDeviation()).isCloseTo(2.12132, within(5e-6));
		assertThat(d.ciUpper95()).isCloseTo(2.5 + 12.7062 * 1.5, within(5e-4));
		assertThat(d.median()).isEqualTo(2.5);
		// R: quantile(c(1, 4)) -> 1.75 (25%), 3.25 (75%)
		assertThat(d.q1()).isEqualTo(1.75);
		assertThat(d.q3()).isEqualTo(3.25);
		assertThat(d.interquartileRange()).isEqualTo(1.5);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void linearTrendNeedsThreePointsForInference(int n) {
		double[] x = Arrays.copyOf(new double[] { 2019, 2020 }, n);
		double[] y = Arrays.copyOf(new double[] { 5, 7 }, n);
		LinearTrend fit = LinearTrend.fit(x, y);
		assertThat(fit.n()).isEqualTo(n);
		assertThat(Arrays.asList(fit.slopeStandardError(), fit.slopeLower95(), fit.slopeUpper95(), fit.slopePValue(),
				fit.residualStandardDeviation())).containsOnlyNulls();
		if (n == 2) {
			assertThat(fit.slope()).isCloseTo(2.0, within(1e-12));
		}
		else {
			assertThat(fit.slope()).isNull();
		}
	}

	@Test
	void exactLinearFitHasNoInference() {
		LinearTrend fit = LinearTrend.fit(new double[] { 1, 2, 3 }, new double[] { 2, 4, 6 });
		assertThat(fit.slope()).isCloseTo(2.0, within(1e-12));
		assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-12));
		assertThat(fit.slopePValue()).isNull();
		assertThat(fit.slopeLower95()).isNull();
	}

	@Test
	void kendallTauWithTiesAndConstants() {
		assertThat(KendallTau.of(new double[] { 1 }, new double[] { 2 }).tau()).isNull();
		KendallTau constant = KendallTau.of(new double[] { 1, 2, 3 }, new double[] { 4, 4, 4 });
		assertThat(constant.tau()).isNull();
		assertThat(constant.pValue()).isNull();
		// x = 1..4, y = 1 1 2 2: 4 concordant, 0 discordant, 1 tie in y of 6 pairs;
		// tau-b = 4 / sqrt(6 · 4) = 0.8164966 (R: cor(1:4, c(1, 1, 2, 2), method = "kendall"))
		KendallTau tied = KendallTau.of(new double[] { 1, 2, 3, 4 }, new double[] { 1, 1, 2, 2 });
		assertThat(tied.tau()).isCloseTo(0.8164966, within(5e-8));
		assertThat(tied.pMethod()).isEqualTo(PValueMethod.NORMAL_APPROXIMATION);
	}

	@Test
	void anovasWithConstantGroups() {
		List<double[]> constant = List.of(new double[] { 3, 3 }, new double[] { 3, 3, 3 });
		OneWayAnova anova = OneWayAnova.of(constant);
		assertThat(anova.f()).isNull();
		assertThat(anova.etaSquared()).isNull();
		assertThat(KruskalWallis.of(constant).h()).isNull();
		assertThat(WelchAnova.of(constant).f()).isNull();
		// different constants: all the variance lies between groups
		OneWayAnova apart = OneWayAnova.of(List.of(new double[] { 2, 2 }, new double[] { 4, 4 }));
		assertThat(apart.etaSquared()).isEqualTo(1.0);
		assertThat(apart.f()).isNull();
		// one value per group: no within-group degrees of freedom
		assertThat(OneWayAnova.of(List.of(new double[] { 1 }, new double[] { 2 })).dfWithin()).isNull();
		// empty groups are ignored
		assertThat(KruskalWallis.of(List.of(new double[0], new double[] { 1, 2 })).groups()).isEqualTo(1);
	}

	@Test
	void wilsonAtTheEdges() {
		assertThat(WilsonInterval.of(0, 0, 0.95)).isNull();
		WilsonInterval all = WilsonInterval.of(20, 20, 0.95);
		assertThat(all.upper()).isEqualTo(1.0);
		// mirror image of Newcombe's 0/20: 1 - 0.1611
		assertThat(all.lower()).isCloseTo(1 - 0.1611, within(5e-5));
		assertThatIllegalArgumentException().isThrownBy(() -> WilsonInterval.of(3, 2, 0.95));
	}

	@Test
	void cronbachAlphaSmallSamples() {
		assertThat(CronbachAlpha.of(List.of(), 3).alpha()).isNull();
		CronbachAlpha one = CronbachAlpha.of(List.<Integer[]>of(new Integer[] { 1, 2, 3 }), 3);
		assertThat(one.alpha()).isNull();
		assertThat(one.alphaIfItemDeleted()).containsOnlyNulls();
		CronbachAlpha twoItems = CronbachAlpha.of(
				List.of(new Integer[] { 1, 2 }, new Integer[] { 2, 3 }, new Integer[] { null, 1 }), 2);
		assertThat(twoItems.n()).isEqualTo(2);
		assertThat(twoItems.alpha()).isCloseTo(1.0, within(1e-12));
		assertThat(twoItems.alphaIfItemDeleted()).containsOnlyNulls();
	}

	@Test
	void cronbachAlphaOfColumnsEqualsAlphaOfRows() {
		java.util.Random random = new java.util.Random(5);
		for (int round = 0; round < 100; round++) {
			int items = random.nextInt(4) + 1;
			List<Integer[]> rows = new java.util.ArrayList<>();
			List<Integer[]> complete = new java.util.ArrayList<>();
			for (int r = 0, n = random.nextInt(60); r < n; r++) {
				Integer[] row = new Integer[items];
				for (int i = 0; i < items; i++) {
					row[i] = (random.nextInt(8) == 0) ? null : random.nextInt(5) + 1;
				}
				rows.add(row);
				if (java.util.Arrays.stream(row).allMatch(java.util.Objects::nonNull)) {
					complete.add(row);
				}
			}
			double[][] columns = new double[items][complete.size()];
			for (int r = 0; r < complete.size(); r++) {
				for (int i = 0; i < items; i++) {
					columns[i][r] = complete.get(r)[i];
				}
			}
			assertThat(CronbachAlpha.ofColumns(columns)).isEqualTo(CronbachAlpha.of(rows, items));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> CronbachAlpha.ofColumns(new double[0][]));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CronbachAlpha.ofColumns(new double[][] { { 1, 2 }, { 1 } }));
	}

	@Test
	void weightedMeanOfOneValue() {
		WeightedMean one = WeightedMean.of(new double[] { 4 }, new double[] { 2 });
		assertThat(one.mean()).isEqualTo(4.0);
		assertThat(one.standardError()).isNull();
		assertThat(WeightedMean.of(new double[0], new double[0]).mean()).isNull();
	}

	@Test
	void compoundAnnualGrowthRate() {
		assertThat(Trend.compoundAnnualGrowthRate(100, 121, 2)).isCloseTo(0.1, within(1e-12));
		assertThat(Trend.compoundAnnualGrowthRate(0, 5, 2)).isNull();
		assertThat(Trend.compoundAnnualGrowthRate(5, 0, 2)).isEqualTo(-1.0);
	}

}
