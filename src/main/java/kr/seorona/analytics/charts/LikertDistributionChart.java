package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.stats.SurveyItemStatistics;

/**
 * Chart 6: distribution of the answers to each survey item over all groups, as diverging stacked
 * bars centred on the neutral answer: disagreement to the left, agreement to the right, the
 * neutral share split across the centre line. All five answer categories are always present, in
 * the fixed order 1..5 with fixed colours (ColorBrewer PuOr, colour-blind safe), also when a
 * category is empty. One chart per survey year: {@code <year>/likert-distribution}. Uses the
 * {@code ALL} rows; without them, the groups' shares weighted by n. An item with fewer than k
 * answers is not drawn and is marked as suppressed.
 */
final class LikertDistributionChart implements CatalogChart {

	static final String NAME = "likert-distribution";

	/** Colours of answers 1..5. */
	static final List<Color> COLORS = List.of(new Color(0xB35806), new Color(0xF1A340), new Color(0xBDBDBD),
			new Color(0x998EC3), new Color(0x542788));

	/** Answer of each dataset row: the neutral answer is split into a left and a right half. */
	static final int[] ROW_ANSWERS = { 3, 2, 1, 3, 4, 5 };

	/** Row keys, in stacking order (negative side from the centre outwards, then positive). */
	static final List<String> ROW_KEYS = List.of("3-", "2", "1", "3+", "4", "5");

	/**
	 * @param dataset rows {@link #ROW_KEYS}, columns item labels with n; values percent, negative
	 * for disagreement; a suppressed item has no values
	 * @param suppressedItems labels of withheld items
	 * @param n respondents the subtitle reports
	 */
	record Data(DefaultCategoryDataset dataset, List<String> suppressedItems, long n) {
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
			n = Math.max(n, distribution.n());
		}
		return new Data(dataset, suppressed, n);
	}

	/** Shares of answers 1..5 and n, or {@code null} when withheld or empty. */
	record Distribution(double[] shares, long n) {
	}

	private static Distribution distribution(ChartContext context, List<SurveyItemStatistics> rows) {
		for (SurveyItemStatistics row : rows) {
			if (ChartContext.ALL.equals(row.groupCode())) {
				if (context.suppressed(row) || row.share1() == null) {
					return null;
				}
				return new Distribution(shares(row), row.n());
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
		return new Distribution(sums, n);
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
			LegendItem item = new LegendItem(context.messages().get("chart.likert.answer." + answer), null, null, null,
					new Rectangle2D.Double(-3, -3, 6, 6), COLORS.get(answer - 1));
			item.setLabelFont(context.theme().font(ChartTheme.BASE_SIZE, false));
			item.setLabelPaint(ChartTheme.TEXT);
			legend.add(item);
		}
		return legend;
	}

	static JFreeChart chart(Data data, ChartContext context, int year) {
		Messages messages = context.messages();
		WrappingCategoryAxis domain = new WrappingCategoryAxis(null, 95);
		domain.setCategoryMargin(0.25);
		NumberAxis range = new NumberAxis(messages.get("chart.likert.axis"));
		range.setRange(-100, 100);
		range.setTickUnit(new NumberTickUnit(25));
		range.setNumberFormatOverride(new AbsolutePercentFormat(context.options().locale()));
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setMaximumBarWidth(0.1);
		for (int row = 0; row < ROW_KEYS.size(); row++) {
			Paint paint = COLORS.get(ROW_ANSWERS[row] - 1);
			renderer.setSeriesPaint(row, paint);
			renderer.setSeriesItemLabelPaint(row,
					JointMeetingCompositionChart.readableOn(COLORS.get(ROW_ANSWERS[row] - 1)));
		}
		renderer.setDefaultItemLabelGenerator(new ShareLabels());
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
		context.finish(chart, context.yearsText(year, year), messages.get("chart.means.n", context.integer(data.n())),
				data.suppressedItems());
		for (int row = 0; row < ROW_KEYS.size(); row++) {
			renderer.setSeriesItemLabelPaint(row,
					JointMeetingCompositionChart.readableOn(COLORS.get(ROW_ANSWERS[row] - 1)));
		}
		renderer.setDefaultItemLabelFont(context.theme().font(ChartTheme.BASE_SIZE - 1.5f, false));
		return chart;
	}

	/**
	 * Labels each segment with its answer's whole share in percent; the neutral share is labelled
	 * once, on its right half; segments under 4% stay unlabelled.
	 */
	static final class ShareLabels implements CategoryItemLabelGenerator, java.io.Serializable {

		private static final long serialVersionUID = 1L;

		@Override
		public String generateRowLabel(CategoryDataset dataset, int row) {
			return dataset.getRowKey(row).toString();
		}

		@Override
		public String generateColumnLabel(CategoryDataset dataset, int column) {
			return dataset.getColumnKey(column).toString();
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Number value = dataset.getValue(row, column);
			if (value == null || row == 0) {
				return null;
			}
			double percent = Math.abs(value.doubleValue()) * ((ROW_ANSWERS[row] == 3) ? 2 : 1);
			return (percent < 4) ? null : String.format(Locale.ROOT, "%.0f%%", percent);
		}

	}

	/** Tick labels of the diverging axis: the absolute value with a percent sign. */
	static final class AbsolutePercentFormat extends NumberFormat {

		private static final long serialVersionUID = 1L;

		private final NumberFormat integer;

		AbsolutePercentFormat(Locale locale) {
			this.integer = NumberFormat.getIntegerInstance(locale);
		}

		@Override
		public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
			return toAppendTo.append(this.integer.format(Math.abs(number))).append('%');
		}

		@Override
		public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
			return format((double) number, toAppendTo, pos);
		}

		@Override
		public Number parse(String source, ParsePosition parsePosition) {
			return this.integer.parse(source.replace("%", ""), parsePosition);
		}

	}

}
