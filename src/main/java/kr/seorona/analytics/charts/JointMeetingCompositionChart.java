package kr.seorona.analytics.charts;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.stats.JointMeetingComposition;

/**
 * Chart 4: who came to each joint meeting: one horizontal bar per meeting (by date), stacked by
 * group, with each group's participant count. Counts, not shares, are drawn so that a suppressed
 * group's size cannot be read off a 100% bar. File: {@code <first-last>/joint-meeting-composition},
 * named after the run's years like the other charts over years.
 * <p>
 * At most the {@value #MAX_MEETINGS} latest joint meetings are drawn, as many as have room for
 * their labels ({@link #drawable}): pooled records of many offices hold thousands (27,000 in the 10M-row benchmark
 * data), which no reader can tell apart on one chart and whose labels alone outgrow a 1 GiB heap as
 * SVG. A note under the chart then says how many of how many it shows; the dataset keeps them all.
 */
final class JointMeetingCompositionChart implements CatalogChart {

	static final String NAME = ChartNames.JOINT_MEETING_COMPOSITION;

	/** The most meetings drawn: the latest ones. */
	static final int MAX_MEETINGS = 20;

	/** Wrapping width of the meeting labels, in points. */
	private static final double LABEL_WIDTH = 110;

	/** Room per meeting row, as a multiple of the base font size. */
	private static final double LABEL_LINE_HEIGHT = 1.3;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ChartFile> charts(ChartContext context) {
		List<JointMeetingComposition> rows = context.inputs().jointMeetings();
		if (rows.isEmpty()) {
			return List.of();
		}
		int first = rows.stream().mapToInt(JointMeetingComposition::year).min().getAsInt();
		int last = rows.stream().mapToInt(JointMeetingComposition::year).max().getAsInt();
		CategoryData data = dataset(context);
		// the run's range names the folder, like the other charts over years
		SortedSet<Integer> years = context.participationYears();
		years.add(first);
		years.add(last);
		return List.of(new ChartFile(ChartContext.folder(years.first(), years.last()), NAME,
				chart(data, context, first, last)));
	}

	/**
	 * Rows: groups in catalogue order; columns: meetings ordered by date then id, labelled by
	 * date (and id when two share a date); values: participants, none where suppressed.
	 */
	static CategoryData dataset(ChartContext context) {
		List<JointMeetingComposition> all = new ArrayList<>(context.inputs().jointMeetings());
		all.sort(java.util.Comparator.comparing(JointMeetingComposition::date)
			.thenComparing(JointMeetingComposition::sessionId));
		List<String> latest = all.stream().map(JointMeetingComposition::sessionId).distinct().toList();
		java.util.Set<String> drawn = new java.util.HashSet<>(
				latest.subList(Math.max(0, latest.size() - drawable(context)), latest.size()));
		List<JointMeetingComposition> rows = all.stream().filter((row) -> drawn.contains(row.sessionId())).toList();
		Map<java.time.LocalDate, java.util.Set<String>> meetingsByDate = new java.util.HashMap<>();
		rows.forEach((row) -> meetingsByDate.computeIfAbsent(row.date(), (d) -> new java.util.HashSet<>())
			.add(row.sessionId()));
		Map<String, String> meetingLabels = new LinkedHashMap<>();
		for (JointMeetingComposition row : rows) {
			meetingLabels.computeIfAbsent(row.sessionId(), (id) -> {
				String date = context.date(row.date());
				boolean shared = meetingsByDate.get(row.date()).size() > 1;
				return shared ? date + " (" + id + ")" : date;
			});
		}
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<String> codes = new ArrayList<>();
		List<String> suppressed = new ArrayList<>();
		long n = 0;
		for (Group group : context.inputs().groups().groups()) {
			List<JointMeetingComposition> cells = rows.stream()
				.filter((row) -> row.groupCode().equals(group.code()))
				.toList();
			if (cells.isEmpty()) {
				continue;
			}
			String label = context.groupLabel(group.code());
			codes.add(group.code());
			meetingLabels.values().forEach((meeting) -> dataset.addValue(null, label, meeting));
			for (JointMeetingComposition cell : cells) {
				String meeting = meetingLabels.get(cell.sessionId());
				if (context.suppressed(cell)) {
					suppressed.add(meeting + " " + label);
				}
				else {
					dataset.setValue(cell.participants(), label, meeting);
					n += cell.participants();
				}
			}
		}
		return new CategoryData(dataset, codes, suppressed, n);
	}

	/**
	 * The most meetings drawn: {@value #MAX_MEETINGS}, or fewer when the plot has no room for that
	 * many labels on one line each (about 18 on the default 16 x 10 cm chart).
	 */
	static int drawable(ChartContext context) {
		double rows = PlotSpace.dataAreaHeight(context, 1) / (LABEL_LINE_HEIGHT * ChartTheme.BASE_SIZE);
		return (int) Math.max(1, Math.min(MAX_MEETINGS, Math.floor(rows)));
	}

	static JFreeChart chart(CategoryData data, ChartContext context, int first, int last) {
		Messages messages = context.messages();
		// wide enough for "2022-11-25 (SES-2022-178535)" on one line
		WrappingCategoryAxis domain = new WrappingCategoryAxis(null, LABEL_WIDTH);
		domain.setCategoryMargin(0.3);
		NumberAxis range = new NumberAxis(messages.get("chart.joint.axis"));
		range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		range.setUpperMargin(data.suppressedCells().isEmpty() ? 0.05 : 0.25);
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setMaximumBarWidth(0.12);
		SeriesStyle style = new SeriesStyle(context);
		style.fills(renderer, data.seriesCodes());
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				NumberFormat.getIntegerInstance(context.options().locale())));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
		CategoryPlot plot = new CategoryPlot(data.dataset(), domain, range, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		style.hatchedLegend(plot, data.seriesCodes());
		JFreeChart chart = new JFreeChart(messages.get("chart.joint.title"), context.theme().font(10, true), plot, true);
		suppressedLabels(data, context).forEach(plot::addAnnotation);
		long held = context.inputs().jointMeetings().stream().map(JointMeetingComposition::sessionId).distinct().count();
		if (held > data.dataset().getColumnCount()) {
			ChartContext.note(chart, messages.get("chart.joint.latest", context.integer(data.dataset().getColumnCount()),
					context.integer(held), DatasetCatalog.JOINT_MEETINGS.name()));
		}
		context.finish(chart, context.yearsText(first, last), messages.get("chart.joint.n", context.integer(data.n())),
				data.suppressedCells());
		for (int i = 0; i < data.seriesCodes().size(); i++) {
			renderer.setSeriesItemLabelPaint(i, readableOn(context.groupColor(data.seriesCodes().get(i))));
		}
		return chart;
	}

	/**
	 * After each meeting's bar, in grey: the groups whose counts are withheld there ("suppressed:
	 * administrative directors"), so that a shorter bar is not read as their absence.
	 */
	static List<CategoryTextAnnotation> suppressedLabels(CategoryData data, ChartContext context) {
		Map<String, List<String>> byMeeting = new LinkedHashMap<>();
		for (String cell : data.suppressedCells()) {
			for (Object key : data.dataset().getColumnKeys()) {
				String meeting = key.toString();
				if (cell.startsWith(meeting + " ")) {
					byMeeting.computeIfAbsent(meeting, (m) -> new ArrayList<>()).add(cell.substring(meeting.length() + 1));
				}
			}
		}
		List<CategoryTextAnnotation> labels = new ArrayList<>();
		byMeeting.forEach((meeting, groups) -> {
			double drawn = 0;
			for (int row = 0; row < data.dataset().getRowCount(); row++) {
				Number value = data.dataset().getValue(data.dataset().getRowKey(row), meeting);
				drawn += (value != null) ? value.doubleValue() : 0;
			}
			CategoryTextAnnotation label = new CategoryTextAnnotation(
					"  " + context.messages().get("chart.suppressed.mark", String.join(", ", groups)), meeting, drawn);
			label.setFont(context.theme().font(ChartTheme.BASE_SIZE - 2f, false));
			label.setPaint(SuppressedMarks.INK);
			label.setTextAnchor(TextAnchor.CENTER_LEFT);
			labels.add(label);
		});
		return labels;
	}

	/** Black or white, whichever reads better on the colour (relative luminance). */
	static Color readableOn(Color background) {
		double luminance = (0.2126 * background.getRed() + 0.7152 * background.getGreen()
				+ 0.0722 * background.getBlue()) / 255;
		return (luminance > 0.5) ? ChartTheme.TEXT : Color.WHITE;
	}

}
