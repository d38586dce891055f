package kr.seorona.analytics.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests against values printed by R (R Core Team, {@code stats} and {@code datasets} packages) or
 * published in the literature, each compared to half a unit of the last printed digit.
 */
class PublishedReferenceTests {

	/** R datasets::sleep, extra (hours) of group 1 and group 2 (Student 1908; Cushny and Peebles 1905). */
	static final double[] SLEEP_1 = { 0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0 };

	static final double[] SLEEP_2 = { 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4 };

	/**
	 * R: {@code t.test(extra ~ group, data = sleep)}: t = -1.8608, df = 17.776, p-value = 0.07939 (the
	 * example of ?t.test). The formula compares group 1 with group 2, i.e. group 1 is "second" here.
	 * Without units in both samples the year comparison's test is Welch's (full digits in
	 * {@link PartiallyOverlappingTTestTests}).
	 */
	@Test
	void welchTTestOnSleep() {
		PartiallyOverlappingTTest test = PartiallyOverlappingTTest.of(SLEEP_2, SLEEP_1, new double[0], new double[0]);
		assertThat(test.t()).isCloseTo(-1.8608, within(5e-5));
		assertThat(test.df()).isCloseTo(17.776, within(5e-4));
		assertThat(test.pValue()).isCloseTo(0.07939, within(5e-6));
		assertThat(test.difference()).isCloseTo(0.75 - 2.33, within(1e-12));
		// with equal n the pooled t equals Welch's t (R, var.equal = TRUE: t = -1.8608, df = 18), and
		// Cohen's d = t · sqrt(1/n1 + 1/n2)
		assertThat(test.cohensD()).isCloseTo(-1.8608 * Math.sqrt(0.2), within(5e-5 * Math.sqrt(0.2)));
	}

	/**
	 * R: {@code oneway.test(extra ~ group, data = sleep)}: F = 3.4626, num df = 1, denom df = 17.776,
	 * p-value = 0.07939 (example of ?oneway.test).
	 */
	@Test
	void welchAnovaOnSleep() {
		WelchAnova anova = WelchAnova.of(List.of(SLEEP_1, SLEEP_2));
		assertThat(anova.f()).isCloseTo(3.4626, within(5e-5));
		assertThat(anova.df1()).isEqualTo(1.0);
		assertThat(anova.df2()).isCloseTo(17.776, within(5e-4));
		assertThat(anova.pValue()).isCloseTo(0.07939, within(5e-6));
	}

	/**
	 * Hollander and Wolfe (1973), p. 116, mucociliary efficiency; R example of ?kruskal.test:
	 * Kruskal-Wallis chi-squared = 0.77143, df = 2, p-value = 0.68.
	 */
	@Test
	void kruskalWallisWithoutTies() {
		double[] normal = { 2.9, 3.0, 2.5, 2.6, 3.2 };
		double[] airwayDisease = { 3.8, 2.7, 4.0, 2.4 };
		double[] asbestosis = { 2.8, 3.4, 3.7, 2.2, 2.0 };
		KruskalWallis test = KruskalWallis.of(List.of(normal, airwayDisease, asbestosis));
		assertThat(test.h()).isCloseTo(0.77143, within(5e-6));
		assertThat(test.df()).isEqualTo(2);
		assertThat(test.pValue()).isCloseTo(0.68, within(5e-3));
	}

	/**
	 * R: {@code kruskal.test(Ozone ~ Month, data = airquality)}: Kruskal-Wallis chi-squared = 29.267,
	 * df = 4, p-value = 6.901e-06 (example of ?kruskal.test; many ties, so the tie correction matters).
	 */
	@Test
	void kruskalWallisWithTiesOnAirquality() {
		List<double[]> rows = ReferenceData.rows("stats/airquality-ozone.txt");
		assertThat(rows).hasSize(116);
		List<double[]> months = ReferenceData.groups(rows);
		// guards the typed data: R's tapply(Ozone, Month, mean, na.rm = TRUE)
		double[] means = { 23.61538, 29.44444, 59.11538, 59.96154, 31.44828 };
		for (int i = 0; i < 5; i++) {
			assertThat(Descriptive.of(months.get(i)).mean()).isCloseTo(means[i], within(5e-6));
		}
		KruskalWallis test = KruskalWallis.of(months);
		assertThat(test.h()).isCloseTo(29.267, within(5e-4));
		assertThat(test.df()).isEqualTo(4);
		assertThat(test.pValue()).isCloseTo(6.901e-06, within(5e-10));
	}

	/**
	 * Hollander and Wolfe (1973), p. 187, aptitude test scores; R example of ?cor.test:
	 * {@code cor.test(x, y, method = "kendall")}: tau = 0.4444444, T = 26, p-value = 0.1194 (exact: n = 9,
	 * no ties); full digits in {@link KendallTauTests}.
	 */
	@Test
	void kendallTauOnHollanderWolfe() {
		KendallTau tau = KendallTau.of(KendallTauTests.APTITUDE_X, KendallTauTests.APTITUDE_Y);
		assertThat(tau.tau()).isCloseTo(0.4444444, within(5e-8));
		assertThat(tau.pValue()).isCloseTo(0.1194, within(5e-5));
		assertThat(tau.pMethod()).isEqualTo(PValueMethod.EXACT);
	}

	/**
	 * Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of
	 * seven methods. Statistics in Medicine 17, 857-872, Table II, method 3 (score interval without
	 * continuity correction): 81/263, 15/148, 0/20, 1/29.
	 */
	@Test
	void wilsonIntervalAgainstNewcombe() {
		assertWilson(81, 263, 0.2553, 0.3662);
		assertWilson(15, 148, 0.0624, 0.1605);
		assertWilson(0, 20, 0.0, 0.1611);
		assertWilson(1, 29, 0.0061, 0.1718);
	}

	private static void assertWilson(long x, long n, double lower, double upper) {
		WilsonInterval interval = WilsonInterval.of(x, n, 0.95);
		assertThat(interval.lower()).as("lower %d/%d", x, n).isCloseTo(lower, within(5e-5));
		assertThat(interval.upper()).as("upper %d/%d", x, n).isCloseTo(upper, within(5e-5));
	}

	/**
	 * Cronbach's alpha equals Hoyt's (1941) reliability from the persons × items two-way ANOVA,
	 * {@code 1 - MS_residual / MS_persons}: an independent route to the same number, computed here
	 * from the ANOVA sums of squares of a small 6 × 4 table.
	 */
	@Test
	void cronbachAlphaEqualsHoytsAnovaReliability() {
		int[][] answers = { { 4, 5, 4, 3 }, { 2, 3, 3, 2 }, { 5, 5, 4, 5 }, { 3, 2, 3, 3 }, { 4, 4, 5, 4 },
				{ 1, 2, 2, 1 } };
		int n = answers.length;
		int k = answers[0].length;
		double grand = 0;
		double[] personMeans = new double[n];
		double[] itemMeans = new double[k];
		for (int p = 0; p < n; p++) {
			for (int i = 0; i < k; i++) {
				grand += answers[p][i] / (double) (n * k);
				personMeans[p] += answers[p][i] / (double) k;
				itemMeans[i] += answers[p][i] / (double) n;
			}
		}
		double ssPersons = 0;
		double ssResidual = 0;
		for (int p = 0; p < n; p++) {
			ssPersons += k * Math.pow(personMeans[p] - grand, 2);
			for (int i = 0; i < k; i++) {
				ssResidual += Math.pow(answers[p][i] - personMeans[p] - itemMeans[i] + grand, 2);
			}
		}
		double hoyt = 1 - (ssResidual / ((n - 1) * (k - 1))) / (ssPersons / (n - 1));
		List<Integer[]> rows = new ArrayList<>();
		for (int[] row : answers) {
			rows.add(Arrays.stream(row).boxed().toArray(Integer[]::new));
		}
		CronbachAlpha alpha = CronbachAlpha.of(rows, k);
		assertThat(alpha.n()).isEqualTo(n);
		assertThat(alpha.alpha()).isCloseTo(hoyt, within(1e-12));
	}


	/**
	 * Cronbach's alpha of R's {@code datasets::attitude} (Chatterjee and Price 1977, 30 departments x
	 * 7 ratings, {@code src/test/resources/stats/attitude.csv} as written by R's {@code write.csv}),
	 * computed with R 4.2.2 and psych 2.2.9: {@code psych::alpha(attitude)} gives raw_alpha
	 * 0.843142769565; {@code $alpha.drop$raw_alpha} and {@code $item.stats$r.drop} per item below.
	 */
	@Test
	void cronbachAlphaOfAttitudeMatchesRPsych() throws Exception {
		List<Integer[]> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/stats/attitude.csv"));
		for (String line : lines.subList(1, lines.size())) {
			rows.add(Arrays.stream(line.split(",")).map(Integer::valueOf).toArray(Integer[]::new));
		}
		assertThat(rows).hasSize(30);
		CronbachAlpha alpha = CronbachAlpha.of(rows, 7);
		assertThat(alpha.n()).isEqualTo(30);
		assertThat(alpha.alpha()).isCloseTo(0.843142769565, within(1e-11));
		double[] ifDeleted = { 0.809760206309, 0.796917457274, 0.827847765939, 0.803030975023, 0.795386574198,
				0.863872311446, 0.840464868265 };
		double[] itemRest = { 0.671262057224, 0.742109710222, 0.560711111480, 0.714445498134, 0.786275593834,
				0.265034339197, 0.460810549468 };
		for (int i = 0; i < 7; i++) {
			assertThat(alpha.alphaIfItemDeleted().get(i)).as("alpha without item " + i)
				.isCloseTo(ifDeleted[i], within(1e-11));
			assertThat(alpha.correctedItemTotalCorrelation().get(i)).as("corrected item-total r of item " + i)
				.isCloseTo(itemRest[i], within(1e-11));
		}
	}

}
