package kr.seorona.analytics.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Aliases of column headers (per record kind) and of coded values (group, type, mode, yes/no, Likert
 * labels), loaded from {@code jobs/aliases.yml}, which analysts extend without recompiling.
 * <p>
 * Matching uses {@link #normalize(String)}: case, blanks, {@code _ - .}, a byte-order mark and
 * full-width forms do not matter. A canonical name always matches itself.
 */
public final class AliasTable {

	/** Value domain of group names; canonical values are group codes. */
	public static final String GROUP = "group";

	/** Value domain of meeting types; canonical values REGULAR, JOINT. */
	public static final String TYPE = "type";

	/** Value domain of meeting modes; canonical values OFFLINE, ONLINE, HYBRID. */
	public static final String MODE = "mode";

	/** Value domain of yes/no answers; canonical values YES, NO. */
	public static final String YES_NO = "yesno";

	/** Value domain of Likert labels; canonical values 1..5. */
	public static final String LIKERT = "likert";

	private final Map<RecordKind, Map<String, String>> headers;

	private final Map<String, Map<String, String>> values;

	private AliasTable(Map<RecordKind, Map<String, String>> headers, Map<String, Map<String, String>> values) {
		this.headers = headers;
		this.values = values;
	}

	/**
	 * Loads the alias table.
	 * @param aliasesYml usually {@code jobs/aliases.yml}
	 * @throws InvalidDefinitionException naming the file and entry when it is missing or malformed,
	 * or when one alias is given two meanings
	 */
	public static AliasTable load(Path aliasesYml) {
		byte[] content = Definitions.read(aliasesYml);
		return ParsedDefinitions.get(AliasTable.class, aliasesYml, List.of(content),
				() -> of(aliasesYml.toString(), Definitions.parseYaml(aliasesYml, content)));
	}

	static AliasTable of(String source, Map<String, Object> root) {
		Map<RecordKind, Map<String, String>> headers = new HashMap<>();
		for (RecordKind kind : RecordKind.values()) {
			headers.put(kind, new HashMap<>());
		}
		Map<String, Object> headerRoot = section(source, root, "headers");
		for (Map.Entry<String, Object> kindEntry : headerRoot.entrySet()) {
			RecordKind kind = kind(source, kindEntry.getKey());
			Map<String, String> aliases = headers.get(kind);
			for (Map.Entry<String, Object> column : section(source, headerRoot, kindEntry.getKey()).entrySet()) {
				put(source, "headers." + kindEntry.getKey(), aliases, column.getKey(), column.getKey());
				for (String alias : strings(source, column)) {
					put(source, "headers." + kindEntry.getKey(), aliases, alias, column.getKey());
				}
			}
		}
		Map<String, Map<String, String>> values = new HashMap<>();
		Map<String, Object> valueRoot = section(source, root, "values");
		for (String domain : valueRoot.keySet()) {
			Map<String, String> aliases = new HashMap<>();
			for (Map.Entry<String, Object> canonical : section(source, valueRoot, domain).entrySet()) {
				put(source, "values." + domain, aliases, canonical.getKey(), canonical.getKey());
				for (String alias : strings(source, canonical)) {
					put(source, "values." + domain, aliases, alias, canonical.getKey());
				}
			}
			values.put(domain, aliases);
		}
		return new AliasTable(headers, values);
	}

	/**
	 * Normalizes a header or value for matching: NFKC (full-width to half-width), BOM and blanks
	 * removed, {@code _ - .} removed, lower case.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		for (int i = 0; i < nfkc.length(); i++) {
			char c = nfkc.charAt(i);
			if (c == '\uFEFF' || c == '_' || c == '-' || c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			out.append(c);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** The canonical column name of a header cell for a record kind, if known. */
	public Optional<String> column(RecordKind kind, String header) {
		return Optional.ofNullable(this.headers.get(kind).get(normalize(header)));
	}

	/**
	 * The canonical value of a raw coded value.
	 * @param domain {@link #GROUP}, {@link #TYPE}, {@link #MODE}, {@link #YES_NO} or
	 * {@link #LIKERT}
	 * @param raw the raw value
	 * @return the canonical value, empty when unknown (or the domain is not configured)
	 */
	public Optional<String> value(String domain, String raw) {
		Map<String, String> aliases = this.values.get(domain);
		return (aliases != null) ? Optional.ofNullable(aliases.get(normalize(raw))) : Optional.empty();
	}

	private static void put(String source, String where, Map<String, String> aliases, String alias, String canonical) {
		String key = normalize(alias);
		if (key.isEmpty()) {
			throw new InvalidDefinitionException(source + ": " + where + "." + canonical + " has a blank alias");
		}
		String previous = aliases.put(key, canonical);
		if (previous != null && !previous.equals(canonical)) {
			throw new InvalidDefinitionException(source + ": " + where + ": alias '" + alias + "' is given for both "
					+ previous + " and " + canonical);
		}
	}

	private static RecordKind kind(String source, String name) {
		for (RecordKind kind : RecordKind.values()) {
			if (kind.fileStem().equals(name)) {
				return kind;
			}
		}
		throw new InvalidDefinitionException(source + ": headers." + name + " is not a record kind (networks, sessions, attendance, survey)");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(String source, Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidDefinitionException(source + ": '" + key + "' must be a mapping");
		}
		Map<String, Object> out = new java.util.LinkedHashMap<>();
		map.forEach((k, v) -> out.put(String.valueOf(k), v));
		return out;
	}

	private static List<String> strings(String source, Map.Entry<String, Object> entry) {
		Object value = entry.getValue();
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new InvalidDefinitionException(source + ": '" + entry.getKey() + "' must be a list of aliases");
		}
		return list.stream().map(String::valueOf).toList();
	}

}
