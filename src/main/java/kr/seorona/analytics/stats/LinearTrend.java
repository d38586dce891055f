package kr.seorona.analytics.stats;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least-squares line {@code y = intercept + slope · x} with inference on the slope, computed
 * by Commons Math {@link SimpleRegression} (intercept included).
 *
 * <p>The 95% confidence interval of the slope is {@code slope ± t(0.975, n-2) · se(slope)} with the
 * quantile from {@link Distributions#tQuantile} (R {@code qt(0.975, n - 2)} to full double precision);
 * the p-value is the two-sided Student t test of slope = 0 with n-2 degrees of freedom
 * ({@link Distributions#tTwoSided}, the tail computed directly). A figure that cannot be computed is {@code null}, never
 * NaN: everything with n &lt; 2, the inference with n &lt; 3, R² when y is constant, inference
 * when the fit is exact (zero residual variance).
 *
 * @param n number of points
 * @param intercept the intercept
 * @param slope the slope, in y units per x unit
 * @param slopeStandardError standard error of the slope
 * @param slopeLower95 lower bound of the slope's 95% CI
 * @param slopeUpper95 upper bound of the slope's 95% CI
 * @param rSquared coefficient of determination (0..1)
 * @param slopePValue two-sided p-value of slope = 0
 * @param residualStandardDeviation sqrt(SSE / (n-2))
 */
record LinearTrend(long n, Double intercept, Double slope, Double slopeStandardError, Double slopeLower95,
		Double slopeUpper95, Double rSquared, Double slopePValue, Double residualStandardDeviation) {

	/** Fits the line through the points {@code (x[i], y[i])}; the arrays must have equal length. */
	static LinearTrend fit(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x and y differ in length: " + x.length + " != " + y.length);
		}
		SimpleRegression regression = new SimpleRegression(true);
		for (int i = 0; i < x.length; i++) {
			regression.addData(x[i], y[i]);
		}
		long n = regression.getN();
		if (n < 2) {
			return new LinearTrend(n, null, null, null, null, null, null, null, null);
		}
		Double slope = Numbers.finite(regression.getSlope());
		Double intercept = Numbers.finite(regression.getIntercept());
		Double rSquared = (regression.getTotalSumSquares() > 0) ? Numbers.finite(regression.getRSquare()) : null;
		if (n < 3 || slope == null) {
			return new LinearTrend(n, intercept, slope, null, null, null, rSquared, null, null);
		}
		double se = regression.getSlopeStdErr();
		Double residualSd = Numbers.finite(Math.sqrt(regression.getMeanSquareError()));
		if (!(se > 0) || !Double.isFinite(se)) {
			return new LinearTrend(n, intercept, slope, null, null, null, rSquared, null, residualSd);
		}
		double halfWidth = Distributions.tQuantile(0.975, n - 2) * se;
		double pValue = Distributions.tTwoSided(slope / se, n - 2);
		return new LinearTrend(n, intercept, slope, se, slope - halfWidth, slope + halfWidth, rSquared,
				Numbers.finite(pValue), residualSd);
	}

}
