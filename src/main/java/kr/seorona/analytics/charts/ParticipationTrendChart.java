package kr.seorona.analytics.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * Chart 2: participation (attendances, i.e. person-meetings at regular meetings) by group over the
 * years, one line per group, each with its own marker and dash pattern, named directly at its end.
 * Under a group's name: its first and last drawn figures with the change in percent
 * ({@code 157→284명 (+80.9%)}), with the year it starts from when that is not the chart's first
 * year. These are complete counts of all participants, not a sample, so the chart states the
 * change plainly and shows no significance test (a trend test over four years is "not significant"
 * even for an 80% rise, which a reader takes for "no increase"; the tests are in the
 * {@code participation_trends} dataset). Years with joint meetings (which these counts do not
 * include) carry a labelled ※ mark at the top (* in English; not a diamond, which marks a series). A
 * suppressed year is a gap with a grey "suppressed" mark, named in the note; the change is between
 * published figures only. File: {@code <first-last>/participation-trend}.
 */
final class ParticipationTrendChart implements CatalogChart {

	static final String NAME = ChartNames.PARTICIPATION_TREND;

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
				chart(data, jointMeetingsByYear(context), context, years.first(), years.last())));
	}

	/**
	 * Rows: the groups with data in catalogue order (labels); columns: years as text; values:
	 * attendances, none where suppressed or absent.
	 */
	static CategoryData dataset(ChartContext context) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<String> codes = new ArrayList<>();
		List<String> suppressed = new ArrayList<>();
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
				dataset.addValue(null, label, Integer.toString(year));
			}
			for (ParticipationStatistics row : rows) {
				if (context.suppressed(row)) {
					suppressed.add(label + " " + row.year());
				}
				else {
					dataset.setValue(row.attendances(), label, Integer.toString(row.year()));
					n += row.attendances();
				}
			}
		}
		return new CategoryData(dataset, codes, suppressed, n);
	}

	/**
	 * The change of a group's line, for its end label: its first and last drawn figures and the
	 * change in percent ({@code 157→284명 (+80.9%)}); from the first drawn year
	 * ({@code 2020학년도부터 ...}) when the line starts after the chart's first year; without percent
	 * when the first figure is 0; {@code null} with fewer than two drawn figures. Only published
	 * (drawn) figures are used, so a suppressed year reveals nothing.
	 */
	static String changeText(ChartContext context, CategoryDataset dataset, Comparable<?> rowKey) {
		int row = dataset.getRowIndex(rowKey);
		int first = -1;
		int last = -1;
		for (int column = 0; column < dataset.getColumnCount(); column++) {
			if (dataset.getValue(row, column) != null) {
				first = (first < 0) ? column : first;
				last = column;
			}
		}
		if (first < 0 || first == last) {
			return null;
		}
		long from = dataset.getValue(row, first).longValue();
		long to = dataset.getValue(row, last).longValue();
		Object[] args = { context.integer(from), context.integer(to), percentChange(from, to),
				Integer.valueOf(dataset.getColumnKey(first).toString()) };
		String key = (from == 0) ? "chart.trend.change.plain" : "chart.trend.change";
		return context.messages().get((first == 0) ? key : key + ".since", args);
	}

	/** {@code +80.9%}, {@code -12.0%}, {@code 0.0%}: one decimal, half up, as the report writes shares. */
	static String percentChange(long from, long to) {
		if (from == 0) {
			return "";
		}
		BigDecimal percent = BigDecimal.valueOf(to - from)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(from), 1, RoundingMode.HALF_UP);
		return ((percent.signum() > 0) ? "+" : "") + percent.toPlainString() + "%";
	}

	/** Number of distinct joint meetings per year. */
	static TreeMap<Integer, Integer> jointMeetingsByYear(ChartContext context) {
		TreeMap<Integer, Set<String>> ids = new TreeMap<>();
		for (JointMeetingComposition row : context.inputs().jointMeetings()) {
			ids.computeIfAbsent(row.year(), (year) -> new LinkedHashSet<>()).add(row.sessionId());
		}
		TreeMap<Integer, Integer> counts = new TreeMap<>();
		ids.forEach((year, set) -> counts.put(year, set.size()));
		return counts;
	}

	static JFreeChart chart(CategoryData data, TreeMap<Integer, Integer> jointMeetings, ChartContext context,
			int first, int last) {
		Messages messages = context.messages();
		WrappingCategoryAxis domain = new WrappingCategoryAxis(messages.get("chart.axis.year"), 80);
		domain.setLowerMargin(0.04);
		domain.setUpperMargin(0.30);
		NumberAxis range = new NumberAxis(messages.get("chart.trend.axis"));
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		range.setUpperMargin(0.15);
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		SeriesStyle style = new SeriesStyle(context);
		style.lines(renderer, data.seriesCodes());
		CategoryPlot plot = new CategoryPlot(data.dataset(), domain, range, renderer);
		JFreeChart chart = new JFreeChart(messages.get("chart.trend.title"), context.theme().font(10, true), plot,
				false);
		List<EndLabels.Label> labels = new ArrayList<>();
		for (int i = 0; i < data.seriesCodes().size(); i++) {
			String code = data.seriesCodes().get(i);
			labels.add(new EndLabels.Label(data.dataset().getRowKey(i), context.groupLabel(code),
					changeText(context, data.dataset(), data.dataset().getRowKey(i))));
		}
		plot.addAnnotation(new EndLabels(labels, context.theme().font(ChartTheme.BASE_SIZE - 1f, true),
				context.theme().font(ChartTheme.BASE_SIZE - 2f, false)));
		plot.addAnnotation(suppressedMarks(context));
		ChartContext.note(chart, messages.get("chart.trend.note"));
		if (!jointMeetings.isEmpty()) {
			ChartContext.note(chart, messages.get("chart.trend.joint.note"));
		}
		context.finish(chart, context.yearsText(first, last), messages.get("chart.trend.n", context.integer(data.n())),
				data.suppressedCells());
		jointMeetings.forEach((year, count) -> {
			String key = Integer.toString(year);
			if (data.dataset().getColumnIndex(key) < 0) {
				return;
			}
			// no line, no band: a labelled mark at the top, unlike a reference line
			plot.addDomainMarker(TopLabel.marker(key, messages.get("chart.trend.joint", count), context),
					Layer.FOREGROUND);
		});
		return chart;
	}

	/** A grey mark at the foot of each year with suppressed groups, naming them. */
	private static SuppressedMarks suppressedMarks(ChartContext context) {
		TreeMap<Integer, List<String>> byYear = new TreeMap<>();
		for (ParticipationStatistics row : context.inputs().participation()) {
			if (context.suppressed(row)) {
				byYear.computeIfAbsent(row.year(), (year) -> new ArrayList<>()).add(context.groupLabel(row.groupCode()));
			}
		}
		List<SuppressedMarks.Mark> marks = new ArrayList<>();
		byYear.forEach((year, groups) -> marks.add(new SuppressedMarks.Mark(Integer.toString(year), null,
				context.messages().get("chart.suppressed.mark", String.join(", ", groups)))));
		return new SuppressedMarks(marks, context.theme().font(ChartTheme.BASE_SIZE - 2f, false), 0);
	}

}
