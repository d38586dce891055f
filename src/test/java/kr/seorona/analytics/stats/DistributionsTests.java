package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Tails and quantiles against R 4.2.2 ({@code stats}), printed with {@code sprintf("%.17g", ...)}; the R
 * expression stands next to each value. Agreement is required to 1e-12 relative (1e-10 percent),
 * including p-values far below 1e-16, which {@code 1 - cdf} turns into 0.
 */
class DistributionsTests {

	/** 1e-12 relative, as a percentage. */
	private static final double RELATIVE = 1e-10;

	@ParameterizedTest(name = "pf({0}, {1}, {2}, lower.tail = FALSE) = {3}")
	@CsvSource({
			// R: pf(40, 5, 300, lower.tail = FALSE) (issue 16: 1 - cdf published 0)
			"40, 5, 300, 1.8973077522825883e-31",
			// R: pf(0.5, 3, 20, lower.tail = FALSE) (the complement branch)
			"0.5, 3, 20, 0.68651861283640314",
			// R: pf(3.4626, 1, 17.776, lower.tail = FALSE)
			"3.4626, 1, 17.776, 0.079395649249930297",
			// R: pf(2.5, 4, 11.5, lower.tail = FALSE)
			"2.5, 4, 11.5, 0.10061901670662056",
			// R: pf(1e-3, 2, 7, lower.tail = FALSE)
			"1e-3, 2, 7, 0.99900064252056442",
			// R: pf(400, 3, 1000, lower.tail = FALSE)
			"400, 3, 1000, 1.1472687855999027e-170" })
	void fUpperTailMatchesR(double f, double df1, double df2, double expected) {
		assertThat(Distributions.fUpperTail(f, df1, df2)).isCloseTo(expected, withinPercentage(RELATIVE));
	}

	@ParameterizedTest(name = "pchisq({0}, {1}, lower.tail = FALSE) = {2}")
	@CsvSource({
			// R: pchisq(100, 5, lower.tail = FALSE) (issue 16: 1 - cdf published 0)
			"100, 5, 5.28514836094324e-20",
			// R: pchisq(0.77143, 2, lower.tail = FALSE)
			"0.77143, 2, 0.67996428788994323",
			// R: pchisq(29.267, 4, lower.tail = FALSE)
			"29.267, 4, 6.899345870085441e-06",
			// R: pchisq(1200, 4, lower.tail = FALSE)
			"1200, 4, 1.5928883283555908e-258",
			// R: pchisq(120, 100, lower.tail = FALSE)
			"120, 100, 0.084406681093691843",
			// R: pchisq(0.01, 3, lower.tail = FALSE)
			"0.01, 3, 0.99973483494134441" })
	void chiSquaredUpperTailMatchesR(double x, double df, double expected) {
		assertThat(Distributions.chiSquaredUpperTail(x, df)).isCloseTo(expected, withinPercentage(RELATIVE));
	}

	@ParameterizedTest(name = "2 * pt(-|{0}|, {1}) = {2}")
	@CsvSource({
			// R: 2 * pt(-3, 5)
			"3, 5, 0.030099247897462569",
			// R: 2 * pt(-40, 300)
			"-40, 300, 2.8524180395311094e-122",
			// R: 2 * pt(-0.1, 17.776)
			"0.1, 17.776, 0.92146350457287762",
			// R: 2 * pt(-2.5, 1)
			"-2.5, 1, 0.24223788318168671" })
	void tTwoSidedMatchesR(double t, double df, double expected) {
		assertThat(Distributions.tTwoSided(t, df)).isCloseTo(expected, withinPercentage(RELATIVE));
	}

	@ParameterizedTest(name = "qt({0}, {1}) = {2}")
	@CsvSource({
			// R: qt(0.975, 1)
			"0.975, 1, 12.706204736174694",
			// R: qt(0.975, 2)
			"0.975, 2, 4.3026527297494619",
			// R: qt(0.975, 3) (issue 16: new TDistribution(3) gave 3.1824463048574763)
			"0.975, 3, 3.1824463052837078",
			// R: qt(0.975, 4)
			"0.975, 4, 2.7764451051977934",
			// R: qt(0.975, 5)
			"0.975, 5, 2.5705818356363137",
			// R: qt(0.975, 10)
			"0.975, 10, 2.2281388519862739",
			// R: qt(0.975, 17.776)
			"0.975, 17.776, 2.1028213103802216",
			// R: qt(0.975, 29)
			"0.975, 29, 2.0452296421327034",
			// R: qt(0.975, 100)
			"0.975, 100, 1.9839715185235516",
			// R: qt(0.975, 1000)
			"0.975, 1000, 1.9623390808264076",
			// R: qt(0.975, 1e5)
			"0.975, 1e5, 1.9599877075346088",
			// R: qt(0.995, 3)
			"0.995, 3, 5.8409093097333544",
			// R: qt(0.6, 7)
			"0.6, 7, 0.26316686135202277",
			// R: qt(0.025, 3)
			"0.025, 3, -3.1824463052837091",
			// R: qt(0.9999999, 2)
			"0.9999999, 2, 2236.0676426780628" })
	void tQuantileMatchesR(double p, double df, double expected) {
		assertThat(Distributions.tQuantile(p, df)).isCloseTo(expected, withinPercentage(RELATIVE));
	}

	@Test
	void confidenceIntervalUsesTheFullPrecisionQuantile() {
		// R: qt(0.975, 3) = 3.1824463052837078; the interval of mean 10, sd 2, n = 4 is 10 -/+ qt * 1
		double[] interval = ConfidenceIntervals.studentT(10, 2, 4, 0.95);
		assertThat(interval[1] - 10).isCloseTo(3.1824463052837078, withinPercentage(RELATIVE));
		assertThat(10 - interval[0]).isCloseTo(3.1824463052837078, withinPercentage(RELATIVE));
	}

	/**
	 * Three well-separated groups: p-values between 1e-13 and 1e-8, where 1 - cdf keeps at most three
	 * digits. R: {@code y <- c(a, b, c); g <- factor(rep(1:3, c(6, 7, 5)))} with the samples below.
	 */
	@Test
	void groupComparisonsMatchR() {
		List<double[]> samples = List.of(new double[] { 1.2, 2.3, 1.9, 2.8, 1.5, 2.2 },
				new double[] { 5.1, 5.9, 6.3, 5.5, 6.0, 5.7, 6.4 }, new double[] { 9.8, 10.4, 10.1, 9.5, 10.9 });
		OneWayAnova anova = OneWayAnova.of(samples);
		// R: oneway.test(y ~ g, var.equal = TRUE)$statistic, $p.value
		assertThat(anova.f()).isCloseTo(333.93363074731099, withinPercentage(RELATIVE));
		assertThat(anova.pValue()).isCloseTo(3.6573140399130064e-13, withinPercentage(RELATIVE));
		WelchAnova welch = WelchAnova.of(samples);
		// R: oneway.test(y ~ g)$statistic, $parameter[2], $p.value
		assertThat(welch.f()).isCloseTo(271.42504868136734, withinPercentage(RELATIVE));
		assertThat(welch.df2()).isCloseTo(9.0713393231170834, withinPercentage(RELATIVE));
		assertThat(welch.pValue()).isCloseTo(8.0803776075995182e-09, withinPercentage(RELATIVE));
		KruskalWallis kruskal = KruskalWallis.of(samples);
		// R: kruskal.test(y ~ g)$statistic, $p.value
		assertThat(kruskal.h()).isCloseTo(15.05263157894737, withinPercentage(RELATIVE));
		assertThat(kruskal.pValue()).isCloseTo(0.00053871936058166522, withinPercentage(RELATIVE));
	}

	/**
	 * 300 values in three groups of 100 consecutive ranks: H = 265.8, p about 1e-58 (published as 0
	 * by 1 - cdf). R: {@code y <- c(1:300) + rep(c(0.5, 0, 0.25), 100); g <- factor(rep(1:3, each = 100));
	 * kruskal.test(y ~ g)}.
	 */
	@Test
	void kruskalWallisTinyPValueMatchesR() {
		double[] shift = { 0.5, 0, 0.25 };
		List<double[]> samples = new ArrayList<>();
		for (int g = 0; g < 3; g++) {
			double[] sample = new double[100];
			for (int j = 0; j < 100; j++) {
				int i = g * 100 + j + 1;
				sample[j] = i + shift[(i - 1) % 3];
			}
			samples.add(sample);
		}
		KruskalWallis kruskal = KruskalWallis.of(samples);
		// R: kruskal.test(y ~ g)$statistic, $p.value
		assertThat(kruskal.h()).isCloseTo(265.78073089701002, withinPercentage(RELATIVE));
		assertThat(kruskal.pValue()).isCloseTo(1.9339604464657275e-58, withinPercentage(RELATIVE));
	}

	@Test
	void edges() {
		assertThat(Distributions.fUpperTail(0, 2, 3)).isEqualTo(1.0);
		assertThat(Distributions.fUpperTail(Double.POSITIVE_INFINITY, 2, 3)).isZero();
		assertThat(Distributions.fUpperTail(Double.NaN, 2, 3)).isNaN();
		assertThat(Distributions.chiSquaredUpperTail(0, 4)).isEqualTo(1.0);
		assertThat(Distributions.tTwoSided(0, 4)).isEqualTo(1.0);
		assertThat(Distributions.tTwoSided(Double.NEGATIVE_INFINITY, 4)).isZero();
		assertThat(Distributions.tQuantile(0.5, 4)).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> Distributions.tQuantile(1, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> Distributions.tQuantile(0.9, 0));
	}

}
