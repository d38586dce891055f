package kr.seorona.analytics.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The definitions the jobs read from the {@code jobs/} folder, which analysts edit without
 * recompiling: {@code groups.yml} (group codes, labels, colours), {@code survey.yml} (items,
 * scales, missing codes) and {@code report.yml} (organisation, programme, contact).
 *
 * @param folder the folder the definitions were read from
 * @param groups the group catalogue
 * @param survey the survey definition
 * @param identity who publishes the figures
 */
public record Definitions(Path folder, GroupCatalog groups, SurveyDefinition survey, ReportIdentity identity) {

	/**
	 * Reads the definitions from a {@code jobs/} folder. The files are read every time; what was
	 * parsed from the same bytes before is reused ({@link ParsedDefinitions}): every step of a run
	 * asks for the definitions.
	 * @throws InvalidDefinitionException naming the file and the entry when a file is missing or
	 * malformed
	 */
	public static Definitions load(Path folder) {
		Path groupsFile = folder.resolve("groups.yml");
		Path surveyFile = folder.resolve("survey.yml");
		Path reportFile = folder.resolve("report.yml");
		byte[] groups = read(groupsFile);
		byte[] survey = read(surveyFile);
		byte[] report = read(reportFile);
		return ParsedDefinitions.get(Definitions.class, folder, List.of(groups, survey, report),
				() -> new Definitions(folder, groups(groupsFile, parseYaml(groupsFile, groups)),
						survey(surveyFile, parseYaml(surveyFile, survey)),
						identity(reportFile, parseYaml(reportFile, report))));
	}

	static ReportIdentity loadIdentity(Path file) {
		return identity(file, readYaml(file));
	}

	private static ReportIdentity identity(Path file, Map<String, Object> root) {
		return new ReportIdentity(localized(file, root, "organisation"), localized(file, root, "programme"),
				localized(file, root, "contact"));
	}

	private static LocalizedText localized(Path file, Map<String, Object> root, String key) {
		Map<String, Object> entry = map(file, root, key);
		try {
			return new LocalizedText(text(entry, "ko"), text(entry, "en"));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDefinitionException(file + ": " + key + ": " + ex.getMessage());
		}
	}

	private static GroupCatalog groups(Path file, Map<String, Object> root) {
		List<Group> groups = new ArrayList<>();
		for (Map<String, Object> entry : list(file, root, "groups")) {
			groups.add(group(file, entry, true));
		}
		Map<String, Object> joint = map(file, root, "joint");
		try {
			return new GroupCatalog(groups, group(file, joint, false));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDefinitionException(file + ": " + ex.getMessage());
		}
	}

	private static Group group(Path file, Map<String, Object> entry, boolean needsYear) {
		try {
			Object firstYear = entry.get("firstYear");
			if (needsYear && !(firstYear instanceof Integer)) {
				throw new IllegalArgumentException("firstYear must be a year but was " + firstYear);
			}
			return new Group(text(entry, "code"), text(entry, "ko"), text(entry, "en"), text(entry, "color"),
					(firstYear instanceof Integer year) ? year : 0);
		}
		catch (RuntimeException ex) {
			throw new InvalidDefinitionException(file + ": group " + entry.get("code") + ": " + ex.getMessage());
		}
	}

	private static SurveyDefinition survey(Path file, Map<String, Object> root) {
		List<SurveyItem> items = new ArrayList<>();
		Map<String, List<String>> itemsByScale = new LinkedHashMap<>();
		for (Map<String, Object> entry : list(file, root, "items")) {
			SurveyItem item = new SurveyItem(required(file, entry, "code"), required(file, entry, "ko"),
					required(file, entry, "en"), required(file, entry, "scale"));
			items.add(item);
			itemsByScale.computeIfAbsent(item.scaleCode(), (key) -> new ArrayList<>()).add(item.code());
		}
		List<SurveyScale> scales = new ArrayList<>();
		for (Map<String, Object> entry : list(file, root, "scales")) {
			String code = required(file, entry, "code");
			List<String> scaleItems = itemsByScale.remove(code);
			if (scaleItems == null) {
				throw new InvalidDefinitionException(file + ": scale " + code + " has no items");
			}
			scales.add(new SurveyScale(code, required(file, entry, "ko"), required(file, entry, "en"), scaleItems));
		}
		if (!itemsByScale.isEmpty()) {
			throw new InvalidDefinitionException(file + ": items name undefined scales " + itemsByScale.keySet());
		}
		Map<Integer, Set<String>> missing = new HashMap<>();
		Object missingCodes = root.get("missingCodes");
		if (missingCodes instanceof Map<?, ?> byYear) {
			for (Map.Entry<?, ?> e : byYear.entrySet()) {
				int year = "default".equals(String.valueOf(e.getKey())) ? 0 : Integer.parseInt(String.valueOf(e.getKey()));
				Set<String> codes = new LinkedHashSet<>();
				if (e.getValue() instanceof List<?> values) {
					values.forEach((v) -> codes.add(String.valueOf(v).trim()));
				}
				missing.put(year, codes);
			}
		}
		return new SurveyDefinition(items, scales, missing, answers(file, root));
	}

	/**
	 * The labels of the answers from {@code responses} ({@code 1: {ko: ..., en: ...}}); the answer's
	 * number where the file has no {@code responses}.
	 * @throws InvalidDefinitionException naming the file and the answer when a label is missing
	 */
	private static List<SurveyAnswer> answers(Path file, Map<String, Object> root) {
		if (!(root.get("responses") instanceof Map<?, ?> responses)) {
			return SurveyDefinition.unlabelled();
		}
		List<SurveyAnswer> answers = new ArrayList<>();
		for (int answer = SurveyDefinition.MIN_ANSWER; answer <= SurveyDefinition.MAX_ANSWER; answer++) {
			Object entry = responses.containsKey(answer) ? responses.get(answer) : responses.get(Integer.toString(answer));
			if (!(entry instanceof Map<?, ?> labels) || !(labels.get("ko") instanceof String ko) || ko.isBlank()
					|| !(labels.get("en") instanceof String en) || en.isBlank()) {
				throw new InvalidDefinitionException(file + ": responses: answer " + answer
						+ " needs a Korean and an English label, e.g. " + answer + ": {ko: 보통이다, en: Neutral}");
			}
			answers.add(new SurveyAnswer(answer, ko.trim(), en.trim()));
		}
		return answers;
	}

	/** Reads a YAML file as a map; throws InvalidDefinitionException naming the file. */
	public static Map<String, Object> readYaml(Path file) {
		return parseYaml(file, read(file));
	}

	/**
	 * The bytes of a definition file.
	 * @throws InvalidDefinitionException when the file does not exist
	 * @throws UncheckedIOException when it cannot be read
	 */
	static byte[] read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new InvalidDefinitionException("definition file not found: " + file);
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	/** Parses the bytes of a YAML file as a map; throws InvalidDefinitionException naming the file. */
	static Map<String, Object> parseYaml(Path file, byte[] content) {
		try (InputStream in = new ByteArrayInputStream(content)) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			if (!(root instanceof Map<?, ?>)) {
				throw new InvalidDefinitionException(file + ": expected a YAML mapping at the top");
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> map = (Map<String, Object>) root;
			return map;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (org.yaml.snakeyaml.error.YAMLException ex) {
			throw new InvalidDefinitionException(file + ": not valid YAML: " + ex.getMessage());
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Path file, Map<String, Object> root, String key) {
		if (!(root.get(key) instanceof List<?> list) || list.isEmpty()) {
			throw new InvalidDefinitionException(file + ": '" + key + "' must be a non-empty list");
		}
		return (List<Map<String, Object>>) list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Path file, Map<String, Object> root, String key) {
		if (!(root.get(key) instanceof Map<?, ?> map)) {
			throw new InvalidDefinitionException(file + ": '" + key + "' must be a mapping");
		}
		return (Map<String, Object>) map;
	}

	private static String required(Path file, Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new InvalidDefinitionException(file + ": entry " + entry + " has no '" + key + "'");
		}
		return String.valueOf(value).trim();
	}

	private static String text(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		return (value != null) ? String.valueOf(value).trim() : null;
	}

}
