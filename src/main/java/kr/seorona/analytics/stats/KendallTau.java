package kr.seorona.analytics.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;

/**
 * Kendall's rank correlation tau-b (Commons Math {@link KendallsCorrelation}) with the two-sided
 * p-value of tau = 0 computed as R {@code cor.test(x, y, method = "kendall")} does by default:
 *
 * <ul>
 * <li><b>Exact</b> ({@link PValueMethod#EXACT}) when n &lt; {@value #EXACT_BELOW} and neither x nor
 * y has ties: with T the number of concordant pairs and N = n(n-1)/2, p = min(1, 2 P(T &lt;= min(T_obs,
 * N - T_obs))), the null distribution of T being that of the number of inversions of a random
 * permutation (Mahonian numbers, counted exactly in integers and divided by n! at the end). The
 * distribution is symmetric, so no tail is formed as 1 - cdf.</li>
 * <li>Otherwise the <b>normal approximation</b> ({@link PValueMethod#NORMAL_APPROXIMATION}) of Kendall's
 * S with the tie-corrected variance (Kendall 1976; R's {@code exact = FALSE, continuity = FALSE}):
 *
 * <pre>
 * S      = tau_b · sqrt((n0 - n1)(n0 - n2)),  n0 = n(n-1)/2, n1 = Σ t(t-1)/2 over x ties, n2 likewise over y
 * var(S) = [n(n-1)(2n+5) - Σ t(t-1)(2t+5) - Σ u(u-1)(2u+5)] / 18
 *        + [Σ t(t-1)(t-2)] [Σ u(u-1)(u-2)] / (9 n(n-1)(n-2))
 *        + [Σ t(t-1)] [Σ u(u-1)] / (2 n(n-1))
 * p      = 2 Φ(-|S| / sqrt(var(S)))
 * </pre></li>
 * </ul>
 *
 * Tau, p and the method are {@code null} with fewer than two points or when x or y is constant.
 *
 * @param n number of pairs
 * @param tau tau-b (-1..1)
 * @param pValue two-sided p-value of tau = 0
 * @param pMethod how pValue was computed; null when pValue is null
 */
record KendallTau(int n, Double tau, Double pValue, PValueMethod pMethod) {

	/** R's default: the exact distribution below this many pairs (when there are no ties). */
	static final int EXACT_BELOW = 50;

	/** Tau-b of the pairs {@code (x[i], y[i])}; the arrays must have equal length. */
	static KendallTau of(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
		}
		int n = x.length;
		if (n < 2) {
			return new KendallTau(n, null, null, null);
		}
		Double tau = Numbers.finite(new KendallsCorrelation().correlation(x, y));
		if (tau == null) {
			return new KendallTau(n, null, null, null);
		}
		Ties tx = Ties.of(x);
		Ties ty = Ties.of(y);
		if (n < EXACT_BELOW && tx.pairs() == 0 && ty.pairs() == 0) {
			return new KendallTau(n, tau, exactPValue(x, y), PValueMethod.EXACT);
		}
		double nn = n;
		double n0 = nn * (nn - 1) / 2;
		double s = tau * Math.sqrt((n0 - tx.pairs()) * (n0 - ty.pairs()));
		double variance = (nn * (nn - 1) * (2 * nn + 5) - tx.v0() - ty.v0()) / 18;
		if (n > 2) {
			variance += tx.v1() * ty.v1() / (9 * nn * (nn - 1) * (nn - 2));
		}
		variance += tx.v2() * ty.v2() / (2 * nn * (nn - 1));
		if (!(variance > 0)) {
			return new KendallTau(n, tau, null, null);
		}
		double z = Math.abs(s) / Math.sqrt(variance);
		double p = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-z);
		return new KendallTau(n, tau, Numbers.finite(Math.min(1.0, p)), PValueMethod.NORMAL_APPROXIMATION);
	}

	/**
	 * The exact two-sided p-value for untied x and y: 2 P(T &lt;= min(c, N - c)), capped at 1, with c
	 * the concordant pairs (R {@code cor.test}: {@code q = round((tau + 1) n(n-1)/4)}, which is c).
	 */
	private static double exactPValue(double[] x, double[] y) {
		int n = x.length;
		int concordant = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if ((x[i] - x[j]) * (y[i] - y[j]) > 0) {
					concordant++;
				}
			}
		}
		int pairs = n * (n - 1) / 2;
		int q = Math.min(concordant, pairs - concordant);
		BigInteger[] counts = permutationsByInversions(n);
		BigInteger lower = BigInteger.ZERO;
		for (int k = 0; k <= q; k++) {
			lower = lower.add(counts[k]);
		}
		BigInteger all = BigInteger.ONE;
		for (int i = 2; i <= n; i++) {
			all = all.multiply(BigInteger.valueOf(i));
		}
		double p = new BigDecimal(lower.shiftLeft(1)).divide(new BigDecimal(all), MathContext.DECIMAL128).doubleValue();
		return Math.min(1.0, p);
	}

	/**
	 * The number of permutations of n elements with k inversions, k = 0 .. n(n-1)/2 (the Mahonian
	 * numbers, OEIS A008302): row m from row m-1 by {@code M(m, k) = Σ_{j=0}^{min(k, m-1)} M(m-1, k-j)}.
	 */
	static BigInteger[] permutationsByInversions(int n) {
		BigInteger[] row = { BigInteger.ONE };
		for (int m = 2; m <= n; m++) {
			int size = m * (m - 1) / 2 + 1;
			BigInteger[] next = new BigInteger[size];
			BigInteger window = BigInteger.ZERO;
			for (int k = 0; k < size; k++) {
				if (k < row.length) {
					window = window.add(row[k]);
				}
				if (k - m >= 0 && k - m < row.length) {
					window = window.subtract(row[k - m]);
				}
				next[k] = window;
			}
			row = next;
		}
		return row;
	}

	/** Tie sums of one variable: Σt(t-1)/2, Σt(t-1)(2t+5), Σt(t-1)(t-2), Σt(t-1). */
	private record Ties(double pairs, double v0, double v1, double v2) {

		static Ties of(double[] values) {
			double pairs = 0;
			double v0 = 0;
			double v1 = 0;
			double v2 = 0;
			for (int count : MidRanks.of(values).counts()) {
				double t = count;
				if (t > 1) {
					pairs += t * (t - 1) / 2;
					v0 += t * (t - 1) * (2 * t + 5);
					v1 += t * (t - 1) * (t - 2);
					v2 += t * (t - 1);
				}
			}
			return new Ties(pairs, v0, v1, v2);
		}

	}

}
