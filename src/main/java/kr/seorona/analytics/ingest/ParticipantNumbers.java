package kr.seorona.analytics.ingest;

/**
 * Numbers 64-bit participant keys 0, 1, 2, ... in order of first sight, in an open-addressing
 * table of about 20 bytes a key (a {@code HashMap<Long, Integer>} takes about 80): the duplicate
 * check then keeps a 4-byte number per (session, participant) pair instead of the 8-byte key.
 * Exact. Not thread-safe.
 */
final class ParticipantNumbers {

	private long[] keys = new long[1024];

	/** Number + 1 per slot; 0 marks a free slot. */
	private int[] numbers = new int[1024];

	private int size;

	/**
	 * The key's number, a new one (the count of keys numbered so far) on first sight.
	 * @throws IllegalStateException when 2^31 - 1 keys are numbered already
	 */
	int numberOf(long key) {
		int slot = find(key);
		if (this.numbers[slot] != 0) {
			return this.numbers[slot] - 1;
		}
		if (this.size == Integer.MAX_VALUE - 1) {
			throw new IllegalStateException("more than " + this.size + " participants");
		}
		int number = this.size++;
		this.keys[slot] = key;
		this.numbers[slot] = number + 1;
		if (this.size * 4L > this.keys.length * 3L) {
			grow();
		}
		return number;
	}

	/** Number of keys numbered. */
	int size() {
		return this.size;
	}

	private int find(long key) {
		int mask = this.keys.length - 1;
		int i = mix(key) & mask;
		while (this.numbers[i] != 0 && this.keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private void grow() {
		long[] oldKeys = this.keys;
		int[] oldNumbers = this.numbers;
		this.keys = new long[oldKeys.length * 2];
		this.numbers = new int[oldKeys.length * 2];
		for (int j = 0; j < oldKeys.length; j++) {
			if (oldNumbers[j] != 0) {
				int slot = find(oldKeys[j]);
				this.keys[slot] = oldKeys[j];
				this.numbers[slot] = oldNumbers[j];
			}
		}
	}

	static int mix(long k) {
		long h = k * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

}
