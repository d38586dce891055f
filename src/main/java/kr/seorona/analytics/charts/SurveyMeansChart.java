package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Chart 5: mean answer (1..5) of each survey item by group, with its 95% confidence interval, as
 * dots and whiskers, each group with its own marker; one chart per survey year
 * ({@code <year>/survey-means}). The legend gives each group's respondents (n); the subtitle the
 * year's respondents (every survey row, also those who skipped items). The all-groups row
 * ({@code ALL}) is drawn last in dark grey. An interval cut at the end of the scale is marked with
 * an arrowhead, explained in a note. A suppressed group is a grey "suppressed" legend entry and is
 * named in the note, with its suppressed items.
 */
final class SurveyMeansChart implements CatalogChart {

	static final String NAME = ChartNames.SURVEY_MEANS;

	/** Ends of the answer scale, and of the value axis. */
	static final double SCALE_MIN = 1;

	static final double SCALE_MAX = 5;

	/**
	 * The dataset of a year: rows = groups (labels), columns = item labels; mean and CI half-width
	 * (as the dataset's "standard deviation" slot), none where suppressed.
	 *
	 * @param dataset the values
	 * @param seriesCodes group code of each row
	 * @param suppressedCells withheld cells
	 * @param n respondents the subtitle reports
	 * @param groupN respondents of each drawn group, by code
	 * @param suppressedGroups codes of the groups with nothing drawn
	 */
	record Data(DefaultStatisticalCategoryDataset dataset, List<String> seriesCodes, List<String> suppressedCells,
			long n, Map<String, Long> groupN, List<String> suppressedGroups) {
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ChartFile> charts(ChartContext context) {
		if (context.inputs().survey() == null) {
			return List.of();
		}
		List<ChartFile> files = new ArrayList<>();
		for (int year : surveyYears(context)) {
			Data data = dataset(context, year);
			if (data.n() > 0) {
				String folder = Integer.toString(year);
				files.add(new ChartFile(folder, NAME, chart(data, context, year)));
			}
		}
		return files;
	}

	static SortedSet<Integer> surveyYears(ChartContext context) {
		SortedSet<Integer> years = new TreeSet<>();
		context.inputs().surveyItems().forEach((row) -> years.add(row.year()));
		return years;
	}

	/** Item label for a code, falling back to the code when the survey definition lacks it. */
	static String itemLabel(ChartContext context, String itemCode) {
		int index = context.inputs().survey().indexOf(itemCode);
		if (index < 0) {
			return itemCode;
		}
		SurveyItem item = context.inputs().survey().items().get(index);
		return item.label(context.options().locale());
	}

	static Data dataset(ChartContext context, int year) {
		List<SurveyItemStatistics> rows = context.inputs().surveyItems().stream()
			.filter((row) -> row.year() == year)
			.sorted(Comparator.comparingInt((SurveyItemStatistics row) -> context.groupOrder(row.groupCode())))
			.toList();
		DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
		List<String> codes = new ArrayList<>();
		Map<String, List<String>> suppressedByGroup = new LinkedHashMap<>();
		Map<String, Long> respondents = new LinkedHashMap<>();
		Map<String, Long> drawn = new LinkedHashMap<>();
		List<String> items = context.inputs().survey().items().stream().map(SurveyItem::code).toList();
		for (SurveyItemStatistics row : rows) {
			String group = context.groupLabel(row.groupCode());
			if (!codes.contains(row.groupCode())) {
				codes.add(row.groupCode());
				items.forEach((item) -> dataset.add(null, null, group, itemLabel(context, item)));
			}
			String item = itemLabel(context, row.itemCode());
			// each item row counts the group's respondents: answered (n) or not (missing)
			respondents.merge(row.groupCode(), row.n() + row.missing(), Math::max);
			if (context.suppressed(row) || row.mean() == null) {
				suppressedByGroup.computeIfAbsent(group, (key) -> new ArrayList<>()).add(item);
				continue;
			}
			Double halfWidth = (row.ciLower95() != null && row.ciUpper95() != null)
					? (row.ciUpper95() - row.ciLower95()) / 2 : null;
			dataset.add(row.mean(), halfWidth, group, item);
			drawn.put(row.groupCode(), respondents.get(row.groupCode()));
		}
		// a group with nothing drawn gets a grey legend entry; the note names it
		List<String> suppressedGroups = new ArrayList<>();
		for (String code : List.copyOf(codes)) {
			if (!drawn.containsKey(code)) {
				dataset.removeRow(context.groupLabel(code));
				codes.remove(code);
				suppressedGroups.add(code);
			}
		}
		long n = context.inputs().year(year).map(YearSummary::surveyRespondents)
			.orElseGet(() -> respondents.getOrDefault(ChartContext.ALL,
					respondents.values().stream().mapToLong(Long::longValue).sum()));
		return new Data(dataset, codes, suppressedCells(context, suppressedByGroup, items.size()), n, drawn,
				suppressedGroups);
	}

	/** "group" when all its items are withheld, else "group: item, item". */
	static List<String> suppressedCells(ChartContext context, Map<String, List<String>> byGroup, int itemCount) {
		List<String> cells = new ArrayList<>();
		byGroup.forEach((group, items) -> cells.add(
				(items.size() >= itemCount) ? group : group + ": " + String.join(", ", items)));
		return cells;
	}

	/** Whether any interval runs past the scale (1..5). */
	static boolean anyClipped(Data data) {
		for (int row = 0; row < data.dataset().getRowCount(); row++) {
			for (int column = 0; column < data.dataset().getColumnCount(); column++) {
				if (ClippedIntervalRenderer.clipped(data.dataset().getMeanValue(row, column),
						data.dataset().getStdDevValue(row, column), SCALE_MIN, SCALE_MAX)) {
					return true;
				}
			}
		}
		return false;
	}

	static JFreeChart chart(Data data, ChartContext context, int year) {
		Messages messages = context.messages();
		WrappingCategoryAxis domain = new WrappingCategoryAxis(null, 95);
		domain.setCategoryMargin(0.15);
		NumberAxis range = new NumberAxis(messages.get("chart.means.axis"));
		range.setRange(SCALE_MIN, SCALE_MAX);
		range.setTickUnit(new NumberTickUnit(1));
		ClippedIntervalRenderer renderer = new ClippedIntervalRenderer();
		renderer.setUseSeriesOffset(true);
		renderer.setItemMargin(0.1);
		new SeriesStyle(context).lines(renderer, data.seriesCodes());
		renderer.setLegendItemLabelGenerator((dataset, series) -> messages.get("chart.means.group",
				dataset.getRowKey(series), context.integer(data.groupN().get(data.seriesCodes().get(series)))));
		CategoryPlot plot = new CategoryPlot(data.dataset(), domain, range, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.setRangeGridlinesVisible(true);
		LegendItemCollection legend = plot.getLegendItems();
		for (String code : data.suppressedGroups()) {
			legend.add(new LegendItem(messages.get("chart.means.suppressed", context.groupLabel(code)), null, null,
					null, new Rectangle2D.Double(-3, -3, 6, 6), SuppressedMarks.FILL, new BasicStroke(0.5f),
					SuppressedMarks.INK));
		}
		plot.setFixedLegendItems(legend);
		JFreeChart chart = new JFreeChart(messages.get("chart.means.title"), context.theme().font(10, true), plot, true);
		String noteText = messages.get("chart.means.note")
				+ (anyClipped(data) ? " " + messages.get("chart.means.clipped") : "");
		ChartContext.note(chart, noteText);
		String yearText = context.yearsText(year, year);
		return context.finish(chart, yearText, messages.get("chart.means.n", context.integer(data.n())),
				data.suppressedCells());
	}

}
