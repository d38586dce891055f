package kr.seorona.analytics.parquet;

import java.util.List;
import java.util.Map;

import kr.seorona.analytics.stats.GroupComparison;
import kr.seorona.analytics.stats.ItemReliability;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearComparison;

/** The survey statistics datasets of {@link DatasetCatalog} (published there under their public names). */
final class SurveyDatasets {

	/** What the data dictionary says of a 95% CI of a mean on the 1..5 scale. */
	private static final String CI = " of the mean (Student t, n-1 df), as computed: not clipped to the 1..5 scale, so "
			+ "it can pass 1 or 5 for a small n; the dashboard, charts and reports show it clipped to 1..5 and marked";

	private SurveyDatasets() {
	}

	/** Survey item statistics by group and year. */
	static final DatasetDefinition<SurveyItemStatistics> ITEMS = DatasetDefinition
		.yearly("survey_items", SurveyItemStatistics.class,
				"Answers to each survey item by group (and ALL) and year. Figures are null when n is too small.")
		.renamed("n", "answers", "missing", "missing_answers", "q1", "lower_quartile", "q3", "upper_quartile")
		.withSchemaVersion(2, DatasetCatalog.V2 + "; n, missing, q1, q3 renamed answers, missing_answers, lower_quartile, "
				+ "upper_quartile; count_band added; suppressed rows withhold every figure")
		.withholding(List.of("answers"), "year", "group_code", "item_code", "scale_code")
		.sortedBy("group_code", "item_code")
		.withSchemaVersion(3, DatasetCatalog.KIND)
		.describedBy(Map.ofEntries(Map.entry("year", DatasetCatalog.YEAR),
				Map.entry("group_code", "group code, or ALL for all groups together (joins groups)"),
				Map.entry("item_code", "item code, e.g. q1 (joins items)"),
				Map.entry("scale_code", "the item's scale (joins scales)"),
				Map.entry("answers", "valid answers (1..5): the row's n"),
				Map.entry("missing_answers", "missing answers (blank, missing code, rejected cell); published even when "
						+ "1..k-1: it is the group's respondents (respondents + missing_respondents of survey_scales) minus "
						+ "answers, so withholding it would protect nothing, and it tells non-response, not an answer"),
				Map.entry("mean", "arithmetic mean; null when n = 0"),
				Map.entry("standard_deviation", "sample standard deviation (n-1); null when n < 2"),
				Map.entry("standard_error", "standard deviation / sqrt(n); null when n < 2"),
				Map.entry("ci_lower95", "lower bound of the 95% CI" + CI),
				Map.entry("ci_upper95", "upper bound of the 95% CI" + CI), Map.entry("median", "median"),
				Map.entry("lower_quartile", "first quartile"), Map.entry("upper_quartile", "third quartile"),
				Map.entry("share1", "share (0..1) of answers equal to 1; null when n = 0"),
				Map.entry("share2", "share of answers equal to 2"), Map.entry("share3", "share of answers equal to 3"),
				Map.entry("share4", "share of answers equal to 4"), Map.entry("share5", "share of answers equal to 5"),
				Map.entry("top_two_box", "share of answers 4 or 5"),
				Map.entry("top_two_box_lower95", "lower bound of the Wilson 95% interval of top_two_box"),
				Map.entry("top_two_box_upper95", "upper bound of the Wilson 95% interval of top_two_box"),
				Map.entry("weighted_mean",
						"mean with respondent weights; null when a respondent with an answer has no weight"),
				Map.entry("weighted_standard_error",
						"standard error of the weighted mean; null as weighted_mean or when n < 2"),
				Map.entry("suppressed", DatasetCatalog.SUPPRESSED + " (n = answers)")));

	/** Survey scale statistics by group and year. */
	static final DatasetDefinition<SurveyScaleStatistics> SCALES = DatasetDefinition
		.yearly("survey_scales", SurveyScaleStatistics.class,
				"Scale scores (mean of a respondent's available items of the scale) by group (and ALL) and year, "
						+ "with Cronbach's alpha. Figures are null when n is too small.")
		.renamed("items", "item_count", "n", "respondents", "missing", "missing_respondents", "q1", "lower_quartile", "q3",
				"upper_quartile", "alpha_n", "complete_cases")
		.withSchemaVersion(2, DatasetCatalog.V2 + "; items, n, missing, q1, q3, alpha_n renamed item_count, respondents, "
				+ "missing_respondents, lower_quartile, upper_quartile, complete_cases; count_band added; suppressed rows "
				+ "withhold every figure")
		.withholding(List.of("respondents"), "year", "group_code", "scale_code", "item_count")
		.sortedBy("group_code", "scale_code")
		.withSchemaVersion(3, DatasetCatalog.KIND + "; complete_cases optional: null with cronbach_alpha when 1..k-1")
		.describedBy(Map.ofEntries(Map.entry("year", DatasetCatalog.YEAR),
				Map.entry("group_code", "group code, or ALL for all groups together (joins groups)"),
				Map.entry("scale_code", "scale code (joins scales)"), Map.entry("item_count", "items in the scale"),
				Map.entry("respondents", "respondents with at least one answer on the scale: the row's n"),
				Map.entry("missing_respondents", "respondents with no answer on the scale; published even when 1..k-1 "
						+ "(as missing_answers of survey_items: non-response, derivable from the other counts)"),
				Map.entry("mean", "mean scale score; null when n = 0"),
				Map.entry("standard_deviation", "sample standard deviation (n-1); null when n < 2"),
				Map.entry("standard_error", "standard deviation / sqrt(n); null when n < 2"),
				Map.entry("ci_lower95", "lower bound of the 95% CI" + CI),
				Map.entry("ci_upper95", "upper bound of the 95% CI" + CI), Map.entry("median", "median"),
				Map.entry("lower_quartile", "first quartile"), Map.entry("upper_quartile", "third quartile"),
				Map.entry("cronbach_alpha", "Cronbach's alpha on complete cases; null when complete_cases < 2 or zero "
						+ "variance; published as computed when negative, which the dashboard and reports mark as a warning "
						+ "(items not measuring one thing, or a reverse-coded item)"),
				Map.entry("complete_cases", "respondents who answered every item of the scale; null (with "
						+ "cronbach_alpha) when 1..k-1: the alpha would be a figure about fewer than k people"),
				Map.entry("weighted_mean",
						"mean of the scale scores with respondent weights; null when a respondent with a score has no weight"),
				Map.entry("weighted_standard_error",
						"standard error of the weighted mean; null as weighted_mean or when respondents < 2"),
				Map.entry("suppressed", DatasetCatalog.SUPPRESSED + " (n = respondents)")));

	/** Item reliability within each scale, per year. */
	static final DatasetDefinition<ItemReliability> RELIABILITY = DatasetDefinition
		.yearly("item_reliability", ItemReliability.class,
				"Reliability of each item within its scale, all groups together, per year.")
		.renamed("n", "complete_cases")
		.withSchemaVersion(2, DatasetCatalog.V2 + "; n renamed complete_cases; count_band added; suppressed rows withhold every figure")
		.withholding(List.of("complete_cases"), "year", "scale_code", "item_code")
		.sortedBy("scale_code", "item_code")
		.withSchemaVersion(3, DatasetCatalog.KIND)
		.describedBy(Map.of("year", DatasetCatalog.YEAR, "scale_code", "scale code (joins scales)", "item_code",
				"item code (joins items)", "complete_cases", "complete cases of the scale: the row's n",
				"alpha_if_item_deleted",
				"Cronbach's alpha of the scale without this item; null when fewer than two items remain",
				"corrected_item_total_correlation",
				"Pearson correlation of the item with the sum of the scale's other items", "suppressed",
				DatasetCatalog.SUPPRESSED + " (n = complete_cases)"));

	/** Between-group comparisons per item (and scale) and year. */
	static final DatasetDefinition<GroupComparison> GROUP_COMPARISONS = DatasetDefinition
		.yearly("group_comparisons", GroupComparison.class,
				"Differences between groups within a year, per item or scale score: one-way ANOVA, Welch's ANOVA, "
						+ "Kruskal-Wallis, eta squared.")
		.renamed("groups", "group_count", "n", "observations", "min_group_n", "smallest_group_observations")
		.withSchemaVersion(2, DatasetCatalog.V2 + "; groups, n, min_group_n renamed group_count, observations, "
				+ "smallest_group_observations; count_band added; suppressed rows withhold every figure")
		.withholding(List.of("smallest_group_observations"), "year", "item_code", "scale_score")
		.sortedBy("scale_score", "item_code")
		.withSchemaVersion(3, DatasetCatalog.KIND)
		.describedBy(Map.ofEntries(Map.entry("year", DatasetCatalog.YEAR),
				Map.entry("item_code",
						"item code (joins items), or the scale code when scale_score is true (joins scales)"),
				Map.entry("scale_score", "true when the row compares scale scores"),
				Map.entry("group_count", "groups with at least one answer"),
				Map.entry("observations", "answers (or scale scores) in those groups"),
				Map.entry("smallest_group_observations", "answers in the smallest group: the row's n"),
				Map.entry("anova_f", "one-way ANOVA F"), Map.entry("anova_df_between", "ANOVA degrees of freedom between groups"),
				Map.entry("anova_df_within", "ANOVA degrees of freedom within groups"),
				Map.entry("anova_p_value", "p-value of the ANOVA F test"), Map.entry("welch_f", "Welch's ANOVA F"),
				Map.entry("welch_df1", "Welch's ANOVA numerator degrees of freedom"),
				Map.entry("welch_df2", "Welch's ANOVA denominator degrees of freedom"),
				Map.entry("welch_p_value", "p-value of Welch's ANOVA"),
				Map.entry("kruskal_wallis_h", "Kruskal-Wallis H (tie-corrected)"),
				Map.entry("kruskal_wallis_df", "Kruskal-Wallis degrees of freedom (groups - 1)"),
				Map.entry("kruskal_wallis_p_value", "chi-squared p-value of H"),
				Map.entry("eta_squared", "between-group sum of squares / total sum of squares"),
				Map.entry("suppressed", DatasetCatalog.SUPPRESSED + " (n = smallest_group_observations)")));

	/** Consecutive-year comparisons per group and item (and scale); not partitioned. */
	static final DatasetDefinition<YearComparison> YEAR_COMPARISONS = DatasetDefinition
		.whole("year_comparisons", YearComparison.class,
				"Change between consecutive years within a group, per item or scale score; replaced whole by every "
						+ "run. Respondents (same pseudonym) who answered in both years make the two years partially "
						+ "overlapping samples: the partially overlapping samples t-test (Derrick, Russ, Toher and White "
						+ "2017), Welch's t-test when fewer than two respondents are in both; Cohen's d.")
		.renamed("n_from", "observations_from", "n_to", "observations_to", "n_paired", "paired_observations", "t",
				"t_statistic", "df", "degrees_of_freedom")
		.withholding(List.of("observations_from", "observations_to"), "group_code", "item_code", "scale_score",
				"from_year", "to_year")
		.sortedBy("group_code", "scale_score", "item_code", "from_year")
		.describedBy(Map.ofEntries(Map.entry("group_code", "group code, or ALL (joins groups)"),
				Map.entry("item_code",
						"item code (joins items), or the scale code when scale_score is true (joins scales)"),
				Map.entry("scale_score", "true when the row compares scale scores"),
				Map.entry("from_year", "earlier year"), Map.entry("to_year", "later year (from_year + 1)"),
				Map.entry("observations_from", "answers in from_year"), Map.entry("observations_to", "answers in to_year"),
				Map.entry("paired_observations",
						"respondents (same pseudonym) with a value (answer or scale score) in both years, in this group "
								+ "both years; counted in observations_from and observations_to too; null when 1..k-1"),
				Map.entry("mean_from", "mean in from_year"), Map.entry("mean_to", "mean in to_year"),
				Map.entry("difference", "mean_to - mean_from"),
				Map.entry("t_statistic", "t statistic of the difference (of the test in test_method)"),
				Map.entry("degrees_of_freedom", "degrees of freedom of t_statistic (not an integer)"),
				Map.entry("p_value", "two-sided p-value of t_statistic"),
				Map.entry("test_method",
						"PARTIALLY_OVERLAPPING_T (Derrick et al. 2017, T_new2 and its df; paired_observations >= 2) or "
								+ "WELCH_T (Welch's t, Welch-Satterthwaite df; paired_observations < 2); null when "
								+ "t_statistic is null"),
				Map.entry("cohens_d", "difference / pooled standard deviation of all answers of both years"),
				Map.entry("suppressed", DatasetCatalog.SUPPRESSED + " (n = the smaller of observations_from and "
						+ "observations_to); also when the survey_items or survey_scales row of either year is withheld")))
		.withSchemaVersion(2, "welch_t, welch_df, welch_p_value replaced by t, df, p_value of the test named in "
				+ "test_method (partially overlapping samples t-test); n_paired added")
		.withSchemaVersion(3, "n_from, n_to, n_paired, t, df renamed observations_from, observations_to, "
				+ "paired_observations, t_statistic, degrees_of_freedom; count_band added; suppressed rows withhold every "
				+ "figure")
		.withSchemaVersion(4, DatasetCatalog.KIND + "; paired_observations optional (null when 1..k-1)");

}
