package kr.seorona.analytics.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The survey respondents of one year, packed: row r has its answers at
 * {@code answers[r * items .. r * items + items - 1]} (1..5, 0 = missing), its group as the index in
 * the catalogue's display order, its weight ({@code NaN} = none) and its pseudonym: the pipeline's
 * pseudonyms ({@code p_} and 16 hex digits) as their 64 bits ({@link PseudonymKeys}, about 23 bytes
 * a respondent with six items), any other identifier as its string. Exact: two rows have the same
 * respondent exactly when their identifiers are equal. Grows by half when full.
 */
final class SurveyRespondents {

	private final int items;

	private byte[] answers;

	private byte[] groups = new byte[1024];

	private double[] weights = new double[1024];

	private long[] keys = new long[1024];

	/** Identifiers not of the pseudonymiser's form, by row (their {@code keys} entry is unused). */
	private final Map<Integer, String> otherKeys = new HashMap<>();

	private int size;

	SurveyRespondents(int items) {
		this.items = items;
		this.answers = new byte[1024 * items];
	}

	void add(String respondentKey, int group, Integer[] answers, Double weight) {
		if (this.size == this.groups.length) {
			int capacity = this.size + (this.size >> 1);
			this.groups = Arrays.copyOf(this.groups, capacity);
			this.weights = Arrays.copyOf(this.weights, capacity);
			this.keys = Arrays.copyOf(this.keys, capacity);
			this.answers = Arrays.copyOf(this.answers, capacity * this.items);
		}
		this.groups[this.size] = (byte) group;
		this.weights[this.size] = (weight != null) ? weight : Double.NaN;
		if (PseudonymKeys.compactForm(respondentKey)) {
			this.keys[this.size] = PseudonymKeys.value(respondentKey);
		}
		else {
			this.otherKeys.put(this.size, respondentKey);
		}
		int offset = this.size * this.items;
		for (int i = 0; i < this.items; i++) {
			this.answers[offset + i] = (byte) ((answers[i] != null) ? answers[i] : 0);
		}
		this.size++;
	}

	int size() {
		return this.size;
	}

	/** The group of a row: its index in the catalogue's display order. */
	int group(int row) {
		return Byte.toUnsignedInt(this.groups[row]);
	}

	/** The answer 1..5 to the item, or null when missing. */
	Double answer(int row, int index) {
		int answer = this.answers[row * this.items + index];
		return (answer != 0) ? (double) answer : null;
	}

	/** Mean of the answered items among the indexes, or null when none is answered. */
	Double scaleScore(int row, int[] indexes) {
		double sum = 0;
		int count = 0;
		int offset = row * this.items;
		for (int index : indexes) {
			int answer = this.answers[offset + index];
			if (answer != 0) {
				sum += answer;
				count++;
			}
		}
		return (count > 0) ? sum / count : null;
	}

	boolean answeredAll(int row, int[] indexes) {
		int offset = row * this.items;
		for (int index : indexes) {
			if (this.answers[offset + index] == 0) {
				return false;
			}
		}
		return true;
	}

	/** The respondent's weight, or null when it has none. */
	Double weight(int row) {
		double weight = this.weights[row];
		return Double.isNaN(weight) ? null : weight;
	}

	/** The identifier of a row not of the pseudonymiser's form, or null (most rows, and all in a real run). */
	private String otherKey(int row) {
		return this.otherKeys.isEmpty() ? null : this.otherKeys.get(row);
	}

	/**
	 * For every row of {@code later}, the row of {@code earlier} with the same respondent, or -1: none,
	 * or the identifier occurs more than once in either year (which answer would pair with which is
	 * then unknown, so such rows count as unpaired).
	 */
	static int[] earlierRows(SurveyRespondents earlier, SurveyRespondents later) {
		Index before = new Index(earlier);
		Index after = new Index(later);
		int[] matched = new int[later.size];
		for (int row = 0; row < later.size; row++) {
			matched[row] = after.unique(later, row) ? before.row(later, row) : -1;
		}
		return matched;
	}

	/**
	 * The rows of one year by identifier: compact keys sorted (with the row of each position, -1 for a
	 * key that occurs more than once), other identifiers in a map.
	 */
	private static final class Index {

		private final long[] sorted;

		private final int[] rowAt;

		private final Map<String, Integer> others = new HashMap<>();

		Index(SurveyRespondents respondents) {
			int compact = respondents.size - respondents.otherKeys.size();
			this.sorted = new long[compact];
			int i = 0;
			for (int row = 0; row < respondents.size; row++) {
				if (respondents.otherKey(row) == null) {
					this.sorted[i++] = respondents.keys[row];
				}
			}
			Arrays.sort(this.sorted);
			this.rowAt = new int[compact];
			for (int row = 0; row < respondents.size; row++) {
				String other = respondents.otherKey(row);
				if (other != null) {
					this.others.merge(other, row, (a, b) -> -1);
				}
				else {
					int position = Arrays.binarySearch(this.sorted, respondents.keys[row]);
					this.rowAt[position] = unique(position) ? row : -1;
				}
			}
		}

		/** The row of this year with the identifier of the other year's row, -1 when none or not unique. */
		int row(SurveyRespondents respondents, int row) {
			String other = respondents.otherKey(row);
			if (other != null) {
				return this.others.getOrDefault(other, -1);
			}
			int position = Arrays.binarySearch(this.sorted, respondents.keys[row]);
			return (position >= 0) ? this.rowAt[position] : -1;
		}

		/** Whether the identifier of the row (of this index's year) occurs once in its year. */
		boolean unique(SurveyRespondents respondents, int row) {
			return row(respondents, row) >= 0;
		}

		private boolean unique(int position) {
			long key = this.sorted[position];
			return !(position > 0 && this.sorted[position - 1] == key)
					&& !(position + 1 < this.sorted.length && this.sorted[position + 1] == key);
		}

	}

}
