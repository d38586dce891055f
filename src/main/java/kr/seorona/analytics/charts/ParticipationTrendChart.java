package kr.seorona.analytics.charts;

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
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.ParticipationTrend;

/**
 * Chart 2: participation (attendances, i.e. person-meetings at regular meetings) by group over the
 * years, one line per group, each with its own marker and dash pattern, named directly at its end.
 * Under a group's name: its average annual growth when the linear trend is estimable (three years
 * or more) and significant (two-sided p of the OLS slope &lt; {@value #ALPHA}), with p; "trend
 * not significant" with p otherwise; nothing with fewer than three years or a suppressed year (whose
 * figure the rate would reveal). Years with joint meetings (which these counts do not include)
 * carry a labelled ※ mark at the top (* in English; not a diamond, which marks a series). A
 * suppressed year is a gap with a grey "suppressed" mark, named in the note. File:
 * {@code <first-last>/participation-trend}.
 */
final class ParticipationTrendChart implements CatalogChart {

	static final String NAME = "participation-trend";

	static final String INDICATOR = "attendances";

	/** Significance level of the trend test. */
	static final double ALPHA = 0.05;

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
	 * What the trend test says about a group, for the line's end label: the growth rate with p when
	 * significant, "trend not significant" with p when not, {@code null} when not estimable or a year is
	 * suppressed.
	 */
	static String trendText(ChartContext context, String groupCode) {
		if (context.participationOf(groupCode).stream().anyMatch(context::suppressed)) {
			return null;
		}
		Optional<ParticipationTrend> trend = context.inputs().trends().stream()
			.filter((row) -> row.groupCode().equals(groupCode) && INDICATOR.equals(row.indicator()))
			.filter((row) -> row.estimable() && row.slopePValue() != null)
			.findFirst();
		if (trend.isEmpty()) {
			return null;
		}
		double p = trend.get().slopePValue();
		Double rate = trend.get().compoundAnnualGrowthRate();
		Messages messages = context.messages();
		if (p < ALPHA && rate != null && Double.isFinite(rate)) {
			return messages.get("chart.trend.growth", String.format(Locale.ROOT, "%+.1f%%", rate * 100), pValue(p));
		}
		return messages.get("chart.trend.none", pValue(p));
	}

	/** {@code p = 0.04}, {@code p = 0.008}, {@code p < 0.001}. */
	static String pValue(double p) {
		if (p < 0.001) {
			return "p < 0.001";
		}
		return "p = " + String.format(Locale.ROOT, (p < 0.01) ? "%.3f" : "%.2f", p);
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
					trendText(context, code)));
		}
		plot.addAnnotation(new EndLabels(labels, context.theme().font(ChartTheme.BASE_SIZE - 0.5f, true),
				context.theme().font(ChartTheme.BASE_SIZE - 1.5f, false)));
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
		return new SuppressedMarks(marks, context.theme().font(ChartTheme.BASE_SIZE - 1.5f, false), 0);
	}

}
