package kr.seorona.analytics.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.stats.AlphaWarning;
import kr.seorona.analytics.stats.ScaleInterval;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;

/**
 * The tables beside the survey charts: scale means by year and group with n, 95% CI and Cronbach's
 * alpha, and per year every item's n, mean, 95% CI and answer shares by group (what the means and
 * Likert charts draw). A withheld row shows the suppressed label in every cell about people, its n
 * included. Intervals are cut at the scale's ends and marked, a negative or undefined alpha carries
 * its warning ({@link #notes()} explains both).
 */
final class SurveyTables {

	private final PublishedFigures figures;

	private final GroupCatalog groups;

	private final SurveyDefinition survey;

	private final Formats formats;

	private final int minCellSize;

	SurveyTables(PublishedFigures figures, GroupCatalog groups, SurveyDefinition survey, Formats formats,
			int minCellSize) {
		this.figures = figures;
		this.groups = groups;
		this.survey = survey;
		this.formats = formats;
		this.minCellSize = minCellSize;
	}

	/** One row per year, scale and group (all groups first). */
	List<Map<String, String>> scales() {
		List<Map<String, String>> rows = new ArrayList<>();
		this.figures.scales()
			.stream()
			.sorted(Comparator.comparingInt(SurveyScaleStatistics::year)
				.thenComparingInt((row) -> scaleOrder(row.scaleCode()))
				.thenComparingInt((row) -> groupOrder(row.groupCode())))
			.forEach((row) -> {
				boolean suppressed = row.suppressed() || row.n() < this.minCellSize;
				String withheld = this.formats.suppressed();
				Map<String, String> map = new LinkedHashMap<>();
				map.put("year", Integer.toString(row.year()));
				map.put("scale", scaleLabel(row.scaleCode()));
				map.put("group", groupLabel(row.groupCode()));
				map.put("n", suppressed ? withheld : this.formats.integer(row.n()));
				map.put("mean", suppressed ? withheld : this.formats.mean(row.mean()));
				map.put("ci", suppressed ? withheld : this.formats.interval(row.ciLower95(), row.ciUpper95()));
				AlphaWarning warning = AlphaWarning.of(row);
				boolean alphaWithheld = suppressed || (row.cronbachAlpha() == null && row.alphaN() == null);
				map.put("alpha", alphaWithheld ? withheld : this.formats.mean(row.cronbachAlpha()));
				map.put("alphaWarning", (warning != null) ? this.formats.text(warning.shortKey()) : "");
				map.put("rowClass", suppressed ? "suppressed" : (HeadlineModel.ALL.equals(row.groupCode()) ? "total" : ""));
				rows.add(map);
			});
		return rows;
	}

	/**
	 * The notes under the survey tables: the full text of each alpha warning shown, and what the
	 * interval marks mean when an interval is cut; empty when none applies.
	 */
	List<String> notes() {
		List<String> notes = new ArrayList<>();
		this.figures.scales()
			.stream()
			.map(AlphaWarning::of)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.sorted()
			.forEach((warning) -> notes.add(this.formats.text(warning.messageKey())));
		boolean clipped = java.util.stream.Stream
			.concat(this.figures.scales().stream().filter((row) -> !row.suppressed())
				.map((row) -> ScaleInterval.of(row.ciLower95(), row.ciUpper95())),
					this.figures.items().stream().filter((row) -> !row.suppressed())
						.map((row) -> ScaleInterval.of(row.ciLower95(), row.ciUpper95())))
			.anyMatch((interval) -> interval != null && interval.clipped());
		if (clipped) {
			notes.add(this.formats.text("survey.ci.clipped"));
		}
		return notes;
	}

	/** Per year (ascending): {@code year} and {@code rows}, one per item and group. */
	List<Map<String, Object>> itemsByYear() {
		Map<Integer, List<Map<String, String>>> byYear = new TreeMap<>();
		this.figures.items()
			.stream()
			.sorted(Comparator.comparingInt((SurveyItemStatistics row) -> this.survey.indexOf(row.itemCode()))
				.thenComparingInt((row) -> groupOrder(row.groupCode())))
			.forEach((row) -> byYear.computeIfAbsent(row.year(), (year) -> new ArrayList<>()).add(item(row)));
		List<Map<String, Object>> years = new ArrayList<>();
		byYear.forEach((year, rows) -> {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("year", Integer.toString(year));
			map.put("caption", this.formats.text("dashboard.survey.items", Integer.toString(year)));
			map.put("rows", rows);
			years.add(map);
		});
		return years;
	}

	private Map<String, String> item(SurveyItemStatistics row) {
		boolean suppressed = row.suppressed() || row.n() < this.minCellSize;
		String withheld = this.formats.suppressed();
		Map<String, String> map = new LinkedHashMap<>();
		map.put("item", itemLabel(row.itemCode()));
		map.put("group", groupLabel(row.groupCode()));
		map.put("n", suppressed ? withheld : this.formats.integer(row.n()));
		map.put("mean", suppressed ? withheld : this.formats.mean(row.mean()));
		map.put("ci", suppressed ? withheld : this.formats.interval(row.ciLower95(), row.ciUpper95()));
		List<Double> shares = List.of(nz(row.share1()), nz(row.share2()), nz(row.share3()), nz(row.share4()),
				nz(row.share5()));
		for (int answer = 1; answer <= 5; answer++) {
			Double share = (row.mean() != null) ? shares.get(answer - 1) : null;
			map.put("share" + answer, suppressed ? withheld : this.formats.percent(share));
		}
		map.put("topTwo", suppressed ? withheld : this.formats.percent(row.topTwoBox()));
		map.put("rowClass", suppressed ? "suppressed" : (HeadlineModel.ALL.equals(row.groupCode()) ? "total" : ""));
		return map;
	}

	private static Double nz(Double value) {
		return (value != null) ? value : 0.0;
	}

	private int groupOrder(String code) {
		return HeadlineModel.ALL.equals(code) ? -1 : this.groups.order(code);
	}

	private int scaleOrder(String code) {
		for (int i = 0; i < this.survey.scales().size(); i++) {
			if (this.survey.scales().get(i).code().equals(code)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private String groupLabel(String code) {
		if (HeadlineModel.ALL.equals(code)) {
			return this.formats.text("dashboard.allGroups");
		}
		return this.formats.groupLabel(this.groups, code);
	}

	private String scaleLabel(String code) {
		return this.survey.scales()
			.stream()
			.filter((scale) -> scale.code().equals(code))
			.map((scale) -> scale.label(this.formats.locale()))
			.findFirst()
			.orElse(code);
	}

	private String itemLabel(String code) {
		int index = this.survey.indexOf(code);
		return (index >= 0) ? this.survey.items().get(index).label(this.formats.locale()) : code;
	}

}
