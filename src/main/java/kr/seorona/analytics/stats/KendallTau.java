package kr.seorona.analytics.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;

/**
 * Kendall's rank correlation tau-b (Commons Math {@link KendallsCorrelation}) with a two-sided
 * p-value from the normal approximation of Kendall's S with the tie-corrected variance
 * (Kendall 1976, as in R {@code cor.test(method = "kendall", exact = FALSE, continuity = FALSE)}):
 *
 * <pre>
 * S      = tau_b · sqrt((n0 - n1)(n0 - n2)),  n0 = n(n-1)/2, n1 = Σ t(t-1)/2 over x ties, n2 likewise over y
 * var(S) = [n(n-1)(2n+5) - Σ t(t-1)(2t+5) - Σ u(u-1)(2u+5)] / 18
 *        + [Σ t(t-1)(t-2)] [Σ u(u-1)(u-2)] / (9 n(n-1)(n-2))
 *        + [Σ t(t-1)] [Σ u(u-1)] / (2 n(n-1))
 * p      = 2 (1 - Φ(|S| / sqrt(var(S))))
 * </pre>
 *
 * Both figures are {@code null} with fewer than two points or when x or y is constant.
 *
 * @param n number of pairs
 * @param tau tau-b (-1..1)
 * @param pValue two-sided p-value of tau = 0 (normal approximation)
 */
record KendallTau(int n, Double tau, Double pValue) {

	/** Tau-b of the pairs {@code (x[i], y[i])}; the arrays must have equal length. */
	static KendallTau of(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
		}
		int n = x.length;
		if (n < 2) {
			return new KendallTau(n, null, null);
		}
		Double tau = Numbers.finite(new KendallsCorrelation().correlation(x, y));
		if (tau == null) {
			return new KendallTau(n, null, null);
		}
		double nn = n;
		double n0 = nn * (nn - 1) / 2;
		Ties tx = Ties.of(x);
		Ties ty = Ties.of(y);
		double s = tau * Math.sqrt((n0 - tx.pairs()) * (n0 - ty.pairs()));
		double variance = (nn * (nn - 1) * (2 * nn + 5) - tx.v0() - ty.v0()) / 18;
		if (n > 2) {
			variance += tx.v1() * ty.v1() / (9 * nn * (nn - 1) * (nn - 2));
		}
		variance += tx.v2() * ty.v2() / (2 * nn * (nn - 1));
		if (!(variance > 0)) {
			return new KendallTau(n, tau, null);
		}
		double z = Math.abs(s) / Math.sqrt(variance);
		double p = 2 * new NormalDistribution(0, 1).cumulativeProbability(-z);
		return new KendallTau(n, tau, Numbers.finite(Math.min(1.0, p)));
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
