package kr.seorona.analytics.stats;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Classic one-way analysis of variance with eta squared.
 *
 * <pre>
 * SS_between = Σ n_i (mean_i - grand mean)²     df = k - 1
 * SS_within  = Σ (n_i - 1) var_i                 df = N - k
 * F = (SS_between / (k-1)) / (SS_within / (N-k)),  p = Q_F(F; k-1, N-k),  eta² = SS_between / (SS_between + SS_within)
 * </pre>
 *
 * Means and variances come from Commons Math {@link Mean} (with its correction term) and
 * {@link Variance} (corrected two-pass), the p-value is the F upper tail computed directly ({@link Distributions#fUpperTail}, R
 * {@code pf(F, k-1, N-k, lower.tail = FALSE)}). Commons Math's own
 * {@code OneWayAnova} is not used because it forms the sums of squares as Σx² - (Σx)²/n, which
 * cancels catastrophically on data with a large mean and small spread: on NIST AtmWtAg it gives
 * F = 15.33 instead of the certified 15.9467335677930 (this class: 9+ digits). Groups with no values are ignored.
 * Null instead of NaN: everything with fewer than two non-empty groups or N - k &lt; 1; F and p when
 * SS_within = 0; eta² when SS_total = 0.
 *
 * @param groups non-empty groups compared (k)
 * @param n values in all groups (N)
 * @param dfBetween k - 1
 * @param dfWithin N - k
 * @param sumOfSquaresBetween SS_between
 * @param sumOfSquaresWithin SS_within
 * @param f F statistic
 * @param pValue upper-tail p-value of F
 * @param etaSquared SS_between / SS_total (0..1)
 */
record OneWayAnova(int groups, long n, Integer dfBetween, Long dfWithin, Double sumOfSquaresBetween,
		Double sumOfSquaresWithin, Double f, Double pValue, Double etaSquared) {

	static OneWayAnova of(List<double[]> samples) {
		List<double[]> nonEmpty = samples.stream().filter((s) -> s.length > 0).toList();
		int k = nonEmpty.size();
		long n = nonEmpty.stream().mapToLong((s) -> s.length).sum();
		if (k < 2 || n - k < 1) {
			return new OneWayAnova(k, n, null, null, null, null, null, null, null);
		}
		double[] all = new double[(int) n];
		int offset = 0;
		for (double[] sample : nonEmpty) {
			System.arraycopy(sample, 0, all, offset, sample.length);
			offset += sample.length;
		}
		double grandMean = new Mean().evaluate(all);
		double between = 0;
		double within = 0;
		for (double[] sample : nonEmpty) {
			double deviation = new Mean().evaluate(sample) - grandMean;
			between += sample.length * deviation * deviation;
			if (sample.length > 1) {
				within += (sample.length - 1) * new Variance().evaluate(sample);
			}
		}
		int dfBetween = k - 1;
		long dfWithin = n - k;
		Double eta = Numbers.ratio(between, between + within);
		if (!(within > 0)) {
			return new OneWayAnova(k, n, dfBetween, dfWithin, between, within, null, null, eta);
		}
		double f = (between / dfBetween) / (within / dfWithin);
		double p = Distributions.fUpperTail(f, dfBetween, dfWithin);
		return new OneWayAnova(k, n, dfBetween, dfWithin, between, within, Numbers.finite(f), Numbers.finite(p), eta);
	}

}
