package kr.seorona.analytics.stats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.ingest.GroupCatalog;

/**
 * Respondents of one group (or of all groups) in one year: rows of a {@link SurveyRespondents}, in
 * the order they were added. Reads the respondents, never changes them.
 */
record SurveyCell(SurveyRespondents respondents, int[] rows) {

	int size() {
		return this.rows.length;
	}

	/**
	 * Respondents by group in display order (each in the order added), groups without respondents
	 * left out, then {@value SurveyCalculator#ALL}.
	 */
	static Map<String, SurveyCell> byGroup(GroupCatalog catalog, SurveyRespondents respondents) {
		List<Group> groups = catalog.groups();
		int[] sizes = new int[groups.size()];
		for (int row = 0; row < respondents.size(); row++) {
			sizes[respondents.group(row)]++;
		}
		int[][] rows = new int[groups.size()][];
		for (int g = 0; g < rows.length; g++) {
			rows[g] = new int[sizes[g]];
		}
		int[] filled = new int[groups.size()];
		for (int row = 0; row < respondents.size(); row++) {
			int g = respondents.group(row);
			rows[g][filled[g]++] = row;
		}
		Map<String, SurveyCell> cells = new LinkedHashMap<>();
		for (int g = 0; g < rows.length; g++) {
			if (rows[g].length > 0) {
				cells.put(groups.get(g).code(), new SurveyCell(respondents, rows[g]));
			}
		}
		int[] all = new int[respondents.size()];
		for (int row = 0; row < all.length; row++) {
			all[row] = row;
		}
		cells.put(SurveyCalculator.ALL, new SurveyCell(respondents, all));
		return cells;
	}

	/**
	 * The answers to the given items (a scale's, by item index) of the respondents who answered all
	 * of them, one column per item (in the given order), rows in the cell's order: Cronbach's alpha uses complete cases only.
	 */
	double[][] completeCases(int[] indexes) {
		SurveyRespondents respondents = this.respondents;
		int complete = 0;
		for (int row : this.rows) {
			if (respondents.answeredAll(row, indexes)) {
				complete++;
			}
		}
		double[][] columns = new double[indexes.length][complete];
		int r = 0;
		for (int row : this.rows) {
			if (respondents.answeredAll(row, indexes)) {
				for (int i = 0; i < indexes.length; i++) {
					columns[i][r] = respondents.answer(row, indexes[i]);
				}
				r++;
			}
		}
		return columns;
	}

	/** The valid values of a measure in this cell, with their weights. */
	Sample sample(SurveyMeasure.Value measure) {
		return Sample.of(this, measure);
	}

	/**
	 * The valid values of one measure among respondents, their weights (null unless every one of them
	 * has a weight) and how many respondents had no value.
	 */
	record Sample(double[] values, double[] weights, long missing) {

		static Sample of(SurveyCell cell, SurveyMeasure.Value measure) {
			SurveyRespondents respondents = cell.respondents();
			double[] values = new double[cell.size()];
			double[] weights = new double[cell.size()];
			int n = 0;
			boolean weighted = true;
			for (int row : cell.rows()) {
				Double value = measure.of(respondents, row);
				if (value != null) {
					values[n] = value;
					Double weight = respondents.weight(row);
					weighted &= weight != null;
					weights[n] = weighted ? weight : 0;
					n++;
				}
			}
			return new Sample(Arrays.copyOf(values, n),
					(weighted && n > 0) ? Arrays.copyOf(weights, n) : null, cell.size() - n);
		}

		WeightedMean weighted() {
			return (this.weights != null) ? WeightedMean.of(this.values, this.weights) : null;
		}

	}

}
