package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Chart 6: distribution of the answers to each survey item over all groups, as diverging stacked
 * bars centred on the neutral answer: disagreement to the left, agreement to the right, the
 * neutral share split across the centre line. All five answer categories are always present, in
 * the fixed order 1..5 with fixed colours (ColorBrewer PuOr, colour-blind safe) and fill patterns
 * ({@link #HATCHES}, also in the legend), also when a category is empty. Because each side carries
 * half the neutral answers, a bar's ends on the axis are not the disagreeing and agreeing shares:
 * those are printed at the ends ({@link LikertSideLabels}, one decimal as in the report), a note
 * says so, and the axis title says the neutral is split at 0. One chart per survey year: {@code <year>/likert-distribution}. Uses the
 * {@code ALL} rows; without them, the groups' shares weighted by n. An item with fewer than k
 * answers is not drawn: a grey "suppressed" mark stands on its centre line. The value axis spans the
 * data and the end labels (rounded out to 10%, {@link LikertAxis}), not a fixed ±100%. The subtitle's n is the year's respondents
 * ({@link YearSummary#surveyRespondents()}), each item's label its own answers.
 */
final class LikertDistributionChart implements CatalogChart {

	static final String NAME = ChartNames.LIKERT_DISTRIBUTION;

	/** Colours of answers 1..5. */
	static final List<Color> COLORS = List.of(new Color(0xB35806), new Color(0xF1A340), new Color(0xBDBDBD),
			new Color(0x998EC3), new Color(0x542788));

	/**
	 * Fill patterns of answers 1..5, for black-and-white print: falling lines on the disagreeing
	 * side (crossed for the strongest), none for neutral, rising lines and then vertical ones on the
	 * agreeing side.
	 */
	static final List<Hatch> HATCHES = List.of(Hatch.CROSS, Hatch.DOWN, Hatch.NONE, Hatch.UP, Hatch.VERTICAL);

	/** Answer of each dataset row: the neutral answer is split into a left and a right half. */
	static final int[] ROW_ANSWERS = { 3, 2, 1, 3, 4, 5 };

	/** Row keys, in stacking order (negative side from the centre outwards, then positive). */
	static final List<String> ROW_KEYS = List.of("3-", "2", "1", "3+", "4", "5");

	/**
	 * @param dataset rows {@link #ROW_KEYS}, columns item labels with n; values percent, negative
	 * for disagreement; a suppressed item has no values
	 * @param suppressedItems labels of withheld items
	 * @param n respondents the subtitle reports
	 * @param sides the disagreeing and agreeing shares of each drawn item, by column key
	 */
	record Data(DefaultCategoryDataset dataset, List<String> suppressedItems, long n,
			Map<Comparable<?>, LikertSideLabels.Sides> sides) {
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
		SortedSet<Integer> years = SurveyMeansChart.surveyYears(context);
		for (int year : years) {
			Data data = dataset(context, year);
			if (data.n() > 0) {
				files.add(new ChartFile(Integer.toString(year), NAME, chart(data, context, year)));
			}
		}
		return files;
	}

	static Data dataset(ChartContext context, int year) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<String> suppressed = new ArrayList<>();
		Map<Comparable<?>, LikertSideLabels.Sides> sides = new LinkedHashMap<>();
		long n = 0;
		for (SurveyItem item : context.inputs().survey().items()) {
			List<SurveyItemStatistics> rows = context.inputs().surveyItems().stream()
				.filter((row) -> row.year() == year && row.itemCode().equals(item.code()))
				.toList();
			if (rows.isEmpty()) {
				continue;
			}
			Distribution distribution = distribution(context, rows);
			String label = item.label(context.options().locale());
			if (distribution == null) {
				String column = context.messages().get("chart.likert.suppressed.item", label);
				suppressed.add(label);
				ROW_KEYS.forEach((key) -> dataset.addValue(null, key, column));
				continue;
			}
			String column = context.messages().get("chart.likert.item", label, context.integer(distribution.n()));
			double[] shares = distribution.shares();
			for (int row = 0; row < ROW_KEYS.size(); row++) {
				int answer = ROW_ANSWERS[row];
				double percent = 100 * shares[answer - 1] * ((answer == 3) ? 0.5 : 1.0);
				boolean negative = answer < 3 || row == 0;
				dataset.addValue(negative ? -percent : percent, ROW_KEYS.get(row), column);
			}
			sides.put(column, new LikertSideLabels.Sides(shares[0] + shares[1], distribution.positive()));
			n = Math.max(n, distribution.n());
		}
		long respondents = n;
		return new Data(dataset, suppressed,
				context.inputs().year(year).map(YearSummary::surveyRespondents).orElse(respondents), sides);
	}

	/**
	 * Shares of answers 1..5, n, and the share of 4 and 5 (the published top-two box where there is
	 * one, so that the chart prints the report's figure), or {@code null} when withheld or empty.
	 */
	record Distribution(double[] shares, long n, double positive) {
	}

	private static Distribution distribution(ChartContext context, List<SurveyItemStatistics> rows) {
		for (SurveyItemStatistics row : rows) {
			if (ChartContext.ALL.equals(row.groupCode())) {
				if (context.suppressed(row) || row.share1() == null) {
					return null;
				}
				double[] shares = shares(row);
				return new Distribution(shares, row.n(),
						(row.topTwoBox() != null) ? row.topTwoBox() : shares[3] + shares[4]);
			}
		}
		double[] sums = new double[5];
		long n = 0;
		for (SurveyItemStatistics row : rows) {
			if (row.share1() == null) {
				continue;
			}
			double[] shares = shares(row);
			for (int a = 0; a < 5; a++) {
				sums[a] += shares[a] * row.n();
			}
			n += row.n();
		}
		if (n < context.k()) {
			return null;
		}
		for (int a = 0; a < 5; a++) {
			sums[a] /= n;
		}
		return new Distribution(sums, n, sums[3] + sums[4]);
	}

	private static double[] shares(SurveyItemStatistics row) {
		return new double[] { value(row.share1()), value(row.share2()), value(row.share3()), value(row.share4()),
				value(row.share5()) };
	}

	private static double value(Double share) {
		return (share != null) ? share : 0.0;
	}

	/** The legend: answers 1..5 in order with their colours, whatever the data. */
	static LegendItemCollection legend(ChartContext context) {
		LegendItemCollection legend = new LegendItemCollection();
		for (int answer = 1; answer <= 5; answer++) {
			LegendItem item = new LegendItem(answerLabel(context, answer), null, null, null,
					new Rectangle2D.Double(-3.5, -3.5, 7, 7), COLORS.get(answer - 1));
			HATCHES.get(answer - 1).decorate(item, COLORS.get(answer - 1));
			item.setLabelFont(context.theme().font(ChartTheme.BASE_SIZE, false));
			item.setLabelPaint(ChartTheme.TEXT);
			legend.add(item);
		}
		return legend;
	}

	/** An answer's label from {@code survey.yml}, in the chart's language. */
	private static String answerLabel(ChartContext context, int answer) {
		return context.inputs().survey().answer(answer).label(context.options().locale());
	}

	static JFreeChart chart(Data data, ChartContext context, int year) {
		Messages messages = context.messages();
		WrappingCategoryAxis domain = new WrappingCategoryAxis(null, LikertAxis.CATEGORY_LABEL_WIDTH);
		domain.setCategoryMargin(0.25);
		NumberAxis range = new NumberAxis(messages.get("chart.likert.axis", answerLabel(context, 3)));
		LikertSideLabels sideLabels = new LikertSideLabels(data.sides(),
				context.theme().font(ChartTheme.BASE_SIZE - 1f, true));
		double[] extent = LikertAxis.extent(data.dataset(), sideLabels, context);
		range.setRange(extent[0], extent[1]);
		range.setTickUnit(new NumberTickUnit((extent[1] - extent[0] > 100) ? 20 : 10));
		range.setNumberFormatOverride(new AbsolutePercentFormat(context.options().locale()));
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setMaximumBarWidth(0.1);
		List<Hatch> hatches = new ArrayList<>();
		for (int row = 0; row < ROW_KEYS.size(); row++) {
			renderer.setSeriesPaint(row, COLORS.get(ROW_ANSWERS[row] - 1));
			hatches.add(HATCHES.get(ROW_ANSWERS[row] - 1));
		}
		renderer.setBarPainter(new HatchedBarPainter(hatches));
		renderer.setDefaultItemLabelGenerator(new LikertShareLabels());
		renderer.setDefaultItemLabelsVisible(true);
		ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
		renderer.setDefaultPositiveItemLabelPosition(centre);
		renderer.setDefaultNegativeItemLabelPosition(centre);
		CategoryPlot plot = new CategoryPlot(data.dataset(), domain, range, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.setRangeZeroBaselineVisible(true);
		plot.setRangeZeroBaselinePaint(ChartTheme.AXIS_LINE);
		plot.setRangeZeroBaselineStroke(new BasicStroke(0.6f));
		plot.setFixedLegendItems(legend(context));
		JFreeChart chart = new JFreeChart(messages.get("chart.likert.title"), context.theme().font(10, true), plot,
				true);
		List<SuppressedMarks.Mark> marks = new ArrayList<>();
		for (int column = 0; column < data.dataset().getColumnCount(); column++) {
			if (data.dataset().getValue(0, column) == null) {
				marks.add(new SuppressedMarks.Mark(data.dataset().getColumnKey(column), null,
						messages.get("chart.suppressed.label")));
			}
		}
		plot.addAnnotation(new SuppressedMarks(marks, context.theme().font(ChartTheme.BASE_SIZE - 2f, false), 0));
		plot.addAnnotation(sideLabels);
		ChartContext.note(chart, messages.get("chart.likert.sides.note", answerLabel(context, 1), answerLabel(context, 2),
				answerLabel(context, 3), answerLabel(context, 4), answerLabel(context, 5)));
		context.finish(chart, context.yearsText(year, year), messages.get("chart.means.n", context.integer(data.n())),
				data.suppressedItems());
		for (int row = 0; row < ROW_KEYS.size(); row++) {
			renderer.setSeriesItemLabelPaint(row,
					JointMeetingCompositionChart.readableOn(COLORS.get(ROW_ANSWERS[row] - 1)));
		}
		renderer.setDefaultItemLabelFont(context.theme().font(ChartTheme.BASE_SIZE - 2f, false));
		return chart;
	}

}
