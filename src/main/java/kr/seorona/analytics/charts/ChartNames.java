package kr.seorona.analytics.charts;

/**
 * The file names (without extension) of the charts of the catalogue, the one place for them: the
 * charts are written as {@code <years>/<name>.png} and {@code .svg} (see {@link ChartCatalog}), the
 * reports embed and the dashboard sorts them by these names.
 */
public final class ChartNames {

	/** Meetings by group and year, with the year's total of regular and joint meetings. */
	public static final String MEETINGS_BY_GROUP = "meetings-by-group";

	/** Attendances by group over the years. */
	public static final String PARTICIPATION_TREND = "participation-trend";

	/** Distinct participants by group and the retention rate. */
	public static final String PARTICIPANTS_RETENTION = "participants-retention";

	/** Who came to the joint meetings, by group. */
	public static final String JOINT_MEETING_COMPOSITION = "joint-meeting-composition";

	/** Changes from the year before, by group and indicator. */
	public static final String YEAR_OVER_YEAR = "year-over-year";

	/** Survey item means with their 95% confidence intervals, by group. */
	public static final String SURVEY_MEANS = "survey-means";

	/** Distribution of the answers by survey item. */
	public static final String LIKERT_DISTRIBUTION = "likert-distribution";

	private ChartNames() {
	}

}
