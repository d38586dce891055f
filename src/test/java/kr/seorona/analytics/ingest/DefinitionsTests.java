package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DefinitionsTests {

	@Nested
	class ReportIdentityFile {

		@Test
		void bundledIdentityNamesTheUlsanOfficeInBothLanguages() {
			ReportIdentity identity = Definitions.load(Path.of("jobs")).identity();
			assertThat(identity.organisation(Locale.KOREAN)).isEqualTo("울산광역시교육청");
			assertThat(identity.organisation(Locale.ENGLISH)).isEqualTo("Ulsan Metropolitan Office of Education");
			assertThat(identity.programme(Locale.KOREAN)).isEqualTo("서로나눔학교 네트워크");
			assertThat(identity.contact(Locale.ENGLISH)).isNotBlank();
		}

		@Test
		void anAnalystsEditIsReadWithoutRecompiling(@TempDir Path dir) throws IOException {
			Files.writeString(dir.resolve("report.yml"), """
					organisation: {ko: 부산광역시교육청, en: Busan Metropolitan Office of Education}
					programme: {ko: 서로나눔학교, en: Seorona}
					contact: {ko: "  교육혁신과 051-000-0000 ", en: Innovation team}
					""");
			ReportIdentity identity = Definitions.loadIdentity(dir.resolve("report.yml"));
			assertThat(identity.organisation(Locale.KOREAN)).isEqualTo("부산광역시교육청");
			assertThat(identity.contact(Locale.KOREAN)).isEqualTo("교육혁신과 051-000-0000");
			assertThat(identity.programme(Locale.forLanguageTag("fr"))).isEqualTo("서로나눔학교");
		}

		@Test
		void aMissingTranslationNamesTheFileAndTheEntry(@TempDir Path dir) throws IOException {
			Path file = dir.resolve("report.yml");
			Files.writeString(file, """
					organisation: {ko: 울산광역시교육청}
					programme: {ko: 서로나눔학교, en: Seorona}
					contact: {ko: 담당, en: Team}
					""");
			assertThatExceptionOfType(InvalidDefinitionException.class)
				.isThrownBy(() -> Definitions.loadIdentity(file))
				.withMessageContaining(file.toString())
				.withMessageContaining("organisation")
				.withMessageContaining("(en)");
		}

		@Test
		void aMissingEntryNamesTheFileAndTheKey(@TempDir Path dir) throws IOException {
			Path file = dir.resolve("report.yml");
			Files.writeString(file, "organisation: {ko: 울산, en: Ulsan}\nprogramme: {ko: 서로, en: Seorona}\n");
			assertThatExceptionOfType(InvalidDefinitionException.class)
				.isThrownBy(() -> Definitions.loadIdentity(file))
				.withMessageContaining(file.toString())
				.withMessageContaining("'contact' must be a mapping");
		}

	}

}
