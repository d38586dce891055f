package kr.seorona.analytics.stats;

import java.math.BigInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Kendall's tau p-values against R 4.2.2 {@code cor.test(x, y, method = "kendall")} (defaults: exact
 * for n &lt; 50 without ties, else the normal approximation with the tie-corrected variance), printed
 * with {@code sprintf("%.17g", ...)}; each R expression stands next to its value. To 1e-12 relative.
 */
class KendallTauTests {

	/** 1e-12 relative, as a percentage. */
	private static final double RELATIVE = 1e-10;

	/** Hollander and Wolfe (1973), p. 187, aptitude test scores (R example of ?cor.test). */
	static final double[] APTITUDE_X = { 44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1 };

	static final double[] APTITUDE_Y = { 2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8 };

	@Test
	void exactWithoutTiesBelowFifty() {
		// R: cor.test(x, y, method = "kendall")$p.value with the aptitude data above
		KendallTau aptitude = KendallTau.of(APTITUDE_X, APTITUDE_Y);
		assertThat(aptitude.pValue()).isCloseTo(0.1194389329805996, withinPercentage(RELATIVE));
		assertThat(aptitude.pMethod()).isEqualTo(PValueMethod.EXACT);
		// issue 16: tau = 1 over 4 years. R: cor.test(1:4, 1:4, method = "kendall")$p.value
		assertExact(years(4), new double[] { 120, 135, 150, 171 }, 0.083333333333333259);
		// R: cor.test(2019:2022, c(120, 135, 131, 171), method = "kendall")$p.value
		assertExact(years(4), new double[] { 120, 135, 131, 171 }, 0.33333333333333326);
		// R: cor.test(1:3, 1:3, method = "kendall")$p.value
		assertExact(years(3), new double[] { 1, 2, 3 }, 0.33333333333333326);
		// issue 16: 3-year series published 0.60. R: cor.test(1:3, c(1, 3, 2), method = "kendall")$p.value
		assertExact(years(3), new double[] { 1, 3, 2 }, 1.0);
		// negative association. R: x <- 1:30; cor.test(x, 10 * sin(x), method = "kendall")$p.value
		double[] x30 = IntStream.rangeClosed(1, 30).asDoubleStream().toArray();
		KendallTau sin30 = assertExact(x30, IntStream.rangeClosed(1, 30).mapToDouble((i) -> 10 * Math.sin(i)).toArray(),
				0.50108615830137015);
		// R: cor(x, 10 * sin(x), method = "kendall")
		assertThat(sin30.tau()).isCloseTo(-0.089655172413793116, withinPercentage(RELATIVE));
	}

	/**
	 * n = 49, p about 1e-15. R's {@code cor.test} forms this tail as {@code 1 - pkendall(q - 1, n)} and
	 * prints 3.5527136788005009e-15 (1 - cdf in R itself: most digits lost); the same exact
	 * distribution summed over the lower tail, which the symmetry of T makes equal, is R's
	 * {@code x <- 1:49; y <- x + 10 * sin(x); q <- round((cor(x, y, method = "kendall") + 1) * 49 * 48 / 4);
	 * 2 * .Call(stats:::C_pKendall, 1176 - q, 49)} = 1.0251039211418209e-15 (q = 1002).
	 */
	@Test
	void exactTailAtFortyNineWithoutCancellation() {
		double[] x = IntStream.rangeClosed(1, 49).asDoubleStream().toArray();
		double[] y = IntStream.rangeClosed(1, 49).mapToDouble((i) -> i + 10 * Math.sin(i)).toArray();
		KendallTau tau = assertExact(x, y, 1.0251039211418209e-15);
		// R: cor(x, y, method = "kendall")
		assertThat(tau.tau()).isCloseTo(0.70408163265306123, withinPercentage(RELATIVE));
	}

	@Test
	void normalApproximationFromFiftyOrWithTies() {
		// R: x <- 1:50; cor.test(x, x + 10 * sin(x), method = "kendall")$p.value
		double[] x = IntStream.rangeClosed(1, 50).asDoubleStream().toArray();
		double[] y = IntStream.rangeClosed(1, 50).mapToDouble((i) -> i + 10 * Math.sin(i)).toArray();
		assertNormal(x, y, 4.0965716998282448e-13);
		// ties in y: R warns "Cannot compute exact p-value with ties" and uses the normal approximation.
		// R: cor.test(1:4, c(1, 1, 2, 2), method = "kendall")$p.value
		assertNormal(years(4), new double[] { 1, 1, 2, 2 }, 0.12133525035848225);
		// R: cor.test(2019:2022, c(1, 3, 3, 5), method = "kendall")$p.value
		assertNormal(years(4), new double[] { 1, 3, 3, 5 }, 0.070951492427305668);
	}

	@Test
	void noPValueWhereTauIsUndefined() {
		KendallTau constant = KendallTau.of(years(3), new double[] { 4, 4, 4 });
		assertThat(constant.tau()).isNull();
		assertThat(constant.pValue()).isNull();
		assertThat(constant.pMethod()).isNull();
		KendallTau one = KendallTau.of(new double[] { 1 }, new double[] { 2 });
		assertThat(one.pMethod()).isNull();
	}

	/** The Mahonian numbers: rows sum to n!, are symmetric, and match OEIS A008302 for n = 4. */
	@Test
	void permutationsByInversions() {
		assertThat(KendallTau.permutationsByInversions(4)).containsExactly(BigInteger.valueOf(1), BigInteger.valueOf(3),
				BigInteger.valueOf(5), BigInteger.valueOf(6), BigInteger.valueOf(5), BigInteger.valueOf(3),
				BigInteger.valueOf(1));
		BigInteger[] row = KendallTau.permutationsByInversions(49);
		assertThat(row).hasSize(49 * 48 / 2 + 1);
		BigInteger factorial = IntStream.rangeClosed(2, 49).mapToObj(BigInteger::valueOf).reduce(BigInteger.ONE,
				BigInteger::multiply);
		assertThat(java.util.Arrays.stream(row).reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(factorial);
		for (int k = 0; k < row.length; k++) {
			assertThat(row[k]).isEqualTo(row[row.length - 1 - k]);
		}
	}

	private static KendallTau assertExact(double[] x, double[] y, double expected) {
		KendallTau tau = KendallTau.of(x, y);
		assertThat(tau.pMethod()).isEqualTo(PValueMethod.EXACT);
		assertThat(tau.pValue()).isCloseTo(expected, withinPercentage(RELATIVE));
		return tau;
	}

	private static void assertNormal(double[] x, double[] y, double expected) {
		KendallTau tau = KendallTau.of(x, y);
		assertThat(tau.pMethod()).isEqualTo(PValueMethod.NORMAL_APPROXIMATION);
		assertThat(tau.pValue()).isCloseTo(expected, withinPercentage(RELATIVE));
	}

	private static double[] years(int n) {
		return IntStream.range(0, n).mapToDouble((i) -> 2019 + i).toArray();
	}

}
