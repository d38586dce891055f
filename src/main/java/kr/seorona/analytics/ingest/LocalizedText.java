package kr.seorona.analytics.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of the definitions in Korean and English.
 *
 * @param ko the Korean text, not blank
 * @param en the English text, not blank
 */
public record LocalizedText(String ko, String en) {

	public LocalizedText {
		if (ko == null || ko.isBlank()) {
			throw new IllegalArgumentException("the Korean text (ko) is missing");
		}
		if (en == null || en.isBlank()) {
			throw new IllegalArgumentException("the English text (en) is missing");
		}
		ko = ko.strip();
		en = en.strip();
	}

	/** The text in the given language: English for {@code en}, Korean for anything else. */
	public String in(Locale locale) {
		Objects.requireNonNull(locale, "locale");
		return "en".equals(locale.getLanguage()) ? this.en : this.ko;
	}

}
