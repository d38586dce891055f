package kr.seorona.analytics.operations;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's Spring AOT start ({@code -Dspring.aot.enabled=true}) holds for the default profile
 * only: a profile asked for anywhere Spring looks turns it off.
 */
class AheadOfTimeStartTests {

	private static final Properties NONE = new Properties();

	@Test
	void aProfileOnTheCommandLineInTheEnvironmentOrAsSystemPropertyIsSeen() {
		assertThat(AheadOfTimeStart.profileRequested(new String[] { "worker", "--spring.profiles.active=remote" },
				Map.of(), NONE)).isTrue();
		assertThat(AheadOfTimeStart.profileRequested(new String[] { "--spring.profiles.include=postgres" }, Map.of(),
				NONE)).isTrue();
		assertThat(AheadOfTimeStart.profileRequested(new String[0], Map.of("SPRING_PROFILES_ACTIVE", "postgres"), NONE))
			.isTrue();
		Properties properties = new Properties();
		properties.setProperty("spring.profiles.active", "remote");
		assertThat(AheadOfTimeStart.profileRequested(new String[0], Map.of(), properties)).isTrue();
	}

	@Test
	void noProfileOrABlankOneKeepsTheGeneratedDefinitions() {
		assertThat(AheadOfTimeStart.profileRequested(new String[] { "input=data", "years=2022",
				"--logging.file.name=x.log" }, Map.of("PATH", "/usr/bin"), NONE)).isFalse();
		assertThat(AheadOfTimeStart.profileRequested(new String[] { "--spring.profiles.active=" },
				Map.of("SPRING_PROFILES_ACTIVE", " "), NONE)).isFalse();
		// a job parameter that merely mentions profiles is not a Spring option
		assertThat(AheadOfTimeStart.profileRequested(new String[] { "spring.profiles.active=remote" }, Map.of(), NONE))
			.isFalse();
	}

	@Test
	void theBuildGeneratesTheDefinitionsTheLauncherAndTheChildProcessesStartFrom() {
		// mvn compiles them in process-classes: without them every whole-process test would start the
		// ordinary way and the launcher would refuse to start
		assertThat(JobProcess.AHEAD_OF_TIME_BUILT).as("SeoronaApplication__ApplicationContextInitializer on the class path")
			.isTrue();
	}

}
