package kr.seorona.analytics.stats;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The partially overlapping samples t-test (Derrick, Russ, Toher and White 2017, T_new2) against the
 * authors' own implementation: {@code Partover.test} of the R package {@code Partiallyoverlapping}
 * 2.0 (CRAN, 2018-12-13; its source file {@code R/Partiallyoverlapping.R} loaded with
 * {@code source()} into R 4.2.2, as the package is not installable here), printed with
 * {@code sprintf("%.17g", ...)}. To 1e-12 relative.
 *
 * <p>The worked example is the one of the package's documentation and of its companion paper
 * (Derrick, Toher and White 2017, The Quantitative Methods in Psychology 13(2), 120-126). The
 * numbers printed in the JMASM paper itself could not be retrieved here; the package documents for
 * this example only p = 0.026 of the equal-variance variant T_new1 (R: 0.025967963675642445), which
 * this pipeline does not use, so T_new2's reference is the package's own output.
 */
class PartiallyOverlappingTTestTests {

	/** 1e-12 relative, as a percentage. */
	private static final double RELATIVE = 1e-10;

	private static final double[] A_UNPAIRED = { 20, 21, 16, 18, 14, 12, 14, 17 };

	private static final double[] A_PAIRED = { 14, 15, 18, 20, 11, 19, 14, 15 };

	private static final double[] B_UNPAIRED = { 10, 16, 18, 16, 15, 14, 13, 10 };

	private static final double[] B_PAIRED = { 15, 10, 15, 17, 13, 19, 12, 13 };

	/**
	 * R: {@code Partover.test(a.unpaired, b.unpaired, a.paired, b.paired)} (unequal variances): statistic
	 * 2.419097628378315, parameter 18.422332269264114, p.value 0.026104444861957454, estimate 2. The
	 * package compares sample 1 with sample 2 (a - b): here a is the second sample.
	 */
	@Test
	void workedExampleOfThePackage() {
		PartiallyOverlappingTTest test = PartiallyOverlappingTTest.of(B_UNPAIRED, A_UNPAIRED, B_PAIRED, A_PAIRED);
		assertThat(test.method()).isEqualTo(TwoSampleTest.PARTIALLY_OVERLAPPING_T);
		assertThat(test.n1()).isEqualTo(16);
		assertThat(test.n2()).isEqualTo(16);
		assertThat(test.nPaired()).isEqualTo(8);
		assertThat(test.difference()).isCloseTo(2.0, within(1e-12));
		assertThat(test.t()).isCloseTo(2.419097628378315, withinPercentage(RELATIVE));
		assertThat(test.df()).isCloseTo(18.422332269264114, withinPercentage(RELATIVE));
		assertThat(test.pValue()).isCloseTo(0.026104444861957454, withinPercentage(RELATIVE));
	}

	/**
	 * A constant side of the pairs: the package takes r = 0. R: {@code Partover.test(c(2, 5, 4, 1), c(3, 5, 5),
	 * c(3, 3, 3), c(2, 4, 5))}: statistic -1.4075269359666613, parameter 6.718983660355482, p.value
	 * 0.20381160001567356, estimate -1 (sample 1 minus sample 2; here sample 1 is the second).
	 */
	@Test
	void constantPairsHaveNoCorrelation() {
		PartiallyOverlappingTTest test = PartiallyOverlappingTTest.of(new double[] { 3, 5, 5 },
				new double[] { 2, 5, 4, 1 }, new double[] { 2, 4, 5 }, new double[] { 3, 3, 3 });
		assertThat(test.method()).isEqualTo(TwoSampleTest.PARTIALLY_OVERLAPPING_T);
		assertThat(test.difference()).isCloseTo(-1.0, within(1e-12));
		assertThat(test.t()).isCloseTo(-1.4075269359666613, withinPercentage(RELATIVE));
		assertThat(test.df()).isCloseTo(6.718983660355482, withinPercentage(RELATIVE));
		assertThat(test.pValue()).isCloseTo(0.20381160001567356, withinPercentage(RELATIVE));
	}

	/**
	 * Every unit in both samples: the test is the paired t-test. R's {@code sleep} data are ten patients
	 * under two drugs: {@code t.test(sleep$extra[11:20], sleep$extra[1:10], paired = TRUE)}: t =
	 * 4.0621276833820366, df = 9, p = 0.0028328901973842702 (Partover.test with no unpaired values:
	 * 4.0621276833820374, 9, 0.002832890197384265).
	 */
	@Test
	void onlyPairsGiveThePairedTTest() {
		PartiallyOverlappingTTest test = PartiallyOverlappingTTest.of(new double[0], new double[0],
				PublishedReferenceTests.SLEEP_1, PublishedReferenceTests.SLEEP_2);
		assertThat(test.t()).isCloseTo(4.0621276833820366, withinPercentage(RELATIVE));
		assertThat(test.df()).isCloseTo(9.0, withinPercentage(RELATIVE));
		assertThat(test.pValue()).isCloseTo(0.0028328901973842702, withinPercentage(RELATIVE));
	}

	/**
	 * No unit in both samples: Welch's t-test. R: {@code t.test(extra ~ group, data = sleep)} (group 1
	 * minus group 2; here group 1 is the second sample): t = -1.8608134674868531, df =
	 * 17.776473516178498, p = 0.079394140187358173.
	 */
	@Test
	void noPairsGiveWelchsTTest() {
		PartiallyOverlappingTTest test = PartiallyOverlappingTTest.of(PublishedReferenceTests.SLEEP_2,
				PublishedReferenceTests.SLEEP_1, new double[0], new double[0]);
		assertThat(test.method()).isEqualTo(TwoSampleTest.WELCH_T);
		assertThat(test.nPaired()).isZero();
		assertThat(test.t()).isCloseTo(-1.8608134674868531, withinPercentage(RELATIVE));
		assertThat(test.df()).isCloseTo(17.776473516178498, withinPercentage(RELATIVE));
		assertThat(test.pValue()).isCloseTo(0.079394140187358173, withinPercentage(RELATIVE));
	}

	/** One shared unit: no correlation can be estimated; Welch's t on all values, named so. */
	@Test
	void onePairFallsBackToWelch() {
		double[] first = { 2, 3, 4, 5 };
		double[] second = { 4, 4, 6 };
		PartiallyOverlappingTTest overlapping = PartiallyOverlappingTTest.of(first, second, new double[] { 3 },
				new double[] { 5 });
		PartiallyOverlappingTTest independent = PartiallyOverlappingTTest.of(new double[] { 2, 3, 4, 5, 3 },
				new double[] { 4, 4, 6, 5 }, new double[0], new double[0]);
		assertThat(overlapping.method()).isEqualTo(TwoSampleTest.WELCH_T);
		assertThat(overlapping.nPaired()).isEqualTo(1);
		assertThat(overlapping.t()).isEqualTo(independent.t());
		assertThat(overlapping.df()).isEqualTo(independent.df());
		assertThat(overlapping.pValue()).isEqualTo(independent.pValue());
	}

	@Test
	void smallAndConstantSamples() {
		PartiallyOverlappingTTest none = PartiallyOverlappingTTest.of(new double[0], new double[] { 1, 2 },
				new double[0], new double[0]);
		assertThat(none.mean1()).isNull();
		assertThat(none.mean2()).isEqualTo(1.5);
		assertThat(none.difference()).isNull();
		assertThat(none.t()).isNull();
		PartiallyOverlappingTTest one = PartiallyOverlappingTTest.of(new double[] { 3 }, new double[] { 1, 2 },
				new double[0], new double[0]);
		assertThat(one.difference()).isEqualTo(-1.5);
		assertThat(Arrays.asList(one.t(), one.df(), one.pValue(), one.method(), one.cohensD())).containsOnlyNulls();
		PartiallyOverlappingTTest constant = PartiallyOverlappingTTest.of(new double[] { 3 }, new double[] { 4 },
				new double[] { 3, 3 }, new double[] { 4, 4 });
		assertThat(constant.difference()).isEqualTo(1.0);
		assertThat(Arrays.asList(constant.t(), constant.df(), constant.pValue(), constant.method(),
				constant.cohensD())).containsOnlyNulls();
		// identical pairs, nothing unpaired: a standard error of 0, no test
		PartiallyOverlappingTTest same = PartiallyOverlappingTTest.of(new double[0], new double[0],
				new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 });
		assertThat(same.t()).isNull();
		assertThat(same.cohensD()).isEqualTo(0.0);
		assertThatIllegalArgumentException().isThrownBy(() -> PartiallyOverlappingTTest.of(new double[0],
				new double[0], new double[] { 1 }, new double[0]));
	}

}
