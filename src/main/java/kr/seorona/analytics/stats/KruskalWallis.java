package kr.seorona.analytics.stats;

import java.util.List;

import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Kruskal–Wallis rank-sum test with the correction for ties, as R {@code kruskal.test}:
 *
 * <pre>
 * H = [12 / (N(N+1)) · Σ R_i² / n_i - 3(N+1)] / [1 - Σ (t³ - t) / (N³ - N)]
 * </pre>
 *
 * with mid-ranks for ties (those of Commons Math {@link NaturalRanking} with {@link TiesStrategy#AVERAGE},
 * computed once per distinct value, see {@link MidRanks}), t the
 * sizes of the groups of tied values, and the p-value from the chi-squared distribution with k - 1
 * degrees of freedom, its upper tail computed directly ({@link Distributions#chiSquaredUpperTail},
 * R {@code pchisq(H, k - 1, lower.tail = FALSE)}). Groups with no values are
 * ignored. Null instead of NaN: H and p with fewer than two groups or when all values are equal.
 *
 * @param groups non-empty groups compared (k)
 * @param n values in all groups (N)
 * @param h tie-corrected H statistic
 * @param df k - 1
 * @param pValue upper-tail chi-squared p-value
 */
record KruskalWallis(int groups, long n, Double h, Integer df, Double pValue) {

	static KruskalWallis of(List<double[]> samples) {
		List<double[]> nonEmpty = samples.stream().filter((s) -> s.length > 0).toList();
		int k = nonEmpty.size();
		int n = nonEmpty.stream().mapToInt((s) -> s.length).sum();
		if (k < 2) {
			return new KruskalWallis(k, n, null, null, null);
		}
		double[] all = new double[n];
		int offset = 0;
		for (double[] sample : nonEmpty) {
			System.arraycopy(sample, 0, all, offset, sample.length);
			offset += sample.length;
		}
		MidRanks ranks = MidRanks.of(all);
		double sum = 0;
		for (double[] sample : nonEmpty) {
			double rankSum = 0;
			for (double value : sample) {
				rankSum += ranks.of(value);
			}
			sum += rankSum * rankSum / sample.length;
		}
		double nn = n;
		double h = 12 / (nn * (nn + 1)) * sum - 3 * (nn + 1);
		double correction = 1 - ranks.tieSum() / (nn * nn * nn - nn);
		if (!(correction > 0)) {
			return new KruskalWallis(k, n, null, k - 1, null);
		}
		h /= correction;
		double p = Distributions.chiSquaredUpperTail(h, k - 1);
		return new KruskalWallis(k, n, Numbers.finite(h), k - 1, Numbers.finite(p));
	}

}
