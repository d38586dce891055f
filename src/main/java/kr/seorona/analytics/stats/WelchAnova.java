package kr.seorona.analytics.stats;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Welch's heteroscedastic one-way ANOVA (Welch 1951), as R {@code oneway.test(var.equal = FALSE)}:
 *
 * <pre>
 * w_i = n_i / var_i,  W = Σ w_i,  m = Σ w_i mean_i / W,  T = Σ (1 - w_i/W)² / (n_i - 1)
 * F = [Σ w_i (mean_i - m)² / (k-1)] / [1 + 2(k-2)/(k²-1) · T],  df1 = k-1,  df2 = (k²-1) / (3T)
 * </pre>
 *
 * p is the F upper tail computed directly ({@link Distributions#fUpperTail}, R
 * {@code pf(F, df1, df2, lower.tail = FALSE)}). Groups with no values are ignored. All figures are
 * null with fewer than two groups, or when a group has fewer than two values or zero variance (its
 * weight would be infinite).
 *
 * @param groups groups compared (k)
 * @param f Welch's F
 * @param df1 numerator degrees of freedom
 * @param df2 denominator degrees of freedom (not an integer)
 * @param pValue upper-tail p-value
 */
record WelchAnova(int groups, Double f, Double df1, Double df2, Double pValue) {

	static WelchAnova of(List<double[]> samples) {
		List<double[]> nonEmpty = samples.stream().filter((s) -> s.length > 0).toList();
		int k = nonEmpty.size();
		if (k < 2) {
			return new WelchAnova(k, null, null, null, null);
		}
		double[] weights = new double[k];
		double[] means = new double[k];
		double sumOfWeights = 0;
		for (int i = 0; i < k; i++) {
			double[] sample = nonEmpty.get(i);
			double variance = (sample.length > 1) ? new Variance().evaluate(sample) : 0;
			if (!(variance > 0)) {
				return new WelchAnova(k, null, null, null, null);
			}
			weights[i] = sample.length / variance;
			means[i] = new Mean().evaluate(sample);
			sumOfWeights += weights[i];
		}
		double weightedMean = 0;
		for (int i = 0; i < k; i++) {
			weightedMean += weights[i] * means[i] / sumOfWeights;
		}
		double numerator = 0;
		double tmp = 0;
		for (int i = 0; i < k; i++) {
			numerator += weights[i] * (means[i] - weightedMean) * (means[i] - weightedMean);
			double share = 1 - weights[i] / sumOfWeights;
			tmp += share * share / (nonEmpty.get(i).length - 1);
		}
		double df1 = k - 1;
		double f = (numerator / df1) / (1 + 2.0 * (k - 2) / ((double) k * k - 1) * tmp);
		if (!(tmp > 0)) {
			return new WelchAnova(k, Numbers.finite(f), df1, null, null);
		}
		double df2 = ((double) k * k - 1) / (3 * tmp);
		double p = Distributions.fUpperTail(f, df1, df2);
		return new WelchAnova(k, Numbers.finite(f), df1, Numbers.finite(df2), Numbers.finite(p));
	}

}
