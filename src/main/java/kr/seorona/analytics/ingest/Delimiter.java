package kr.seorona.analytics.ingest;

import java.util.List;

/**
 * The field delimiter of a delimited text file: comma, semicolon or tab, whichever occurs most
 * often outside quotes in a sample of its first non-blank lines; ties, and a sample without any,
 * go to the fallback (tab for {@code .tsv}, comma otherwise).
 */
final class Delimiter {

	private static final char[] CANDIDATES = { ',', ';', '\t' };

	private Delimiter() {
	}

	static char of(List<String> sample, char fallback) {
		int[] counts = new int[CANDIDATES.length];
		for (String text : sample) {
			for (int i = 0; i < CANDIDATES.length; i++) {
				counts[i] += countOutsideQuotes(text, CANDIDATES[i]);
			}
		}
		int best = -1;
		for (int i = 0; i < CANDIDATES.length; i++) {
			if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]
					|| (counts[i] == counts[best] && CANDIDATES[i] == fallback))) {
				best = i;
			}
		}
		return (best >= 0) ? CANDIDATES[best] : fallback;
	}

	private static int countOutsideQuotes(String text, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

}
