package kr.seorona.analytics.parquet;

/**
 * One survey respondent as a row of the {@code survey_responses} dataset (answers are in
 * {@link SurveyAnswerRow}). Built by {@link SurveyRows#responses}.
 *
 * @param year school year (partition)
 * @param respondentKey the respondent's pseudonym (keyed hash)
 * @param groupCode canonical group code
 * @param schoolKey the school's pseudonym (keyed hash of the school id), or null
 * @param weight respondent weight, or null without a weight column
 * @param comment the free-text comment, already redacted at ingest, or null
 * @param answered items answered (1..5)
 * @param missing items missing (blank, missing code or rejected cell)
 */
public record SurveyResponseRow(int year, String respondentKey, String groupCode, String schoolKey, Double weight,
		String comment, int answered, int missing) {
}
