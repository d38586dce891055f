package kr.seorona.analytics.ingest;

/**
 * Replaces a person's identifier (an exported id or a name), or a school's id (beside a group it
 * identifies a person), with a pseudonym: deterministic for a given key, so that the same person or
 * school gets the same pseudonym in every file and run, and not reversible without the key.
 */
public interface Pseudonymizer {

	/**
	 * @param kind what the identifier identifies: {@code "participant"}, {@code "respondent"} or
	 * {@code "school"};
	 * the same raw id of two kinds gives two unrelated pseudonyms
	 * @param rawId the raw identifier; surrounding blanks and full-width forms do not matter
	 * @return the pseudonym, e.g. {@code p_3f9a0c1b2d4e5f60}
	 */
	String pseudonym(String kind, String rawId);

}
