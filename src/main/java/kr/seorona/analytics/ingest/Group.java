package kr.seorona.analytics.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * A canonical participant group, as defined in {@code jobs/groups.yml}.
 *
 * @param code canonical code, e.g. {@code PARENT}
 * @param labelKo Korean label, e.g. {@code 학부모}
 * @param labelEn English label
 * @param color chart colour as {@code #RRGGBB}
 * @param firstYear first school year the group had networks
 */
public record Group(String code, String labelKo, String labelEn, String color, int firstYear) {

	public Group {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(labelKo, "labelKo of " + code);
		Objects.requireNonNull(labelEn, "labelEn of " + code);
		if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("color of group " + code + " must be #RRGGBB but was " + color);
		}
	}

	/** The label in the given language: Korean unless the language is English. */
	public String label(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.labelEn : this.labelKo;
	}

}
