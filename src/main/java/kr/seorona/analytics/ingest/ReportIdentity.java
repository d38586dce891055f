package kr.seorona.analytics.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * Who publishes the run's figures, from {@code jobs/report.yml}: named in every chart's source
 * line, on the dashboard and in the report documents.
 *
 * @param organisation the publishing office, e.g. 울산광역시교육청 / Ulsan Metropolitan Office of
 * Education
 * @param programme the programme the records are about, e.g. 서로나눔학교 네트워크
 * @param contact the line readers are pointed to with questions about the figures
 */
public record ReportIdentity(LocalizedText organisation, LocalizedText programme, LocalizedText contact) {

	public ReportIdentity {
		Objects.requireNonNull(organisation, "organisation");
		Objects.requireNonNull(programme, "programme");
		Objects.requireNonNull(contact, "contact");
	}

	/** The organisation's name in the given language. */
	public String organisation(Locale locale) {
		return this.organisation.in(locale);
	}

	/** The programme's name in the given language. */
	public String programme(Locale locale) {
		return this.programme.in(locale);
	}

	/** The contact line in the given language. */
	public String contact(Locale locale) {
		return this.contact.in(locale);
	}

}
