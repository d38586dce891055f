package kr.seorona.analytics.parquet;

import java.util.ArrayList;
import java.util.List;

import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.ingest.SurveyRecord;

/**
 * Maps an ingested {@link SurveyRecord} to the rows of the {@code survey_responses} and
 * {@code survey_answers} datasets.
 */
public final class SurveyRows {

	private SurveyRows() {
	}

	/**
	 * The respondent row: answered = non-null answers, missing = the other items.
	 * @throws IllegalArgumentException when the record has not one answer per item of the definition
	 */
	public static SurveyResponseRow responses(SurveyRecord record, SurveyDefinition definition) {
		check(record, definition);
		int answered = (int) record.answers().stream().filter(java.util.Objects::nonNull).count();
		return new SurveyResponseRow(record.year(), record.respondentKey(), record.groupCode(), record.schoolKey(),
				record.weight(), record.comment(), answered, record.answers().size() - answered);
	}

	/**
	 * One row per item of the definition, in item order; a missing answer is a row with a null answer.
	 * @throws IllegalArgumentException when the record has not one answer per item of the definition
	 */
	public static List<SurveyAnswerRow> answers(SurveyRecord record, SurveyDefinition definition) {
		check(record, definition);
		List<SurveyAnswerRow> rows = new ArrayList<>(definition.items().size());
		for (int i = 0; i < definition.items().size(); i++) {
			SurveyItem item = definition.items().get(i);
			rows.add(new SurveyAnswerRow(record.year(), record.respondentKey(), record.groupCode(), item.code(),
					item.scaleCode(), record.answers().get(i), record.weight()));
		}
		return rows;
	}

	private static void check(SurveyRecord record, SurveyDefinition definition) {
		if (record.answers().size() != definition.items().size()) {
			throw new IllegalArgumentException("respondent " + record.respondentKey() + " of " + record.year() + " has "
					+ record.answers().size() + " answers but the survey has " + definition.items().size() + " items");
		}
	}

}
