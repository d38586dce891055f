package kr.seorona.analytics.operations;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.seorona.analytics.ingest.Definitions;

/**
 * The job parameters of a command line: {@code name=value} arguments over the defaults of
 * {@code <definitions>/annualReport.yml}. A job parameter written as a Spring option
 * ({@code --years=2022}) is refused, not ignored.
 */
final class CommandLineParameters {

	private CommandLineParameters() {
	}

	/**
	 * @param arguments the arguments after the command, {@code name=value} each
	 * @param springOptions names of the {@code --name=value} options given
	 * @throws InvalidParameterException for an argument without {@code =}, a job parameter given as
	 * a Spring option, or a parameter {@link AnnualReportParameters#resolve} refuses
	 */
	static AnnualReportParameters resolve(List<String> arguments, Set<String> springOptions) {
		for (String option : springOptions) {
			if (AnnualReportParameters.NAMES.contains(option)) {
				throw new InvalidParameterException("'--" + option + "=...' is a Spring option, not a job parameter,"
						+ " and would be ignored; write it without dashes: " + option + "=...");
			}
		}
		Map<String, String> overrides = parse(arguments);
		Path definitions = Path.of(overrides.getOrDefault(AnnualReportParameters.DEFINITIONS, "jobs"));
		return AnnualReportParameters.resolve(defaults(definitions), overrides);
	}

	static Map<String, String> parse(List<String> arguments) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (equals <= 0) {
				throw new InvalidParameterException("arguments must be job parameters name=value (e.g. years=2022), but got '"
						+ argument + "'");
			}
			values.put(argument.substring(0, equals).trim(), argument.substring(equals + 1).trim());
		}
		return values;
	}

	private static Map<String, String> defaults(Path definitions) {
		Map<String, String> defaults = new LinkedHashMap<>();
		Definitions.readYaml(definitions.resolve("annualReport.yml"))
			.forEach((key, value) -> defaults.put(key, String.valueOf(value)));
		return defaults;
	}

}
