package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * Chart 3: distinct participants by group and year (bars, top) and retention, the share of the
 * previous year's participants who took part again (lines, bottom). A suppressed year has no bar;
 * its retention, and the retention of the year after it, are withheld too (the previous year's
 * small count is the denominator). File: {@code <first-last>/participants-retention}.
 */
final class ParticipantsRetentionChart implements CatalogChart {

	static final String NAME = "participants-retention";

	/** The two datasets of the chart, rows = groups, columns = years. */
	record Data(CategoryData participants, CategoryData retention) {
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
				if (row.retention() == null) {
					continue;
				}
				Optional<ParticipationStatistics> previous = rows.stream()
					.filter((other) -> other.year() == row.year() - 1)
					.findFirst();
				if (previous.isPresent() && context.suppressed(previous.get())) {
					suppressedRetention.add(label + " " + year);
				}
				else {
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

	static JFreeChart chart(Data data, ChartContext context, int first, int last) {
		Messages messages = context.messages();
		List<String> codes = data.participants().seriesCodes();

		NumberAxis countAxis = new NumberAxis(messages.get("chart.participants.axis"));
		countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		countAxis.setUpperMargin(0.15);
		BarRenderer bars = new BarRenderer();
		bars.setItemMargin(0.04);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				NumberFormat.getIntegerInstance(context.options().locale())));
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		CategoryPlot top = new CategoryPlot(data.participants().dataset(), null, countAxis, bars);

		NumberAxis shareAxis = new NumberAxis(messages.get("chart.retention.axis"));
		shareAxis.setRange(0, 1);
		shareAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(context.options().locale()));
		LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
		CategoryPlot bottom = new CategoryPlot(data.retention().dataset(), null, shareAxis, lines);

		for (int i = 0; i < codes.size(); i++) {
			bars.setSeriesPaint(i, context.groupColor(codes.get(i)));
			lines.setSeriesPaint(i, context.groupColor(codes.get(i)));
			lines.setSeriesStroke(i, new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			lines.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
		}
		WrappingCategoryAxis domain = new WrappingCategoryAxis(messages.get("chart.axis.year"), 80);
		domain.setCategoryMargin(0.2);
		CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(domain);
		plot.setGap(8);
		plot.add(top, 3);
		plot.add(bottom, 2);
		LegendItemCollection legend = new LegendItemCollection();
		legend.addAll(top.getLegendItems());
		plot.setFixedLegendItems(legend);
		JFreeChart chart = new JFreeChart(messages.get("chart.participants.title"), context.theme().font(10, true),
				plot, true);
		return context.finish(chart, context.yearsText(first, last),
				messages.get("chart.participants.n", context.integer(data.participants().n())),
				data.participants().suppressedCells());
	}

}
