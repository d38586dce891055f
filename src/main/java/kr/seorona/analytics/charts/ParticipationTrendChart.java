package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.ParticipationTrend;

/**
 * Chart 2: participation (attendances, i.e. person-meetings at regular meetings) by group over the
 * years, one line per group; each year with joint meetings is marked by a dashed line labelled
 * with their number. A group's legend entry carries its compound annual growth rate when the
 * trend is estimable and none of its years is suppressed. Suppressed years are gaps in the line,
 * named in a note. File: {@code <first-last>/participation-trend}.
 */
final class ParticipationTrendChart implements CatalogChart {

	static final String NAME = "participation-trend";

	static final String INDICATOR = "attendances";

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
	 * Rows: the groups with data in catalogue order (label, plus growth rate when shown); columns:
	 * years as text; values: attendances, none where suppressed or absent.
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
			boolean anySuppressed = rows.stream().anyMatch(context::suppressed);
			String label = seriesLabel(context, group.code(), anySuppressed);
			codes.add(group.code());
			for (int year : years) {
				dataset.addValue(null, label, Integer.toString(year));
			}
			for (ParticipationStatistics row : rows) {
				if (context.suppressed(row)) {
					suppressed.add(context.groupLabel(row.groupCode()) + " " + row.year());
				}
				else {
					dataset.setValue(row.attendances(), label, Integer.toString(row.year()));
					n += row.attendances();
				}
			}
		}
		return new CategoryData(dataset, codes, suppressed, n);
	}

	private static String seriesLabel(ChartContext context, String groupCode, boolean anySuppressed) {
		String label = context.groupLabel(groupCode);
		if (anySuppressed) {
			return label;
		}
		Optional<Double> growth = context.inputs().trends().stream()
			.filter((trend) -> trend.groupCode().equals(groupCode) && INDICATOR.equals(trend.indicator()))
			.filter(ParticipationTrend::estimable)
			.map(ParticipationTrend::compoundAnnualGrowthRate)
			.filter((rate) -> rate != null && Double.isFinite(rate))
			.findFirst();
		return growth
			.map((rate) -> context.messages().get("chart.trend.growth", label,
					String.format(Locale.ROOT, "%+.1f%%", rate * 100)))
			.orElse(label);
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
		domain.setUpperMargin(0.04);
		NumberAxis range = new NumberAxis(messages.get("chart.trend.axis"));
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		range.setUpperMargin(0.15);
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
		for (int i = 0; i < data.seriesCodes().size(); i++) {
			renderer.setSeriesPaint(i, context.groupColor(data.seriesCodes().get(i)));
			renderer.setSeriesStroke(i, new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			renderer.setSeriesShape(i, new Ellipse2D.Double(-2, -2, 4, 4));
		}
		CategoryPlot plot = new CategoryPlot(data.dataset(), domain, range, renderer);
		JFreeChart chart = new JFreeChart(messages.get("chart.trend.title"), context.theme().font(10, true), plot,
				true);
		context.finish(chart, context.yearsText(first, last), messages.get("chart.trend.n", context.integer(data.n())),
				data.suppressedCells());
		jointMeetings.forEach((year, count) -> {
			String key = Integer.toString(year);
			if (data.dataset().getColumnIndex(key) < 0) {
				return;
			}
			CategoryMarker marker = new CategoryMarker(key, ChartContext.ALL_COLOR, new BasicStroke(0.6f,
					BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 2f, 2f }, 0f));
			marker.setDrawAsLine(true);
			marker.setLabel(messages.get("chart.trend.joint", count));
			marker.setLabelFont(context.theme().font(ChartTheme.BASE_SIZE - 1f, false));
			marker.setLabelPaint(ChartTheme.MUTED_TEXT);
			marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
			marker.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
			plot.addDomainMarker(marker, Layer.BACKGROUND);
		});
		return chart;
	}

}
