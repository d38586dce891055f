package kr.seorona.analytics.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilson score interval of a binomial proportion (Wilson 1927; Newcombe 1998, method 3), without
 * continuity correction, as R {@code prop.test(x, n, correct = FALSE)$conf.int}:
 *
 * <pre>
 * centre = (p + z²/2n) / (1 + z²/n),  half = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²),  p = x/n
 * </pre>
 *
 * with {@code z} the (1+level)/2 standard normal quantile (Commons Math {@link NormalDistribution}).
 * Unlike the Wald interval it stays inside [0, 1] and is not degenerate at x = 0 or x = n.
 *
 * @param lower lower bound (0..1)
 * @param upper upper bound (0..1)
 */
record WilsonInterval(double lower, double upper) {

	/**
	 * The interval for {@code successes} out of {@code n} trials, or {@code null} when n = 0.
	 * @throws IllegalArgumentException when successes is not in 0..n or the level not in (0, 1)
	 */
	static WilsonInterval of(long successes, long n, double level) {
		if (n < 0 || successes < 0 || successes > n) {
			throw new IllegalArgumentException("successes must be in 0.." + n + " but was " + successes);
		}
		if (!(level > 0 && level < 1)) {
			throw new IllegalArgumentException("confidence level must be in (0, 1) but was " + level);
		}
		if (n == 0) {
			return null;
		}
		double z = new NormalDistribution(0, 1).inverseCumulativeProbability((1 + level) / 2);
		double p = (double) successes / n;
		double z2n = z * z / n;
		double centre = (p + z2n / 2) / (1 + z2n);
		double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
		return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
	}

}
