package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Mid-ranks per distinct value give exactly (bit for bit) the ranks of Commons Math's
 * {@link NaturalRanking} with average ties, and Kruskal-Wallis built on them exactly the statistic
 * of the rank-per-value computation it replaced.
 */
class MidRanksTests {

	private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

	@Test
	void ranksEqualCommonsMathOnLikertAnswersAndScaleScores() {
		Random random = new Random(8);
		for (int round = 0; round < 300; round++) {
			int n = (round < 20) ? round + 1 : random.nextInt(5000) + 1;
			double[] values = (round % 2 == 0) ? likert(random, n) : scaleScores(random, n);
			MidRanks midRanks = MidRanks.of(values);
			double[] expected = RANKING.rank(values);
			for (int i = 0; i < n; i++) {
				assertThat(midRanks.of(values[i])).isEqualTo(expected[i]);
			}
			assertThat(midRanks.tieSum()).isEqualTo(tieSum(values));
		}
	}

	@Test
	void ranksOfDistinctValuesAreTheirPositions() {
		MidRanks midRanks = MidRanks.of(new double[] { 3.5, -1, 2 });
		assertThat(midRanks.values()).containsExactly(-1, 2, 3.5);
		assertThat(midRanks.ranks()).containsExactly(1, 2, 3);
		assertThat(midRanks.tieSum()).isZero();
		assertThat(MidRanks.of(new double[0]).values()).isEmpty();
		MidRanks tied = MidRanks.of(new double[] { 2, 1, 2, 2, 5, 1 });
		assertThat(tied.values()).containsExactly(1, 2, 5);
		assertThat(tied.counts()).containsExactly(2, 3, 1);
		assertThat(tied.ranks()).containsExactly(1.5, 4, 6);
		assertThat(tied.tieSum()).isEqualTo((8 - 2) + (27 - 3));
	}

	@Test
	void rejectsNaNAndValuesNotRanked() {
		assertThatIllegalArgumentException().isThrownBy(() -> MidRanks.of(new double[] { 1, Double.NaN }));
		MidRanks midRanks = MidRanks.of(new double[] { 1, 2 });
		assertThatIllegalArgumentException().isThrownBy(() -> midRanks.of(3)).withMessageContaining("3.0");
	}

	@Test
	void kruskalWallisEqualsTheRankPerValueComputation() {
		Random random = new Random(21);
		for (int round = 0; round < 200; round++) {
			int k = random.nextInt(5) + 1;
			List<double[]> samples = new ArrayList<>();
			for (int g = 0; g < k; g++) {
				int n = (round < 40) ? random.nextInt(4) : random.nextInt(3000);
				samples.add((round % 2 == 0) ? likert(random, n) : scaleScores(random, n));
			}
			KruskalWallis actual = KruskalWallis.of(samples);
			KruskalWallis expected = reference(samples);
			assertThat(actual).isEqualTo(expected);
		}
	}

	@Test
	void allEqualValuesHaveNoStatistic() {
		KruskalWallis test = KruskalWallis.of(List.of(new double[] { 3, 3 }, new double[] { 3 }));
		assertThat(test.h()).isNull();
		assertThat(test.pValue()).isNull();
		assertThat(test.df()).isEqualTo(1);
	}

	private static double[] likert(Random random, int n) {
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			values[i] = random.nextInt(5) + 1;
		}
		return values;
	}

	/** Means of one to three Likert answers, as the survey's scale scores. */
	private static double[] scaleScores(Random random, int n) {
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			int answered = random.nextInt(3) + 1;
			double sum = 0;
			for (int j = 0; j < answered; j++) {
				sum += random.nextInt(5) + 1;
			}
			values[i] = sum / answered;
		}
		return values;
	}

	private static double tieSum(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		double sum = 0;
		int i = 0;
		while (i < sorted.length) {
			int j = i;
			while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
				j++;
			}
			double t = j - i + 1;
			sum += t * t * t - t;
			i = j + 1;
		}
		return sum;
	}

	/** The computation before mid-ranks: Commons Math ranks every value of the pooled sample. */
	private static KruskalWallis reference(List<double[]> samples) {
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
		double[] ranks = RANKING.rank(all);
		double sum = 0;
		offset = 0;
		for (double[] sample : nonEmpty) {
			double rankSum = 0;
			for (int i = 0; i < sample.length; i++) {
				rankSum += ranks[offset + i];
			}
			sum += rankSum * rankSum / sample.length;
			offset += sample.length;
		}
		double nn = n;
		double h = 12 / (nn * (nn + 1)) * sum - 3 * (nn + 1);
		double correction = 1 - tieSum(all) / (nn * nn * nn - nn);
		if (!(correction > 0)) {
			return new KruskalWallis(k, n, null, k - 1, null);
		}
		h /= correction;
		double p = Distributions.chiSquaredUpperTail(h, k - 1);
		return new KruskalWallis(k, n, Numbers.finite(h), k - 1, Numbers.finite(p));
	}

}
