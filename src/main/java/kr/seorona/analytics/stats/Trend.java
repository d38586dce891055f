package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import kr.seorona.analytics.ingest.GroupCatalog;

/** Builds a {@link ParticipationTrend} from a series of yearly values. */
final class Trend {

	/** Fewest years for which a trend is estimated. */
	static final int MIN_YEARS = 3;

	private Trend() {
	}

	/**
	 * The trend of every indicator ({@link ParticipationCalculator#INDICATORS}) of every group with at
	 * least one year of data, by group display order then indicator. A trend is suppressed when a
	 * year of its group is (its n: the group's smallest distinct participants in a year).
	 * @param rows the participation rows of every year
	 * @param minCellSize k (the rows' own flags decide; k is not used to re-mark them)
	 */
	static List<ParticipationTrend> byGroup(GroupCatalog groups, List<ParticipationStatistics> rows, int minCellSize) {
		List<ParticipationTrend> result = new ArrayList<>();
		for (var group : groups.groups()) {
			List<ParticipationStatistics> own = rows.stream()
				.filter((row) -> row.groupCode().equals(group.code()))
				.toList();
			long smallest = own.stream().mapToLong(ParticipationStatistics::distinctParticipants).min().orElse(0);
			boolean suppressed = own.stream().anyMatch(ParticipationStatistics::suppressed) || smallest < minCellSize;
			for (String indicator : ParticipationCalculator.INDICATORS) {
				TreeMap<Integer, Double> series = new TreeMap<>();
				for (ParticipationStatistics row : own) {
					Double value = indicator(row, indicator);
					if (value != null) {
						series.put(row.year(), value);
					}
				}
				if (!series.isEmpty()) {
					result.add(of(group.code(), indicator, series, smallest, suppressed));
				}
			}
		}
		return result;
	}

	private static Double indicator(ParticipationStatistics row, String indicator) {
		return switch (indicator) {
			case "meetings" -> (double) row.meetings();
			case "attendances" -> (double) row.attendances();
			case "distinctParticipants" -> (double) row.distinctParticipants();
			case "participationRate" -> row.participationRate();
			default -> throw new IllegalStateException("unknown indicator " + indicator);
		};
	}

	/**
	 * The trend of one indicator of one group.
	 * @param series value by year, at least one entry
	 * @param smallest the group's smallest distinct participants in a year of the series
	 * @param suppressed whether a year of the series is withheld
	 */
	static ParticipationTrend of(String groupCode, String indicator, SortedMap<Integer, Double> series, long smallest,
			boolean suppressed) {
		int firstYear = series.firstKey();
		int lastYear = series.lastKey();
		int years = series.size();
		if (years < MIN_YEARS) {
			return new ParticipationTrend(groupCode, indicator, firstYear, lastYear, years, false, null, null, null,
					null, null, null, null, null, null, smallest, suppressed);
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
				kendall.pMethod(), smallest, suppressed);
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
