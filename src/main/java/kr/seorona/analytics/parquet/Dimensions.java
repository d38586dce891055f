package kr.seorona.analytics.parquet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.InvalidDefinitionException;
import kr.seorona.analytics.ingest.MeetingMode;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.ingest.SurveyScale;
import kr.seorona.analytics.stats.ParticipationCalculator;
import kr.seorona.analytics.stats.SurveyCalculator;

/**
 * The dimension datasets: the codes used in the fact and statistics datasets with their Korean and
 * English labels, generated on every run from the definitions in {@code jobs/} so that a BI tool can
 * label a visual without retyping {@code jobs/*.yml}. Sources: {@code groups.yml} (groups, the joint
 * code, the {@code all} entry, {@code firstYear}/{@code lastYear}), {@code survey.yml} (items, scales,
 * {@code responses}, {@code reverse}) and {@code codes.yml} (meeting types, meeting modes, trend
 * indicators). A label missing from the files is null; every code is listed.
 *
 * @param groups rows of {@code groups}
 * @param items rows of {@code items}
 * @param scales rows of {@code scales}
 * @param responses rows of {@code responses}
 * @param meetingTypes rows of {@code meeting_types}
 * @param meetingModes rows of {@code meeting_modes}
 * @param indicators rows of {@code indicators}
 */
public record Dimensions(List<GroupRow> groups, List<ItemRow> items, List<ScaleRow> scales,
		List<ResponseRow> responses, List<CodeRow> meetingTypes, List<CodeRow> meetingModes, List<CodeRow> indicators) {

	/** Name of the definitions file with the labels of meeting types, modes and trend indicators. */
	public static final String CODES_FILE = "codes.yml";

	/**
	 * A group code: a group of {@code groups.yml}, the joint-meeting code or {@code ALL}.
	 *
	 * @param groupCode the code, e.g. {@code PARENT}
	 * @param labelKo Korean label
	 * @param labelEn English label
	 * @param displayOrder position in tables and charts, from 1
	 * @param color chart colour {@code #RRGGBB}
	 * @param firstYear first school year the group had networks; null for JOINT and ALL
	 * @param lastYear last school year the group had networks; null while it continues
	 */
	public record GroupRow(String groupCode, String labelKo, String labelEn, int displayOrder, String color,
			Integer firstYear, Integer lastYear) {
	}

	/**
	 * A survey item.
	 *
	 * @param itemCode the code, e.g. {@code q1}
	 * @param wordingKo Korean wording
	 * @param wordingEn English wording
	 * @param scaleCode the item's scale
	 * @param reverseCoded whether a high answer means disagreement (always false today)
	 * @param displayOrder position in the survey, from 1
	 * @param responseLabelsKo the answers' Korean labels, {@code 1 = ...; 2 = ...}
	 * @param responseLabelsEn the answers' English labels
	 */
	public record ItemRow(String itemCode, String wordingKo, String wordingEn, String scaleCode,
			boolean reverseCoded, int displayOrder, String responseLabelsKo, String responseLabelsEn) {
	}

	/**
	 * A scale.
	 *
	 * @param scaleCode the code, e.g. {@code collaboration}
	 * @param labelKo Korean label
	 * @param labelEn English label
	 * @param displayOrder position, from 1
	 * @param itemCount items in the scale
	 * @param itemCodes the items, comma-separated in survey order
	 */
	public record ScaleRow(String scaleCode, String labelKo, String labelEn, int displayOrder, int itemCount,
			String itemCodes) {
	}

	/**
	 * One answer of the Likert response scale.
	 *
	 * @param answer the answer, 1..5
	 * @param labelKo Korean label
	 * @param labelEn English label
	 */
	public record ResponseRow(int answer, String labelKo, String labelEn) {
	}

	/**
	 * A code of a small code list (published under the fact column's name, e.g. {@code meeting_type}).
	 *
	 * @param code the code
	 * @param labelKo Korean label
	 * @param labelEn English label
	 * @param displayOrder position, from 1
	 */
	public record CodeRow(String code, String labelKo, String labelEn, int displayOrder) {
	}

	public Dimensions {
		groups = List.copyOf(groups);
		items = List.copyOf(items);
		scales = List.copyOf(scales);
		responses = List.copyOf(responses);
		meetingTypes = List.copyOf(meetingTypes);
		meetingModes = List.copyOf(meetingModes);
		indicators = List.copyOf(indicators);
	}

	/**
	 * The dimensions of loaded definitions (re-reading the YAML for the entries the jobs do not use).
	 * @throws InvalidDefinitionException naming the file and entry when an entry is malformed, or an
	 * item is marked reverse-coded (the statistics do not reverse answers)
	 */
	public static Dimensions of(Definitions definitions) {
		Path folder = definitions.folder();
		Map<String, Object> groupsYaml = Definitions.readYaml(folder.resolve("groups.yml"));
		Map<String, Object> surveyYaml = Definitions.readYaml(folder.resolve("survey.yml"));
		Path codesFile = folder.resolve(CODES_FILE);
		Map<String, Object> codesYaml = Files.isRegularFile(codesFile) ? Definitions.readYaml(codesFile) : Map.of();
		List<ResponseRow> responses = definitions.survey()
			.answers()
			.stream()
			.map((answer) -> new ResponseRow(answer.answer(), answer.labelKo(), answer.labelEn()))
			.toList();
		return new Dimensions(groups(definitions.groups(), groupsYaml), items(definitions.survey(), surveyYaml, responses),
				scales(definitions.survey()), responses,
				codes(codesYaml, "meetingTypes", enumNames(MeetingType.values())),
				codes(codesYaml, "meetingModes", enumNames(MeetingMode.values())),
				codes(codesYaml, "indicators", ParticipationCalculator.INDICATORS));
	}

	private static List<GroupRow> groups(GroupCatalog catalog, Map<String, Object> yaml) {
		List<GroupRow> rows = new ArrayList<>();
		List<?> entries = (yaml.get("groups") instanceof List<?> list) ? list : List.of();
		for (Group group : catalog.groups()) {
			Integer lastYear = null;
			for (Object entry : entries) {
				if (entry instanceof Map<?, ?> map && group.code().equals(String.valueOf(map.get("code")))
						&& map.get("lastYear") != null) {
					if (!(map.get("lastYear") instanceof Integer year)) {
						throw new InvalidDefinitionException(
								"groups.yml: group " + group.code() + ": lastYear must be a year but was " + map.get("lastYear"));
					}
					lastYear = year;
				}
			}
			rows.add(new GroupRow(group.code(), group.labelKo(), group.labelEn(), rows.size() + 1, group.color(),
					group.firstYear(), lastYear));
		}
		Group joint = catalog.joint();
		rows.add(new GroupRow(joint.code(), joint.labelKo(), joint.labelEn(), rows.size() + 1, joint.color(), null, null));
		Map<?, ?> all = (yaml.get("all") instanceof Map<?, ?> map) ? map : Map.of();
		rows.add(new GroupRow(SurveyCalculator.ALL, text(all, "ko"), text(all, "en"), rows.size() + 1, text(all, "color"),
				null, null));
		return rows;
	}

	private static List<ItemRow> items(SurveyDefinition survey, Map<String, Object> yaml, List<ResponseRow> responses) {
		StringJoiner ko = new StringJoiner("; ");
		StringJoiner en = new StringJoiner("; ");
		for (ResponseRow response : responses) {
			ko.add(response.answer() + " = " + response.labelKo());
			en.add(response.answer() + " = " + response.labelEn());
		}
		List<?> entries = (yaml.get("items") instanceof List<?> list) ? list : List.of();
		List<ItemRow> rows = new ArrayList<>();
		for (SurveyItem item : survey.items()) {
			for (Object entry : entries) {
				if (entry instanceof Map<?, ?> map && item.code().equals(String.valueOf(map.get("code")))
						&& Boolean.TRUE.equals(map.get("reverse"))) {
					throw new InvalidDefinitionException("survey.yml: item " + item.code()
							+ " is marked reverse: true, but the statistics do not reverse answers; recode the"
							+ " item's answers before the run and mark it reverse: false");
				}
			}
			rows.add(new ItemRow(item.code(), item.labelKo(), item.labelEn(), item.scaleCode(), false, rows.size() + 1,
					ko.toString(), en.toString()));
		}
		return rows;
	}

	private static List<ScaleRow> scales(SurveyDefinition survey) {
		List<ScaleRow> rows = new ArrayList<>();
		for (SurveyScale scale : survey.scales()) {
			rows.add(new ScaleRow(scale.code(), scale.labelKo(), scale.labelEn(), rows.size() + 1,
					scale.itemCodes().size(), String.join(",", scale.itemCodes())));
		}
		return rows;
	}

	private static List<CodeRow> codes(Map<String, Object> yaml, String key, List<String> codes) {
		Map<?, ?> labels = (yaml.get(key) instanceof Map<?, ?> map) ? map : Map.of();
		List<CodeRow> rows = new ArrayList<>();
		for (String code : codes) {
			Map<?, ?> label = (labels.get(code) instanceof Map<?, ?> map) ? map : Map.of();
			rows.add(new CodeRow(code, text(label, "ko"), text(label, "en"), rows.size() + 1));
		}
		return rows;
	}

	private static List<String> enumNames(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	private static String text(Map<?, ?> map, String key) {
		Object value = map.get(key);
		return (value != null) ? String.valueOf(value).trim() : null;
	}

}
