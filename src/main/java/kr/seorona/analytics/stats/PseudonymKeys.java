package kr.seorona.analytics.stats;

/**
 * The pseudonymiser's keys ({@code p_} and 16 lower-case hex digits, the first 64 bits of a keyed
 * hash, see {@code HmacPseudonymizer}) as their 64-bit values: exact, two keys of that form are equal
 * exactly when their values are. Keys of any other form have no value here; callers keep them as
 * strings.
 */
final class PseudonymKeys {

	private PseudonymKeys() {
	}

	/** Whether the key is {@code p_} and 16 lower-case hex digits (then {@link #value} is exact). */
	static boolean compactForm(String key) {
		if (key.length() != 18 || key.charAt(0) != 'p' || key.charAt(1) != '_') {
			return false;
		}
		for (int i = 2; i < 18; i++) {
			char c = key.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return false;
			}
		}
		return true;
	}

	/** The 64 bits of a key of the compact form. */
	static long value(String key) {
		return Long.parseUnsignedLong(key, 2, 18, 16);
	}

}
