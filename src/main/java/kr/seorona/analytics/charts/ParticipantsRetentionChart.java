package kr.seorona.analytics.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SmallCells;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Chart 3: distinct participants by group and year (bars, top) and retention, the share of the
 * previous year's participants of the group's regular meetings who came to them again (lines, bottom). Each year is topped by its
 * distinct participants across groups (a person in two groups counts once; from
 * {@link kr.seorona.analytics.stats.YearSummary}); people are never added up across years. A
 * suppressed year has a grey "suppressed" bar of fixed height instead of its bar; its retention,
 * and the retention of the year after it, are withheld too (the previous year's small count is
 * the denominator). File: {@code <first-last>/participants-retention}.
 */
final class ParticipantsRetentionChart implements CatalogChart {

	static final String NAME = ChartNames.PARTICIPANTS_RETENTION;

	/** The two datasets of the chart, rows = groups, columns = years. */
	record Data(CategoryData participants, CategoryData retention) {
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ChartFile> charts(ChartContext context) {
		SortedSet<Integer> years = context.participationYears();
		if (years.isEmpty()) {
			return List.of();
		}
		Data data = dataset(context);
		if (data.participants().isEmpty()) {
			return List.of();
		}
		return List.of(new ChartFile(ChartContext.folder(years.first(), years.last()), NAME,
				chart(data, context, years.first(), years.last())));
	}

	static Data dataset(ChartContext context) {
		DefaultCategoryDataset participants = new DefaultCategoryDataset();
		DefaultCategoryDataset retention = new DefaultCategoryDataset();
		List<String> codes = new ArrayList<>();
		List<String> suppressedParticipants = new ArrayList<>();
		List<String> suppressedRetention = new ArrayList<>();
		SortedSet<Integer> years = context.participationYears();
		long n = 0;
		for (Group group : context.inputs().groups().groups()) {
			List<ParticipationStatistics> rows = context.participationOf(group.code());
			if (rows.isEmpty()) {
				continue;
			}
			String label = context.groupLabel(group.code());
			codes.add(group.code());
			for (int year : years) {
				participants.addValue(null, label, Integer.toString(year));
				retention.addValue(null, label, Integer.toString(year));
			}
			for (ParticipationStatistics row : rows) {
				String year = Integer.toString(row.year());
				if (context.suppressed(row)) {
					suppressedParticipants.add(label + " " + year);
					continue;
				}
				participants.setValue(row.distinctParticipants(), label, year);
				n += row.distinctParticipants();
				ParticipationStatistics previous = SmallCells.previous(row, rows);
				if ((previous != null && context.suppressed(previous)) || SmallCells.retentionWithheld(row, previous)) {
					// withheld (a small previous year, or few new or returning people): marked, not left out
					suppressedRetention.add(label + " " + year);
				}
				else if (row.retention() != null) {
					retention.setValue(row.retention(), label, year);
				}
			}
		}
		List<String> allSuppressed = new ArrayList<>(suppressedParticipants);
		suppressedRetention.stream()
			.map((cell) -> context.messages().get("chart.retention.cell", cell))
			.forEach(allSuppressed::add);
		return new Data(new CategoryData(participants, codes, allSuppressed, n),
				new CategoryData(retention, codes, suppressedRetention, 0));
	}

	/** Each year's distinct participants across groups, as the label over the year. */
	static java.util.Map<String, String> yearTotals(ChartContext context) {
		java.util.Map<String, String> totals = new java.util.LinkedHashMap<>();
		for (YearSummary year : context.inputs().years()) {
			String count = context.suppressed(year) ? context.messages().get("chart.suppressed.label")
					: context.messages().get("chart.participants.people", context.integer(year.distinctParticipants()));
			totals.put(Integer.toString(year.year()), context.messages().get("chart.participants.total", count));
		}
		return totals;
	}

	/** "distinct participants a year: 120-231 (across groups)", never a sum over years. */
	static String participantsN(ChartContext context) {
		java.util.LongSummaryStatistics shown = context.inputs().years().stream()
			.filter((year) -> !context.suppressed(year))
			.mapToLong(YearSummary::distinctParticipants)
			.summaryStatistics();
		if (shown.getCount() == 0) {
			return context.messages().get("chart.participants.n.none");
		}
		String range = (shown.getMin() == shown.getMax()) ? context.integer(shown.getMin())
				: context.integer(shown.getMin()) + "–" + context.integer(shown.getMax());
		return context.messages().get("chart.participants.n", range);
	}

	/** A grey mark in the slot of each suppressed group-year. */
	private static SuppressedMarks suppressedMarks(CategoryData participants, ChartContext context,
			double itemMargin) {
		List<SuppressedMarks.Mark> marks = new ArrayList<>();
		for (ParticipationStatistics row : context.inputs().participation()) {
			if (context.suppressed(row)) {
				marks.add(new SuppressedMarks.Mark(Integer.toString(row.year()), context.groupLabel(row.groupCode()),
						context.messages().get("chart.suppressed.label")));
			}
		}
		return new SuppressedMarks(marks, context.theme().font(ChartTheme.BASE_SIZE - 2f, false), itemMargin);
	}

	/** Heights of the bars' plot and the retention plot: the bars carry labels above and below. */
	private static final int TOP_WEIGHT = 2;

	private static final int BOTTOM_WEIGHT = 1;

	static JFreeChart chart(Data data, ChartContext context, int first, int last) {
		Messages messages = context.messages();
		List<String> codes = data.participants().seriesCodes();

		NumberAxis countAxis = new NumberAxis(messages.get("chart.participants.axis"));
		countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		countAxis.setUpperMargin(0.25);
		BarRenderer bars = new BarRenderer();
		bars.setItemMargin(0.04);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				NumberFormat.getIntegerInstance(context.options().locale())));
		bars.setDefaultItemLabelsVisible(true);
		CategoryPlot top = new CategoryPlot(data.participants().dataset(), null, countAxis, bars);
		top.addAnnotation(suppressedMarks(data.participants(), context, bars.getItemMargin()));
		yearTotals(context).forEach((year, text) -> top.addDomainMarker(TopLabel.marker(year, text, context),
				Layer.FOREGROUND));

		NumberAxis shareAxis = new NumberAxis(messages.get("chart.retention.axis"));
		shareAxis.setRange(0, 1);
		shareAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(context.options().locale()));
		LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
		// each group's point under its bar, so that equal rates do not hide each other's markers
		lines.setUseSeriesOffset(true);
		lines.setItemMargin(bars.getItemMargin());
		CategoryPlot bottom = new CategoryPlot(data.retention().dataset(), null, shareAxis, lines);

		SeriesStyle style = new SeriesStyle(context);
		style.fills(bars, codes);
		style.lines(lines, codes);
		WrappingCategoryAxis domain = new WrappingCategoryAxis(messages.get("chart.axis.year"), 80);
		domain.setCategoryMargin(0.2);
		CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(domain);
		plot.setGap(8);
		plot.add(top, TOP_WEIGHT);
		plot.add(bottom, BOTTOM_WEIGHT);
		LegendItemCollection legend = new LegendItemCollection();
		legend.addAll(bottom.getLegendItems());
		plot.setFixedLegendItems(legend);
		JFreeChart chart = new JFreeChart(messages.get("chart.participants.title"), context.theme().font(10, true),
				plot, true);
		ChartContext.note(chart, messages.get("chart.retention.note"));
		context.finish(chart, context.yearsText(first, last), participantsN(context),
				data.participants().suppressedCells());
		BarLabels.place(bars, data.participants().dataset(), context, domain.getCategoryMargin(), countAxis,
				(double) TOP_WEIGHT / (TOP_WEIGHT + BOTTOM_WEIGHT),
				TopLabel.height(1, context));
		return chart;
	}

}
