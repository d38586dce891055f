package kr.seorona.analytics.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities and quantiles of the F, chi-squared and Student t distributions to full double
 * precision, as R's {@code pf(..., lower.tail = FALSE)}, {@code pchisq(..., lower.tail = FALSE)},
 * {@code 2 * pt(-|t|, df)} and {@code qt}.
 *
 * <p>Upper tails are never formed as {@code 1 - cdf} (which turns every p-value below about 1e-16
 * into 0 and loses digits well above that): each is the regularized incomplete beta or gamma
 * function that <em>is</em> the tail (Commons Math {@link Beta#regularizedBeta} and
 * {@link Gamma#regularizedGammaQ}), evaluated at the argument for which no complement is taken:
 *
 * <pre>
 * F upper tail        Q(F; d1, d2) = I_x(d2/2, d1/2),   x = d2 / (d2 + d1 F)
 *                                  = 1 - I_y(d1/2, d2/2), y = d1 F / (d2 + d1 F), only where the result exceeds ~0.3
 * chi-squared upper   Q(X; k)      = Q_gamma(k/2, X/2)  (regularized upper incomplete gamma)
 * t two-sided         P(|T| &gt;= t) = I_x(df/2, 1/2),     x = df / (df + t²)
 * </pre>
 *
 * (Abramowitz and Stegun 26.6.2, 26.4.19, 26.7.1.) Quantiles of t start from Commons Math
 * {@link TDistribution#inverseCumulativeProbability} (Brent's method, relative accuracy about
 * 1e-14) and are then refined by Newton steps on the directly computed tail, which brings them to
 * the last bit or two of a double (R's {@code qt} polishes the same way).
 */
final class Distributions {

	/** Convergence threshold of the continued fractions and series (Commons Math's default for the beta function is 1e-14). */
	private static final double EPSILON = 1e-15;

	private static final int MAX_ITERATIONS = 100_000;

	private Distributions() {
	}

	/**
	 * Upper tail {@code P(X >= f)} of the F distribution.
	 * @param f the statistic, &gt;= 0
	 * @param df1 numerator degrees of freedom, &gt; 0
	 * @param df2 denominator degrees of freedom, &gt; 0 (need not be an integer)
	 * @return the probability in [0, 1], NaN when an argument is NaN or out of range
	 */
	static double fUpperTail(double f, double df1, double df2) {
		if (!(f >= 0) || !(df1 > 0) || !(df2 > 0)) {
			return Double.NaN;
		}
		if (f == Double.POSITIVE_INFINITY) {
			return 0;
		}
		double denominator = df2 + df1 * f;
		return betaTail(df2 / denominator, df1 * f / denominator, df2 / 2, df1 / 2);
	}

	/**
	 * Upper tail {@code P(X >= x)} of the chi-squared distribution.
	 * @param x the statistic, &gt;= 0
	 * @param df degrees of freedom, &gt; 0
	 * @return the probability in [0, 1], NaN when an argument is NaN or out of range
	 */
	static double chiSquaredUpperTail(double x, double df) {
		if (!(x >= 0) || !(df > 0)) {
			return Double.NaN;
		}
		if (x == Double.POSITIVE_INFINITY) {
			return 0;
		}
		return Gamma.regularizedGammaQ(df / 2, x / 2, EPSILON, MAX_ITERATIONS);
	}

	/**
	 * Two-sided tail {@code P(|T| >= |t|)} of Student's t distribution.
	 * @param t the statistic (its sign is ignored)
	 * @param df degrees of freedom, &gt; 0 (need not be an integer)
	 * @return the probability in [0, 1], NaN when an argument is NaN or out of range
	 */
	static double tTwoSided(double t, double df) {
		if (Double.isNaN(t) || !(df > 0)) {
			return Double.NaN;
		}
		if (Double.isInfinite(t)) {
			return 0;
		}
		double t2 = t * t;
		double denominator = df + t2;
		return betaTail(df / denominator, t2 / denominator, df / 2, 0.5);
	}

	/**
	 * Upper tail {@code P(T >= t)} of Student's t distribution, computed without a complement.
	 */
	static double tUpperTail(double t, double df) {
		double half = tTwoSided(t, df) / 2;
		return (t >= 0) ? half : 1 - half;
	}

	/**
	 * The quantile {@code t(p, df)}: the t with {@code P(T <= t) = p}, as R {@code qt(p, df)}.
	 * @param p probability in (0, 1)
	 * @param df degrees of freedom, &gt; 0
	 * @throws IllegalArgumentException when p is not in (0, 1) or df is not &gt; 0
	 */
	static double tQuantile(double p, double df) {
		if (!(p > 0 && p < 1)) {
			throw new IllegalArgumentException("probability must be in (0, 1) but was " + p);
		}
		if (!(df > 0)) {
			throw new IllegalArgumentException("degrees of freedom must be > 0 but were " + df);
		}
		if (p < 0.5) {
			return -tQuantile(1 - p, df);
		}
		if (p == 0.5) {
			return 0;
		}
		// the upper tail probability q = 1 - p is exact in double for p in [0.5, 1) (Sterbenz)
		double q = 1 - p;
		TDistribution distribution = new TDistribution(null, df, 1e-14);
		double t = distribution.inverseCumulativeProbability(p);
		for (int i = 0; i < 8; i++) {
			double density = distribution.density(t);
			if (!(density > 0)) {
				break;
			}
			double step = (tUpperTail(t, df) - q) / density;
			t += step;
			if (Math.abs(step) <= 1e-17 * Math.abs(t)) {
				break;
			}
		}
		return t;
	}

	/**
	 * {@code I_x(a, b)} where {@code y = 1 - x} is given separately (computed without cancellation):
	 * the continued fraction is evaluated directly where it converges well, else through the
	 * complement {@code 1 - I_y(b, a)}, which happens only where the result is large (x beyond about
	 * the mean of the beta distribution), so that the subtraction costs no relative precision.
	 */
	private static double betaTail(double x, double y, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (y <= 0) {
			return 1;
		}
		if (x <= (a + 1) / (a + b + 2)) {
			return Beta.regularizedBeta(x, a, b, EPSILON, MAX_ITERATIONS);
		}
		return 1 - Beta.regularizedBeta(y, b, a, EPSILON, MAX_ITERATIONS);
	}

}
