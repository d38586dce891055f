package kr.seorona.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kr.seorona.analytics.charts.ChartNames;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.ingest.SurveyScale;
import kr.seorona.analytics.stats.AlphaWarning;
import kr.seorona.analytics.stats.GroupComparison;
import kr.seorona.analytics.stats.ScaleInterval;
import kr.seorona.analytics.stats.SurveyCalculator;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Section 3: respondents, scale means with 95% CI and n by group, item means and top-two-box shares
 * (all respondents), and the group differences of scale scores, stated only when Welch's ANOVA is
 * significant at 0.05 and no compared group has fewer than k respondents. Rows with fewer than k
 * answers are withheld whole, as in the charts.
 */
final class SurveySection {

	/** Significance level of the group-difference sentences. */
	static final double ALPHA = 0.05;

	private final ReportInputs inputs;

	private final ReportText text;

	private final YearSummary totals;

	SurveySection(ReportInputs inputs, ReportText text, YearSummary totals) {
		this.inputs = inputs;
		this.text = text;
		this.totals = totals;
	}

	void write(List<ReportBlock> blocks) {
		blocks.add(new ReportBlock.Heading(1, this.text.get("section.survey")));
		int year = this.text.year();
		List<SurveyScaleStatistics> scales = this.inputs.scales()
			.stream()
			.filter((row) -> row.year() == year)
			.sorted(Comparator.comparingInt((SurveyScaleStatistics row) -> groupOrder(row.groupCode())))
			.toList();
		List<SurveyItemStatistics> items = this.inputs.items().stream().filter((row) -> row.year() == year).toList();
		Long respondents = this.totals.surveyRespondents();
		if (respondents == null && scales.isEmpty() && items.isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(this.text.get("survey.none", year)));
			return;
		}
		if (respondents != null && respondents >= k()) {
			blocks.add(new ReportBlock.Paragraph(this.text.get("survey.sentence", year, ReportText.count(respondents))));
		}
		List<String> means = new ArrayList<>();
		for (SurveyScale scale : this.inputs.survey().scales()) {
			scales.stream()
				.filter((row) -> row.scaleCode().equals(scale.code()) && row.groupCode().equals(SurveyCalculator.ALL))
				.filter((row) -> !suppressed(row) && row.mean() != null && row.ciLower95() != null)
				.findFirst()
				.ifPresent((row) -> means.add(this.text.get("survey.scale.item", scale.label(this.text.locale()),
						ReportText.decimal(row.mean()), ci(row.ciLower95(), row.ciUpper95()), ReportText.count(row.n()))));
		}
		if (!means.isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(
					this.text.get("survey.scale", String.join(this.text.get("list.separator"), means))));
		}
		differences(blocks);
		scaleTable(blocks, scales);
		figure(blocks, ChartNames.SURVEY_MEANS, "chart.means.title");
		itemTable(blocks, items);
		figure(blocks, ChartNames.LIKERT_DISTRIBUTION, "chart.likert.title");
	}

	private void differences(List<ReportBlock> blocks) {
		List<GroupComparison> tested = this.inputs.comparisons()
			.stream()
			.filter((row) -> row.year() == this.text.year() && row.scaleScore())
			.filter((row) -> !row.suppressed() && row.minGroupN() >= k() && row.welchPValue() != null)
			.toList();
		boolean any = false;
		for (SurveyScale scale : this.inputs.survey().scales()) {
			for (GroupComparison row : tested) {
				if (row.itemCode().equals(scale.code()) && row.welchPValue() < ALPHA) {
					any = true;
					blocks.add(new ReportBlock.Paragraph(this.text.get("survey.difference",
							scale.label(this.text.locale()), ReportText.count(Math.round(row.welchDf1())),
							ReportText.decimal(row.welchDf2()), ReportText.decimal(row.welchF()),
							ReportText.pValue(row.welchPValue()))));
				}
			}
		}
		if (!any && !tested.isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(this.text.get("survey.noDifference")));
		}
	}

	private void scaleTable(List<ReportBlock> blocks, List<SurveyScaleStatistics> scales) {
		List<List<String>> cells = new ArrayList<>();
		for (SurveyScale scale : this.inputs.survey().scales()) {
			for (SurveyScaleStatistics row : scales) {
				if (!row.scaleCode().equals(scale.code())) {
					continue;
				}
				boolean withheld = suppressed(row);
				cells.add(List.of(scale.label(this.text.locale()), groupLabel(row.groupCode()),
						withheld ? withheldCell() : ReportText.count(row.n()),
						withheld ? withheldCell() : decimalOrNone(row.mean()),
						withheld ? withheldCell() : ciOrNone(row.ciLower95(), row.ciUpper95()),
						(withheld || (row.cronbachAlpha() == null && row.alphaN() == null)) ? withheldCell() : alpha(row)));
			}
		}
		if (cells.isEmpty()) {
			return;
		}
		table(blocks, this.text.get("survey.scales.caption", this.text.year()),
				List.of(this.text.get("survey.scaleColumn"), this.text.get("survey.group"), this.text.get("survey.n"),
						this.text.get("survey.mean"), this.text.get("survey.ci"), this.text.get("survey.alpha")),
				cells, List.of(false, false, true, true, true, true));
		scales.stream()
			.filter((row) -> !suppressed(row))
			.map(AlphaWarning::of)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.sorted()
			.forEach((warning) -> blocks.add(new ReportBlock.Note(this.text.shared(warning.messageKey()))));
	}

	private void itemTable(List<ReportBlock> blocks, List<SurveyItemStatistics> items) {
		List<List<String>> cells = new ArrayList<>();
		for (SurveyItem item : this.inputs.survey().items()) {
			items.stream()
				.filter((row) -> row.itemCode().equals(item.code()) && row.groupCode().equals(SurveyCalculator.ALL))
				.findFirst()
				.ifPresent((row) -> {
					boolean withheld = suppressed(row);
					cells.add(List.of(item.label(this.text.locale()), withheld ? withheldCell() : ReportText.count(row.n()),
							withheld ? withheldCell() : decimalOrNone(row.mean()),
							withheld ? withheldCell() : ciOrNone(row.ciLower95(), row.ciUpper95()),
							withheld ? withheldCell()
									: (row.topTwoBox() == null) ? none() : ReportText.percent(row.topTwoBox())));
				});
		}
		if (cells.isEmpty()) {
			return;
		}
		table(blocks, this.text.get("survey.items.caption", this.text.year()),
				List.of(this.text.get("survey.itemColumn"), this.text.get("survey.n"), this.text.get("survey.mean"),
						this.text.get("survey.ci"), this.text.get("survey.topTwoBox")),
				cells, List.of(false, true, true, true, true));
	}

	private void table(List<ReportBlock> blocks, String caption, List<String> header, List<List<String>> cells,
			List<Boolean> numeric) {
		blocks.add(this.text.table(caption, header, cells, numeric));
		if (cells.stream().flatMap(List::stream).anyMatch((cell) -> cell.contains(ScaleInterval.UPPER_MARK)
				|| cell.contains(ScaleInterval.LOWER_MARK))) {
			blocks.add(new ReportBlock.Note(this.text.shared("survey.ci.clipped")));
		}
		if (cells.stream().flatMap(List::stream).anyMatch(withheldCell()::equals)) {
			blocks.add(new ReportBlock.Note(this.text.get("suppressed", k())));
		}
	}

	private void figure(List<ReportBlock> blocks, String chart, String titleKey) {
		ReportCharts.find(this.inputs.chartFolders(), this.text.locale(), this.text.year(), chart)
			.ifPresent((png) -> blocks.add(this.text.figure(this.text.chartTitle(titleKey), png)));
	}

	/** Display order of the groups, all groups together last. */
	private int groupOrder(String code) {
		return SurveyCalculator.ALL.equals(code) ? Integer.MAX_VALUE : this.inputs.groups().order(code);
	}

	private String groupLabel(String code) {
		if (SurveyCalculator.ALL.equals(code)) {
			return this.text.get("all");
		}
		GroupCatalog groups = this.inputs.groups();
		return groups.find(code).map((group) -> group.label(this.text.locale())).orElse(code);
	}

	/** The interval cut at the scale's ends, a cut end marked ◀ or ▶ ({@link ScaleInterval}). */
	private String ci(double lower, double upper) {
		ScaleInterval interval = ScaleInterval.of(lower, upper);
		return (interval.lowerClipped() ? ScaleInterval.LOWER_MARK : "")
				+ this.text.get("ci", ReportText.decimal(interval.lower()), ReportText.decimal(interval.upper()))
				+ (interval.upperClipped() ? ScaleInterval.UPPER_MARK : "");
	}

	/** Cronbach's alpha with its warning label, e.g. {@code -0.41 (신뢰도 낮음)}; "–" when undefined. */
	private String alpha(SurveyScaleStatistics row) {
		AlphaWarning warning = AlphaWarning.of(row);
		String value = decimalOrNone(row.cronbachAlpha());
		return (warning == null) ? value : value + " (" + this.text.shared(warning.shortKey()) + ")";
	}

	private String ciOrNone(Double lower, Double upper) {
		return (lower == null || upper == null) ? none() : ci(lower, upper);
	}

	private String decimalOrNone(Double value) {
		return (value == null) ? none() : ReportText.decimal(value);
	}

	private boolean suppressed(SurveyScaleStatistics row) {
		return row.suppressed() || row.n() < k();
	}

	private boolean suppressed(SurveyItemStatistics row) {
		return row.suppressed() || row.n() < k();
	}

	private int k() {
		return this.inputs.minCellSize();
	}

	private String withheldCell() {
		return this.text.get("suppressed.cell");
	}

	private String none() {
		return this.text.get("none");
	}

}
