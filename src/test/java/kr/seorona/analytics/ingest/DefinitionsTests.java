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
	class AnswerLabels {

		@Test
		void theAnswersAreLabelledFromSurveyYml() {
			SurveyDefinition survey = Definitions.load(Path.of("jobs")).survey();
			assertThat(survey.answers()).extracting(SurveyAnswer::answer).containsExactly(1, 2, 3, 4, 5);
			assertThat(survey.answer(1).label(Locale.KOREAN)).isEqualTo("전혀 그렇지 않다");
			assertThat(survey.answer(3).label(Locale.ENGLISH)).isEqualTo("Neutral");
			assertThat(survey.answer(5).label(Locale.KOREAN)).isEqualTo("매우 그렇다");
		}

		@Test
		void anAnswerWithoutBothLabelsNamesTheFileAndTheAnswer(@TempDir Path dir) throws IOException {
			for (String name : new String[] { "groups.yml", "report.yml", "aliases.yml", "codes.yml", "annualReport.yml" }) {
				Files.copy(Path.of("jobs", name), dir.resolve(name));
			}
			String survey = Files.readString(Path.of("jobs", "survey.yml"));
			Files.writeString(dir.resolve("survey.yml"), survey.replace("3: {ko: 보통이다, en: Neutral}", "3: {ko: 보통이다}"));
			assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(() -> Definitions.load(dir))
				.withMessageContaining("survey.yml")
				.withMessageContaining("responses: answer 3 needs a Korean and an English label");
		}

	}

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

	@Nested
	class ParsedOncePerContent {

		private Path copyOfBundled(Path dir) throws IOException {
			for (String name : new String[] { "groups.yml", "survey.yml", "report.yml", "aliases.yml" }) {
				Files.copy(Path.of("jobs", name), dir.resolve(name));
			}
			return dir;
		}

		@Test
		void theSameBytesGiveTheSameDefinitionsWithoutParsingAgain(@TempDir Path dir) throws IOException {
			Path folder = copyOfBundled(dir);
			Definitions first = Definitions.load(folder);
			assertThat(Definitions.load(folder)).isSameAs(first);
			AliasTable aliases = AliasTable.load(folder.resolve("aliases.yml"));
			assertThat(AliasTable.load(folder.resolve("aliases.yml"))).isSameAs(aliases);
		}

		@Test
		void anEditedFileIsParsedAgainEvenWithTheSameSizeAndTime(@TempDir Path dir) throws IOException {
			Path folder = copyOfBundled(dir);
			Path report = folder.resolve("report.yml");
			Definitions before = Definitions.load(folder);
			java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(report);
			String text = Files.readString(report);
			assertThat(text).contains("울산광역시교육청");
			Files.writeString(report, text.replace("울산광역시교육청", "부산광역시교육청"));
			Files.setLastModifiedTime(report, time);

			Definitions after = Definitions.load(folder);

			assertThat(after).isNotSameAs(before);
			assertThat(after.identity().organisation(Locale.KOREAN)).isEqualTo("부산광역시교육청");
			assertThat(before.identity().organisation(Locale.KOREAN)).isEqualTo("울산광역시교육청");
		}

		@Test
		void aBrokenEditIsReportedAfterAGoodVersionWasRead(@TempDir Path dir) throws IOException {
			Path folder = copyOfBundled(dir);
			Definitions.load(folder);
			Files.writeString(folder.resolve("groups.yml"), "groups: [\n");

			assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(() -> Definitions.load(folder))
				.withMessageContaining(folder.resolve("groups.yml").toString())
				.withMessageContaining("not valid YAML");
			Files.delete(folder.resolve("aliases.yml"));
			assertThatExceptionOfType(InvalidDefinitionException.class)
				.isThrownBy(() -> AliasTable.load(folder.resolve("aliases.yml")))
				.withMessageContaining("definition file not found");
		}

		@Test
		void twoFoldersWithTheSameFilesDoNotShareTheirDefinitions(@TempDir Path dir) throws IOException {
			Path one = copyOfBundled(Files.createDirectory(dir.resolve("one")));
			Path two = copyOfBundled(Files.createDirectory(dir.resolve("two")));
			assertThat(Definitions.load(two).folder()).isEqualTo(two);
			assertThat(Definitions.load(one).folder()).isEqualTo(one);
		}

		@Test
		void missingCodesCannotBeChangedThroughASharedDefinition() {
			SurveyDefinition survey = Definitions.load(Path.of("jobs")).survey();
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> survey.missingCodes(2022).add("0"));
		}

	}

}
