package kr.seorona.analytics.sample;

import java.util.Random;

/**
 * The answer model of the year-end survey: six Likert items (1..5), q1-q3 on the collaboration
 * scale and q4-q6 on the value scale. Each respondent has a general attitude and one factor per
 * scale, so that answers correlate within a respondent (Cronbach's alpha about 0.8 per scale);
 * groups differ a little in their means. About 2 % of answers are missing, half blank, half the
 * missing code {@code 99}.
 */
final class SurveyAnswers {

	/** Number of Likert items. */
	static final int ITEMS = 6;

	/** The missing-value code of the survey exports. */
	static final String MISSING_CODE = "99";

	static final double MISSING_SHARE = 0.02;

	static final double COMMENT_SHARE = 0.12;

	private static final double[] ITEM_OFFSET = { 0.10, 0.0, -0.30, 0.10, 0.15, 0.0 };

	private static final String[] LIKERT = { "1", "2", "3", "4", "5" };

	private SurveyAnswers() {
	}

	/** Mean answer of a group before item offsets. */
	static double groupMean(SampleGroup group) {
		return switch (group) {
			case PRINCIPAL -> 3.95;
			case VICE_PRINCIPAL -> 3.85;
			case TEACHER -> 3.65;
			case ADMIN_DIRECTOR -> 3.45;
			case EDU_STAFF -> 3.40;
			case PARENT -> 3.90;
		};
	}

	/**
	 * Draws one respondent's answers into {@code row} from {@code offset} on: six answers, then the
	 * comment ({@code ""} when blank).
	 */
	static void draw(Random random, SampleGroup group, String[] row, int offset) {
		double general = random.nextGaussian();
		double collaboration = 0.75 * general + 0.66 * random.nextGaussian();
		double value = 0.75 * general + 0.66 * random.nextGaussian();
		double mean = groupMean(group);
		for (int i = 0; i < ITEMS; i++) {
			double factor = (i < 3) ? collaboration : value;
			double raw = mean + ITEM_OFFSET[i] + 0.75 * factor + 0.55 * random.nextGaussian();
			int answer = (int) Math.max(1, Math.min(5, Math.round(raw)));
			String cell = LIKERT[answer - 1];
			if (random.nextDouble() < MISSING_SHARE) {
				cell = random.nextBoolean() ? "" : MISSING_CODE;
			}
			row[offset + i] = cell;
		}
		row[offset + ITEMS] = (random.nextDouble() < COMMENT_SHARE)
				? Vocabulary.COMMENTS.get(random.nextInt(Vocabulary.COMMENTS.size())) : "";
	}

}
