package kr.seorona.analytics.parquet;

import java.util.List;
import java.util.Map;

/**
 * The dimension datasets of {@link DatasetCatalog}: the codes of the fact and statistics datasets
 * with their labels ({@link Dimensions}), and which dataset each code column joins.
 */
public final class DimensionDatasets {

	private static final String LABEL_KO = "Korean label";

	private static final String LABEL_EN = "English label";

	private static final String ORDER = "position in tables and charts, from 1";

	/** Dimension: group codes with labels, order and colour (jobs/groups.yml). */
	public static final DatasetDefinition<Dimensions.GroupRow> GROUPS = DatasetDefinition
		.whole("groups", Dimensions.GroupRow.class,
				"Dimension: every group code of the other datasets (the groups of jobs/groups.yml, JOINT for joint "
						+ "meetings, ALL for all groups together) with labels, display order and chart colour; "
						+ "replaced whole by every run.")
		.sortedBy("display_order")
		.describedBy(Map.of("group_code", "group code, the key", "label_ko", LABEL_KO, "label_en", LABEL_EN,
				"display_order", ORDER, "color", "chart colour #RRGGBB", "first_year",
				"first school year the group had networks; null for JOINT and ALL", "last_year",
				"last school year a discontinued group had networks; null while it continues"));

	/** Dimension: survey items (jobs/survey.yml). */
	public static final DatasetDefinition<Dimensions.ItemRow> ITEMS = DatasetDefinition
		.whole("items", Dimensions.ItemRow.class,
				"Dimension: the survey items with their wording, scale and response labels (jobs/survey.yml); "
						+ "replaced whole by every run.")
		.sortedBy("display_order")
		.describedBy(Map.of("item_code", "item code, the key, e.g. q1", "wording_ko", "the item's Korean wording",
				"wording_en", "the item's English wording", "scale_code", "the item's scale (joins scales)",
				"reverse_coded", "whether high answers mean disagreement (false for every item: the run refuses "
						+ "reverse-coded items)",
				"display_order", "position in the survey, from 1", "response_labels_ko",
				"Korean labels of the answers, '1 = ...; 2 = ...' (one row each in responses)", "response_labels_en",
				"English labels of the answers"));

	/** Dimension: survey scales (jobs/survey.yml). */
	public static final DatasetDefinition<Dimensions.ScaleRow> SCALES = DatasetDefinition
		.whole("scales", Dimensions.ScaleRow.class,
				"Dimension: the survey scales (jobs/survey.yml); replaced whole by every run.")
		.sortedBy("display_order")
		.describedBy(Map.of("scale_code", "scale code, the key", "label_ko", LABEL_KO, "label_en", LABEL_EN,
				"display_order", ORDER, "item_count", "items in the scale", "item_codes",
				"the scale's items, comma-separated in survey order"));

	/** Dimension: the Likert answers (jobs/survey.yml, responses). */
	public static final DatasetDefinition<Dimensions.ResponseRow> RESPONSES = DatasetDefinition
		.whole("responses", Dimensions.ResponseRow.class,
				"Dimension: the labels of the Likert answers 1..5 (jobs/survey.yml); replaced whole by every run.")
		.sortedBy("answer")
		.describedBy(Map.of("answer", "the answer 1..5, the key (survey_answers.answer)", "label_ko", LABEL_KO,
				"label_en", LABEL_EN));

	/** Dimension: meeting types (jobs/codes.yml). */
	public static final DatasetDefinition<Dimensions.CodeRow> MEETING_TYPES = codes("meeting_types", "meeting_type",
			"meeting types (sessions.meeting_type)");

	/** Dimension: meeting modes (jobs/codes.yml). */
	public static final DatasetDefinition<Dimensions.CodeRow> MEETING_MODES = codes("meeting_modes", "meeting_mode",
			"meeting modes (sessions.meeting_mode)");

	/** Dimension: participation trend indicators (jobs/codes.yml). */
	public static final DatasetDefinition<Dimensions.CodeRow> INDICATORS = codes("indicators", "indicator",
			"participation indicators of the trends (participation_trends.indicator)");

	/** The dimension datasets, written by every run from the definitions. */
	static final List<DatasetDefinition<?>> ALL = List.of(GROUPS, ITEMS, SCALES, RESPONSES,
			MEETING_TYPES, MEETING_MODES, INDICATORS);

	private static DatasetDefinition<Dimensions.CodeRow> codes(String name, String key, String what) {
		return DatasetDefinition
			.whole(name, Dimensions.CodeRow.class,
					"Dimension: the " + what + " with labels (jobs/codes.yml); replaced whole by every run.")
			.renamed("code", key)
			.sortedBy("display_order")
			.describedBy(Map.of(key, "the code, the key", "label_ko", LABEL_KO, "label_en", LABEL_EN, "display_order",
					ORDER));
	}

	/**
	 * Every code column of the fact and statistics datasets and the dataset its values join to (on
	 * the column of the same name), in dictionary order. {@code item_code} of group_comparisons and
	 * year_comparisons holds a scale code where {@code scale_score} is true (joins scales there).
	 * The data dictionary prints it; the tests check that every published code joins.
	 */
	static final Map<String, String> JOINS = buildJoins();

	private static Map<String, String> buildJoins() {
		Map<String, String> joins = new java.util.LinkedHashMap<>();
		joins.put("group_code", "groups");
		joins.put("item_code", "items");
		joins.put("scale_code", "scales");
		joins.put("answer", "responses");
		joins.put("meeting_type", "meeting_types");
		joins.put("meeting_mode", "meeting_modes");
		joins.put("indicator", "indicators");
		joins.put("network_id", "networks");
		joins.put("session_id", "sessions");
		return java.util.Collections.unmodifiableMap(joins);
	}

	private DimensionDatasets() {
	}

}
