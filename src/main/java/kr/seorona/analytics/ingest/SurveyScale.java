package kr.seorona.analytics.ingest;

import java.util.List;
import java.util.Locale;

/**
 * A scale: a set of survey items measuring one construct, summarised by Cronbach's alpha.
 *
 * @param code scale code, e.g. {@code collaboration}
 * @param labelKo Korean label
 * @param labelEn English label
 * @param itemCodes codes of the scale's items, in survey order
 */
public record SurveyScale(String code, String labelKo, String labelEn, List<String> itemCodes) {

	public SurveyScale {
		itemCodes = List.copyOf(itemCodes);
	}

	/** The label in the given language: Korean unless the language is English. */
	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.labelEn : this.labelKo;
	}

}
