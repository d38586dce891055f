package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.List;

import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyScale;

/**
 * An item or a scale score: what the survey tables summarise and compare.
 * @param code the item or scale code
 * @param scale whether it is a scale score (the mean of the scale's items)
 * @param value its value for one respondent
 */
record SurveyMeasure(String code, boolean scale, Value value) {

	/** The value of a measure for one respondent, or null when it has none. */
	@FunctionalInterface
	interface Value {

		Double of(SurveyRespondents respondents, int row);

	}

	/**
	 * The measures of a survey: one per item (its answer), then one per scale (its scale score).
	 * @throws IllegalArgumentException when a scale names an unknown item
	 */
	static List<SurveyMeasure> all(SurveyDefinition survey) {
		List<SurveyMeasure> measures = new ArrayList<>();
		for (int i = 0; i < survey.items().size(); i++) {
			int index = i;
			measures.add(new SurveyMeasure(survey.items().get(i).code(), false, (r, row) -> r.answer(row, index)));
		}
		for (SurveyScale scale : survey.scales()) {
			int[] indexes = indexes(survey, scale);
			measures.add(new SurveyMeasure(scale.code(), true, (r, row) -> r.scaleScore(row, indexes)));
		}
		return measures;
	}

	/**
	 * The item indexes (answer positions) of a scale's items, in scale order.
	 * @throws IllegalArgumentException when the scale names an unknown item
	 */
	static int[] indexes(SurveyDefinition survey, SurveyScale scale) {
		return scale.itemCodes().stream().mapToInt((code) -> {
			int index = survey.indexOf(code);
			if (index < 0) {
				throw new IllegalArgumentException("scale " + scale.code() + " names unknown item " + code);
			}
			return index;
		}).toArray();
	}

}
