package kr.seorona.analytics.ingest;

import java.util.Locale;

/**
 * One Likert item of the year-end survey ({@code jobs/survey.yml}).
 *
 * @param code column code, e.g. {@code q1}
 * @param labelKo Korean label
 * @param labelEn English label
 * @param scaleCode code of the scale the item belongs to
 */
public record SurveyItem(String code, String labelKo, String labelEn, String scaleCode) {

	/** The label in the given language: Korean unless the language is English. */
	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.labelEn : this.labelKo;
	}

}
