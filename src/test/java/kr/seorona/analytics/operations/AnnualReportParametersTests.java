package kr.seorona.analytics.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.seorona.analytics.ingest.RecordKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnnualReportParametersTests {

	@Test
	void theHelpTextNamesEveryParameter() {
		assertThat(AnnualReportParameters.NAMES).allSatisfy((name) -> assertThat(AnnualReportLauncher.USAGE).contains(name));
	}


	@TempDir
	Path root;

	Path input;

	Map<String, String> defaults;

	@BeforeEach
	void yearFolders() throws Exception {
		this.input = Files.createDirectories(this.root.resolve("data"));
		for (String year : List.of("2019", "2020", "2021", "2022", "notes")) {
			Files.createDirectories(this.input.resolve(year));
		}
		Files.createDirectories(this.root.resolve("jobs"));
		this.defaults = Map.of("input", this.input.toString(), "output", this.root.resolve("out").toString(),
				"definitions", this.root.resolve("jobs").toString(), "years", "all", "locale", "ko");
	}

	@Nested
	class Years {

		@Test
		void allMeansEveryYearFolder() {
			assertThat(resolve(Map.of()).years()).containsExactly(2019, 2020, 2021, 2022);
		}

		@Test
		void aSingleYearARangeAndAList() {
			assertThat(resolve(Map.of("years", "2022")).years()).containsExactly(2022);
			assertThat(resolve(Map.of("years", "2020-2022")).years()).containsExactly(2020, 2021, 2022);
			assertThat(resolve(Map.of("years", "2019, 2021")).years()).containsExactly(2019, 2021);
		}

		@Test
		void aYearWithoutFolderIsRefusedNamingIt() {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> resolve(Map.of("years", "2018-2019")))
				.withMessageContaining("no input folder for [2018]");
		}

		@Test
		void malformedYearsAreRefusedWithTheAcceptedForms() {
			for (String bad : List.of("22", "2022-2020", "2019-2020-2021", "next")) {
				assertThatExceptionOfType(InvalidParameterException.class).as(bad)
					.isThrownBy(() -> resolve(Map.of("years", bad)))
					.withMessageContaining("a range (2019-2022)");
			}
		}

	}

	@Test
	void commandLineOverridesTheFileDefaults() {
		AnnualReportParameters parameters = resolve(Map.of("locale", "en", "minCellSize", "10", "encoding", "MS949"));
		assertThat(parameters.locale()).isEqualTo(Locale.ENGLISH);
		assertThat(parameters.minCellSize()).isEqualTo(10);
		assertThat(parameters.encoding().name()).isEqualTo("x-windows-949");
		assertThat(parameters.maxRejectShare()).isEqualTo(0.05);
		assertThat(parameters.maxRejectCount()).as("no count limit by default").isEqualTo(-1);
		assertThat(resolve(Map.of("maxRejectCount", "10")).maxRejectCount()).isEqualTo(10);
	}

	@Test
	void unknownAndInvalidParametersAreNamed() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> resolve(Map.of("year", "2022")))
			.withMessageContaining("unknown job parameter 'year'");
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> resolve(Map.of("locale", "jp")))
			.withMessageContaining("'locale' must be ko or en");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> resolve(Map.of("input", this.root.resolve("missing").toString())))
			.withMessageContaining("folder not found");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> resolve(Map.of("maxRejectShare", "5%")))
			.withMessageContaining("share from 0 to 1");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> resolve(Map.of("maxRejectCount", "-3")))
			.withMessageContaining("'maxRejectCount' must be a whole number from 0");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> resolve(Map.of("encoding", "klingon")))
			.withMessageContaining("unknown encoding 'klingon'");
	}

	@Test
	void jobParametersRoundTripAndIdentifyTheInstanceByInputAndYears() {
		AnnualReportParameters parameters = resolve(Map.of("years", "2021-2022", "locale", "en"));
		JobParameters jobParameters = parameters.toJobParameters("abc", 0);
		assertThat(AnnualReportParameters.from(jobParameters)).isEqualTo(parameters);
		assertThat(jobParameters.getIdentifyingParameters()).extracting((p) -> p.name())
			.containsExactlyInAnyOrder("input", "output", "years", "inputSha256", "rerun", "datasets", "audit");
	}

	@Test
	void datasetsGoToTheOutputFolderOrToAFileSystemUri() {
		assertThat(resolve(Map.of()).datasetsRoot()).isEqualTo(this.root.resolve("out").toUri());
		assertThat(resolve(Map.of("datasets", "hdfs://namenode:8020/seorona")).datasetsRoot())
			.hasToString("hdfs://namenode:8020/seorona/");
		assertThat(resolve(Map.of("datasets", this.root.resolve("lake").toString())).datasetsRoot())
			.hasToString(this.root.resolve("lake").toUri().toString().replaceAll("/?$", "/"));
		AnnualReportParameters parameters = resolve(Map.of("datasets", "file:///srv/lake/"));
		assertThat(AnnualReportParameters.from(parameters.toJobParameters("abc", 0))).isEqualTo(parameters);
	}

	@Test
	void kindsAllowedToBeEmptyAreNamedByFileStem() {
		assertThat(resolve(Map.of()).allowEmpty()).isEmpty();
		AnnualReportParameters parameters = resolve(Map.of("allowEmpty", "survey, Attendance"));
		assertThat(parameters.allowEmpty()).containsExactlyInAnyOrder(RecordKind.SURVEY, RecordKind.ATTENDANCE);
		assertThat(AnnualReportParameters.from(parameters.toJobParameters("abc", 0))).isEqualTo(parameters);
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> resolve(Map.of("allowEmpty", "surveys")))
			.withMessage("parameter 'allowEmpty' must be none or record kinds (networks, sessions, attendance, survey), "
					+ "e.g. allowEmpty=survey, but was 'surveys'");
	}

	@Test
	void storedParametersWrittenBackAsAnAnalystWritesThemResolveToTheSameRun() {
		for (Map<String, String> written : List.of(Map.<String, String>of(),
				Map.of("maxRejectCount", "12", "allowEmpty", "survey", "encoding", "MS949", "datasets", "file:///srv/lake/"))) {
			AnnualReportParameters parameters = resolve(written);
			Map<String, String> back = new java.util.HashMap<>();
			parameters.toJobParameters("abc", 0)
				.parameters()
				.stream()
				.filter((parameter) -> AnnualReportParameters.NAMES.contains(parameter.name()))
				.forEach((parameter) -> back.put(parameter.name(),
						ParameterValues.asWritten(parameter.name(), String.valueOf(parameter.value()))));
			assertThat(AnnualReportParameters.resolve(back, Map.of())).as(written.toString()).isEqualTo(parameters);
			if (written.isEmpty()) {
				assertThat(back).containsEntry("maxRejectCount", "none")
					.containsEntry("allowEmpty", "none")
					.containsEntry("encoding", "auto")
					.containsEntry("datasets", "output");
			}
		}
	}

	@Test
	void argumentsMustBeNameValuePairs() {
		assertThat(CommandLineParameters.parse(List.of("years=2022", "locale = en")))
			.containsExactly(Map.entry("years", "2022"), Map.entry("locale", "en"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> CommandLineParameters.parse(List.of("=2022")))
			.withMessageContaining("name=value");
	}

	private AnnualReportParameters resolve(Map<String, String> overrides) {
		return AnnualReportParameters.resolve(this.defaults, overrides);
	}

}
