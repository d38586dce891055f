package kr.seorona.analytics.parquet;

/**
 * One respondent's answer to one survey item as a row of the {@code survey_answers} dataset (long
 * format: one row per respondent and item, missing answers included as null). Built by
 * {@link SurveyRows#answers}.
 *
 * @param year school year (partition)
 * @param respondentKey the respondent's pseudonym (keyed hash)
 * @param groupCode canonical group code
 * @param itemCode item code, e.g. {@code q1}
 * @param scaleCode the item's scale code
 * @param answer Likert answer 1..5, or null when missing
 * @param weight respondent weight, or null
 */
public record SurveyAnswerRow(int year, String respondentKey, String groupCode, String itemCode, String scaleCode,
		Integer answer, Double weight) {
}
