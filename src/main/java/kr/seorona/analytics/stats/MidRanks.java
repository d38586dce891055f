package kr.seorona.analytics.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Mid-ranks by distinct value, from one sort of the values: the run of t equal values starting at
 * 1-based position c gets rank (2c + t - 1) / 2, the same double that Commons Math
 * {@link NaturalRanking} with {@link TiesStrategy#AVERAGE} gives each of them, without its object per
 * value (millions of survey answers take a few distinct values). The runs' sizes serve the tie
 * corrections of {@link KruskalWallis} and {@link KendallTau}.
 *
 * @param values the distinct values, ascending
 * @param ranks the mid-rank of each distinct value
 * @param counts how many values equal each distinct value (the run sizes t), &gt;= 1
 */
record MidRanks(double[] values, double[] ranks, int[] counts) {

	/**
	 * @param values the values, any order
	 * @throws IllegalArgumentException when a value is NaN
	 */
	static MidRanks of(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		if (sorted.length > 0 && Double.isNaN(sorted[sorted.length - 1])) {
			throw new IllegalArgumentException("values must not be NaN");
		}
		double[] distinct = new double[sorted.length];
		double[] ranks = new double[sorted.length];
		int[] counts = new int[sorted.length];
		int d = 0;
		int i = 0;
		while (i < sorted.length) {
			int j = i;
			while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
				j++;
			}
			int c = i + 1;
			int length = j - i + 1;
			distinct[d] = sorted[i];
			ranks[d] = (length > 1) ? (2 * (double) c + length - 1) / 2d : c;
			counts[d] = length;
			d++;
			i = j + 1;
		}
		return new MidRanks(Arrays.copyOf(distinct, d), Arrays.copyOf(ranks, d), Arrays.copyOf(counts, d));
	}

	/** Σ (t³ - t) over the runs of equal values, summed in ascending order of value. */
	double tieSum() {
		double sum = 0;
		for (int count : this.counts) {
			double t = count;
			sum += t * t * t - t;
		}
		return sum;
	}

	/**
	 * The mid-rank of one of the ranked values.
	 * @throws IllegalArgumentException when the value was not ranked
	 */
	double of(double value) {
		int index = Arrays.binarySearch(this.values, value);
		if (index < 0) {
			throw new IllegalArgumentException(value + " is not among the ranked values");
		}
		return this.ranks[index];
	}

}
