package kr.seorona.analytics.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * Chart 1: network meetings by group and year, as grouped bars with the count on each bar, joint
 * meetings as a last, darkest series, and each year's total (regular + joint) at the top of the
 * year. File: {@code <first-last>/meetings-by-group}.
 * <p>
 * Meeting counts are counts of events, not of people, so the small-cell rule does not withhold
 * them.
 */
final class MeetingsByGroupChart implements CatalogChart {

	static final String NAME = ChartNames.MEETINGS_BY_GROUP;

	/** Share of the year axis between the years. */
	private static final double CATEGORY_MARGIN = 0.2;

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
		CategoryData data = dataset(context);
		if (data.isEmpty()) {
			return List.of();
		}
		return List.of(new ChartFile(ChartContext.folder(years.first(), years.last()), NAME,
				chart(data, context, years.first(), years.last())));
	}

	/**
	 * Rows: the groups with data in catalogue order, then the joint meetings; columns: years as
	 * text; values: regular meetings (joint: distinct joint meeting ids of the year).
	 */
	static CategoryData dataset(ChartContext context) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<String> codes = new ArrayList<>();
		SortedSet<Integer> years = context.participationYears();
		context.inputs().jointMeetings().forEach((row) -> years.add(row.year()));
		long n = 0;
		List<String> suppressed = new ArrayList<>();
		for (Group group : context.inputs().groups().groups()) {
			List<ParticipationStatistics> rows = context.participationOf(group.code());
			if (rows.isEmpty()) {
				continue;
			}
			String label = context.groupLabel(group.code());
			codes.add(group.code());
			for (int year : years) {
				dataset.addValue(null, label, Integer.toString(year));
			}
			for (ParticipationStatistics row : rows) {
				// the published statistics withhold every figure of a suppressed row, meetings included
				if (context.suppressed(row)) {
					suppressed.add(label + " " + row.year());
					continue;
				}
				dataset.setValue(row.meetings(), label, Integer.toString(row.year()));
				n += row.meetings();
			}
		}
		TreeMap<Integer, Set<String>> jointByYear = new TreeMap<>();
		for (JointMeetingComposition row : context.inputs().jointMeetings()) {
			jointByYear.computeIfAbsent(row.year(), (year) -> new LinkedHashSet<>()).add(row.sessionId());
		}
		if (!jointByYear.isEmpty()) {
			String label = context.groupLabel(GroupCatalog.JOINT);
			codes.add(GroupCatalog.JOINT);
			for (int year : years) {
				Set<String> ids = jointByYear.get(year);
				dataset.addValue((ids != null) ? ids.size() : 0, label, Integer.toString(year));
				n += (ids != null) ? ids.size() : 0;
			}
		}
		return new CategoryData(dataset, codes, suppressed, n);
	}

	/**
	 * A year's meetings: regular ones (summed over groups) and joint ones.
	 *
	 * @param year the year as the chart's column key
	 * @param regular regular network meetings
	 * @param joint joint meetings
	 */
	record YearTotal(String year, long regular, long joint) {
	}

	/**
	 * Each year's totals: from the year's {@link kr.seorona.analytics.stats.YearSummary} when
	 * computed, else added up from the chart's own bars.
	 */
	static List<YearTotal> totals(ChartContext context, CategoryData data) {
		List<YearTotal> totals = new ArrayList<>();
		int jointRow = data.seriesCodes().indexOf(GroupCatalog.JOINT);
		for (int column = 0; column < data.dataset().getColumnCount(); column++) {
			long regular = 0;
			long joint = 0;
			for (int row = 0; row < data.dataset().getRowCount(); row++) {
				Number value = data.dataset().getValue(row, column);
				if (value == null) {
					continue;
				}
				if (row == jointRow) {
					joint += value.longValue();
				}
				else {
					regular += value.longValue();
				}
			}
			String year = data.dataset().getColumnKey(column).toString();
			YearTotal added = new YearTotal(year, regular, joint);
			totals.add(context.inputs()
				.year(Integer.parseInt(year))
				.map((summary) -> new YearTotal(year, summary.regularMeetings(), summary.jointMeetings()))
				.orElse(added));
		}
		return totals;
	}

	static JFreeChart chart(CategoryData data, ChartContext context, int first, int last) {
		Messages messages = context.messages();
		WrappingCategoryAxis domain = new WrappingCategoryAxis(messages.get("chart.axis.year"), 80);
		domain.setCategoryMargin(CATEGORY_MARGIN);
		NumberAxis range = new NumberAxis(messages.get("chart.meetings.axis"));
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		range.setUpperMargin(0.22);
		BarRenderer renderer = new BarRenderer();
		renderer.setItemMargin(0.04);
		renderer.setMaximumBarWidth(0.06);
		SeriesStyle style = new SeriesStyle(context);
		style.fills(renderer, data.seriesCodes());
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				NumberFormat.getIntegerInstance(context.options().locale())));
		renderer.setDefaultItemLabelsVisible(true);
		CategoryPlot plot = new CategoryPlot(data.dataset(), domain, range, renderer);
		style.hatchedLegend(plot, data.seriesCodes());
		JFreeChart chart = new JFreeChart(messages.get("chart.meetings.title"), context.theme().font(10, true), plot,
				true);
		double yearWidth = PlotSpace.categoryPitch(context, data.dataset().getColumnCount(), CATEGORY_MARGIN);
		int topLines = 0;
		for (YearTotal total : totals(context, data)) {
			Object[] figures = { context.integer(total.regular() + total.joint()), context.integer(total.regular()),
					context.integer(total.joint()) };
			List<org.jfree.chart.plot.CategoryMarker> markers = TopLabel.markers(total.year(),
					messages.get("chart.meetings.total", figures),
					List.of(messages.get("chart.meetings.total.sum", figures),
							messages.get("chart.meetings.total.parts", figures)),
					yearWidth, context);
			markers.forEach((marker) -> plot.addDomainMarker(marker, Layer.FOREGROUND));
			topLines = Math.max(topLines, markers.size());
		}
		context.lateGroupsNote(first).ifPresent((note) -> ChartContext.note(chart, note));
		context.finish(chart, context.yearsText(first, last), messages.get("chart.meetings.n", context.integer(data.n())),
				data.suppressedCells());
		BarLabels.place(renderer, data.dataset(), context, CATEGORY_MARGIN, range, 1, TopLabel.height(topLines, context));
		return chart;
	}

}
