package kr.seorona.analytics.stats;

import java.util.Map;
import java.util.SortedMap;

/** Builds a {@link ParticipationTrend} from a series of yearly values. */
final class Trend {

	/** Fewest years for which a trend is estimated. */
	static final int MIN_YEARS = 3;

	private Trend() {
	}

	/**
	 * The trend of one indicator of one group.
	 * @param series value by year, at least one entry
	 */
	static ParticipationTrend of(String groupCode, String indicator, SortedMap<Integer, Double> series) {
		int firstYear = series.firstKey();
		int lastYear = series.lastKey();
		int years = series.size();
		if (years < MIN_YEARS) {
			return new ParticipationTrend(groupCode, indicator, firstYear, lastYear, years, false, null, null, null,
					null, null, null, null, null, null);
		}
		double[] x = new double[years];
		double[] y = new double[years];
		int i = 0;
		for (Map.Entry<Integer, Double> entry : series.entrySet()) {
			x[i] = entry.getKey();
			y[i] = entry.getValue();
			i++;
		}
		LinearTrend line = LinearTrend.fit(x, y);
		KendallTau kendall = KendallTau.of(x, y);
		return new ParticipationTrend(groupCode, indicator, firstYear, lastYear, years, true,
				compoundAnnualGrowthRate(y[0], y[years - 1], lastYear - firstYear), line.slope(), line.slopeLower95(),
				line.slopeUpper95(), line.rSquared(), line.slopePValue(), kendall.tau(), kendall.pValue(),
				kendall.pMethod());
	}

	/**
	 * {@code (last / first)^(1 / span) - 1}; null when span &lt;= 0, first &lt;= 0 or last &lt; 0.
	 */
	static Double compoundAnnualGrowthRate(double first, double last, int span) {
		if (span <= 0 || !(first > 0) || last < 0) {
			return null;
		}
		return Numbers.finite(Math.pow(last / first, 1.0 / span) - 1);
	}

}
