package kr.seorona.analytics.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The pseudonyms given while the input is read: people's ids (participants, respondents), which
 * are also learned as identifiers to remove from free text ({@link KnownIdentifiers}), and school
 * ids. A school id beside a group identifies a person (a school has one principal), so it is
 * pseudonymised like a person's id, with its own kind ({@code "school"}). Not thread-safe: one per
 * reading thread, like the {@link RecordParsers} that hold it.
 */
final class Pseudonyms {

	/** Schools whose pseudonyms are remembered; the pseudonyms of more are computed each time. */
	static final int REMEMBERED_SCHOOLS = 65_536;

	private final Pseudonymizer pseudonymizer;

	private final KnownIdentifiers identifiers;

	private final Map<String, String> schools = new HashMap<>();

	Pseudonyms(Pseudonymizer pseudonymizer, KnownIdentifiers identifiers) {
		this.pseudonymizer = pseudonymizer;
		this.identifiers = identifiers;
	}

	/**
	 * @param kind {@code "participant"} or {@code "respondent"}
	 * @param rawId the person's id or name as read
	 * @return {@link Pseudonymizer#pseudonym(String, String)}; the raw id is learned for redaction
	 */
	String person(String kind, String rawId) {
		this.identifiers.learn(rawId);
		return this.pseudonymizer.pseudonym(kind, rawId);
	}

	/**
	 * @param rawId the school id as read, or null
	 * @return {@code pseudonym("school", rawId)} ({@code p_} + 16 hex digits), or null for null;
	 * schools repeat on every row and are few, so their pseudonyms are remembered
	 */
	String school(String rawId) {
		if (rawId == null) {
			return null;
		}
		String known = this.schools.get(rawId);
		if (known == null) {
			known = this.pseudonymizer.pseudonym("school", rawId);
			if (this.schools.size() < REMEMBERED_SCHOOLS) {
				this.schools.put(rawId, known);
			}
		}
		return known;
	}

}
