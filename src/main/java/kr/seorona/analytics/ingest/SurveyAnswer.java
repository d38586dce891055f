package kr.seorona.analytics.ingest;

import java.util.Locale;

/**
 * One answer of the survey's Likert scale with its labels ({@code responses} of
 * {@code jobs/survey.yml}), the one place the charts, the dashboard and the {@code responses}
 * dataset take them from.
 *
 * @param answer the answer, {@value SurveyDefinition#MIN_ANSWER}..{@value SurveyDefinition#MAX_ANSWER}
 * @param labelKo Korean label, e.g. {@code 전혀 그렇지 않다}
 * @param labelEn English label, e.g. {@code Strongly disagree}
 */
public record SurveyAnswer(int answer, String labelKo, String labelEn) {

	/** The label in the given language: Korean unless the language is English. */
	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.labelEn : this.labelKo;
	}

}
