package kr.seorona.analytics.charts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of charts and the dashboard, from one message bundle on the class path:
 * {@code messages.properties} (Korean, the default) and {@code messages_en.properties}. Files are
 * read as UTF-8. Group and survey item labels do not live here: they come from
 * {@code jobs/groups.yml} and {@code jobs/survey.yml}.
 * <p>
 * The JVM's default locale is never used as a fallback, so a Korean run on an English machine
 * stays Korean.
 */
public final class Messages {

	static final String BASE_NAME = "messages";

	private final ResourceBundle bundle;

	private final Locale locale;

	private Messages(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
	}

	/**
	 * The bundle for a locale: English for any locale whose language is {@code en}, Korean
	 * otherwise.
	 * @param locale the run's locale, e.g. {@code Locale.KOREAN} or {@code Locale.ENGLISH}
	 * @return the messages
	 */
	public static Messages bundle(Locale locale) {
		Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
		ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, effective,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new Messages(bundle, effective);
	}

	/**
	 * The text for a key, with {@link MessageFormat} arguments ({@code {0}}, {@code {1}}, ...)
	 * formatted for this bundle's locale (numbers get grouping separators).
	 * @param key the message key, e.g. {@code chart.meetings.title}
	 * @param args the arguments, if the message has placeholders
	 * @return the formatted text
	 * @throws MissingResourceException naming the key when the bundle has no such key
	 */
	public String get(String key, Object... args) {
		String pattern = this.bundle.getString(key);
		if (args.length == 0) {
			return pattern;
		}
		return new MessageFormat(pattern, this.locale).format(args);
	}

	/** Whether the bundle has a text for this key. */
	public boolean has(String key) {
		return this.bundle.containsKey(key);
	}

	/** The locale of these messages: {@code ko} or {@code en}. */
	public Locale locale() {
		return this.locale;
	}

	/** Every key of the bundle, for tests of completeness and displayability. */
	java.util.Set<String> keys() {
		return this.bundle.keySet();
	}

}
