package kr.seorona.analytics.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One year-end survey respondent.
 *
 * @param year the school year (input folder)
 * @param respondentKey the respondent's pseudonym (keyed hash), never the raw identifier
 * @param groupCode canonical group code
 * @param schoolKey the school's pseudonym (keyed hash of the school id), may be {@code null}
 * @param answers Likert answers 1..5 in the item order of {@link SurveyDefinition#items()}; an
 * element is {@code null} where the answer is missing (blank, a missing code, or a rejected cell)
 * @param weight optional respondent weight (&gt; 0), {@code null} when the file has no weight column or
 * the respondent's weight cell is blank
 * @param comment the free-text comment with names, phone numbers and e-mail addresses redacted, or
 * {@code null}
 */
public record SurveyRecord(int year, String respondentKey, String groupCode, String schoolKey,
		List<Integer> answers, Double weight, String comment) {

	public SurveyRecord {
		Objects.requireNonNull(respondentKey, "respondentKey");
		Objects.requireNonNull(groupCode, "groupCode");
		answers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
	}

}
