package kr.seorona.analytics.ingest;

import java.util.ArrayList;
import java.util.List;

/** Canonical column names of each record kind (the English headers of the clean files). */
final class Columns {

	static final String NETWORK_ID = "network_id";

	static final String NETWORK_NAME = "network_name";

	static final String GROUP = "group";

	static final String MEMBER_COUNT = "member_count";

	static final String SESSION_ID = "session_id";

	static final String DATE = "date";

	static final String TYPE = "type";

	static final String MODE = "mode";

	static final String DURATION = "duration_minutes";

	static final String HEADCOUNT = "headcount";

	static final String TOPIC = "topic";

	static final String PARTICIPANT_ID = "participant_id";

	static final String PARTICIPANT_NAME = "participant_name";

	static final String SCHOOL_ID = "school_id";

	static final String ATTENDED = "attended";

	static final String RESPONDENT_ID = "respondent_id";

	static final String WEIGHT = "weight";

	static final String COMMENT = "comment";

	/** Columns whose raw values identify a person: never copied into a reject. */
	static final List<String> PERSONAL = List.of(PARTICIPANT_ID, PARTICIPANT_NAME, RESPONDENT_ID, COMMENT);

	private Columns() {
	}

	/**
	 * The columns a file of this kind must have. For attendance, {@code participant_id} may be
	 * replaced by {@code participant_name} (checked apart).
	 */
	static List<String> required(RecordKind kind, SurveyDefinition survey) {
		return switch (kind) {
			case NETWORKS -> List.of(NETWORK_ID, GROUP, MEMBER_COUNT);
			case SESSIONS -> List.of(SESSION_ID, NETWORK_ID, DATE, TYPE, MODE, DURATION, HEADCOUNT);
			case ATTENDANCE -> List.of(SESSION_ID, GROUP);
			case SURVEY -> {
				List<String> columns = new ArrayList<>(List.of(RESPONDENT_ID, GROUP));
				survey.items().forEach((item) -> columns.add(item.code()));
				yield columns;
			}
		};
	}

	/** Optional columns a file of this kind may have. */
	static List<String> optional(RecordKind kind) {
		return switch (kind) {
			case NETWORKS -> List.of(NETWORK_NAME);
			case SESSIONS -> List.of(TOPIC);
			case ATTENDANCE -> List.of(PARTICIPANT_ID, PARTICIPANT_NAME, SCHOOL_ID, ATTENDED);
			case SURVEY -> List.of(SCHOOL_ID, WEIGHT, COMMENT);
		};
	}

}
