package kr.seorona.analytics.parquet;

import java.util.List;

/**
 * The data dictionary's text on small cells: the section of rules and, for each statistics
 * dataset, its small-cell line and the derived {@value DatasetDefinition.Suppression#BAND} and
 * {@value DatasetDefinition.Suppression#KIND} columns. The rules themselves are applied in
 * {@code kr.seorona.analytics.stats.SmallCells} and by the writer.
 */
final class SmallCellRules {

	private SmallCellRules() {
	}

	static void section(StringBuilder md) {
		md.append("## Small cells\n\n");
		md.append("**Primary suppression.** A statistics row about fewer than k people (job parameter `minCellSize`, ");
		md.append("default 5; stamped in each file's footer as `").append(WriteOptions.MIN_CELL_SIZE).append("`) is ");
		md.append("published with `suppressed = true`, `suppression = PRIMARY`, its keys and its `count_band` (`<5`); ");
		md.append("every other figure is null.\n\n");
		md.append("**Secondary (complementary) suppression.** Where a published total has exactly one withheld cell, ");
		md.append("that cell could be recovered by subtracting the published cells from the total. So whenever a ");
		md.append("published total has exactly one withheld cell, its smallest other cell (smallest n; ties: the first ");
		md.append("in display order) is withheld too, repeated until no published total has exactly one withheld cell; ");
		md.append("a total with no other cell is itself withheld. The totals: `year_summaries` (`networks`, ");
		md.append("`regular_meetings`, `attendances`) over the year's `participation` rows and (`joint_attendances`) ");
		md.append("over the year's `joint_meeting_attendance` rows; each `joint_meeting_attendance` row over its ");
		md.append("`joint_meetings` rows; the `ALL` row of `survey_items` (per year and item) and of `survey_scales` ");
		md.append("(per year and scale) over the group rows. Such a row has `suppressed = true`, `suppression = ");
		md.append("SECONDARY` and no `count_band` (a band would narrow the primary cell's value down again). ");
		md.append("`year_summaries.distinct_participants` is not a sum of the groups' (people at joint meetings only ");
		md.append("count too) and is not used as a total.\n\n");
		md.append("**Rows resting on a withheld row** are withheld as well (`SECONDARY` unless their own n is below k): ");
		md.append("a group's `participation_trends` when any of its years is withheld in `participation` (slope and ");
		md.append("growth rate would give the year's value back), a `year_comparisons` row whose earlier or later year ");
		md.append("is withheld in `survey_items` or `survey_scales`.\n\n");
		md.append("**Inside published rows**, counts of people from 1 to k-1 are null: `new_participants` with ");
		md.append("`retention` (also when the returning participants are 1..k-1), `complete_cases` with ");
		md.append("`cronbach_alpha`, `paired_observations`, `survey_respondents`; and the changes of a `participation` ");
		md.append("row whose previous year is withheld. Zero is published: it discloses no one. `missing_answers` and ");
		md.append("`missing_respondents` are published whatever their size (see their descriptions).\n\n");
		md.append("The record datasets (networks, sessions, attendance, survey_responses, survey_answers, rejects) are ");
		md.append("pseudonymised records, not tables of figures, and carry no small-cell rule. The unsuppressed ");
		md.append("figures (flags and `suppression` as published), for the analysts' own checks, are written only when ");
		md.append("a run is given `audit=true`: to `output/audit/datasets/<dataset>/` (footer `");
		md.append(WriteOptions.SMALL_CELLS).append(" = ").append(WriteOptions.AUDIT).append("`), never under ");
		md.append("`output/datasets/`; a run without `audit=true` deletes `output/audit/`. Do not publish that folder ");
		md.append("or point a BI tool at it.\n\n");
	}

	/** The "Small cells" line of a statistics dataset's entry (nothing for a record dataset). */
	static void datasetLine(StringBuilder md, DatasetDefinition<?> definition) {
		DatasetDefinition.Suppression rule = definition.suppression();
		if (rule == null) {
			return;
		}
		List<String> counts = rule.counts();
		md.append("- Small cells: a row with `suppressed = true` keeps ").append(DataDictionary.code(rule.keys()))
			.append(", `suppressed`, `count_band` and `suppression`; every other column is null. n = ")
			.append(String.join(" or ", counts.stream().map((c) -> "`" + c + "`").toList()))
			.append(counts.size() > 1 ? ", the smaller" : "")
			.append('\n');
	}

	/** The table rows of the derived columns of a statistics dataset (nothing for a record dataset). */
	static void columnRows(StringBuilder md, DatasetDefinition<?> definition) {
		if (definition.suppression() == null) {
			return;
		}
		md.append("| `").append(DatasetDefinition.Suppression.BAND)
			.append("` | BINARY | STRING | yes | band of the row's n for the rule k: `<k` (suppressed), then `k-9`, ")
			.append("`10-19`, `20-49`, `50-99`, `100-499`, `500-999`, `1000+` (e.g. `<5`, `5-9`); null in a ")
			.append("`SECONDARY` row |\n");
		md.append("| `").append(DatasetDefinition.Suppression.KIND)
			.append("` | BINARY | STRING | yes | why the row is withheld: `PRIMARY` (fewer than k people) or `SECONDARY` ")
			.append("(withheld so that no withheld value can be recovered from published totals or rows resting on ")
			.append("it); null when published |\n");
	}

}
