package kr.seorona.analytics.operations;

import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

/**
 * Whether the application starts from the bean definitions that Spring AOT generated at build time
 * ({@code mvn} runs the goal {@code process-aot} of spring-boot-maven-plugin after compiling). The
 * fast launcher asks for them ({@code -Dspring.aot.enabled=true}, README, Launcher settings): the
 * configuration classes are then neither parsed nor their conditions evaluated at each start.
 * <p>
 * The generated definitions are those of the default profile. A start with a profile
 * ({@code postgres}, {@code remote}: their beans and properties differ) uses the ordinary start, with
 * or without the launcher's flag: {@link #adjust(String[])} turns the flag off before Spring reads it.
 */
public final class AheadOfTimeStart {

	/** The Spring property (a system property) that selects the generated bean definitions. */
	public static final String PROPERTY = "spring.aot.enabled";

	private static final String[] PROFILE_PROPERTIES = { "spring.profiles.active", "spring.profiles.include" };

	private AheadOfTimeStart() {
	}

	/**
	 * Turns {@value #PROPERTY} off (system property {@code false}) when a profile is asked for on the
	 * command line ({@code --spring.profiles.active=...}), as a system property or in the environment
	 * ({@code SPRING_PROFILES_ACTIVE}); otherwise leaves it as given.
	 * @param args the command-line arguments of {@code main}
	 */
	public static void adjust(String[] args) {
		if (profileRequested(args, System.getenv(), System.getProperties())) {
			System.setProperty(PROPERTY, "false");
		}
	}

	/**
	 * @return whether any of {@code spring.profiles.active} and {@code spring.profiles.include} has a
	 * value that is not blank: in {@code args} ({@code --name=value}), {@code properties}, or
	 * {@code environment} (upper case, {@code _} for {@code .})
	 */
	static boolean profileRequested(String[] args, Map<String, String> environment, Properties properties) {
		for (String name : PROFILE_PROPERTIES) {
			String option = "--" + name + "=";
			boolean onCommandLine = Arrays.stream(args)
				.anyMatch((arg) -> arg.startsWith(option) && !arg.substring(option.length()).isBlank());
			String variable = environment.get(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
			String property = properties.getProperty(name);
			if (onCommandLine || (variable != null && !variable.isBlank()) || (property != null && !property.isBlank())) {
				return true;
			}
		}
		return false;
	}

}
