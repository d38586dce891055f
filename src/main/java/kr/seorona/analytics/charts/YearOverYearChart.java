package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * Chart 7: change from the previous year by group (rows) and indicator (columns), as a heat map
 * that reads like a table: each cell shows the change, blue for growth, orange for decline, deeper
 * for larger changes (saturating at ±100%). Indicators: meetings, attendances and distinct
 * participants in percent, participation rate in percentage points. Cells of people counts where
 * this or the previous year is suppressed show "suppressed"; cells without a previous year show a
 * dash. One chart per year that has a previous year: {@code <year>/year-over-year}.
 */
final class YearOverYearChart implements CatalogChart {

	static final String NAME = "year-over-year";

	static final List<String> INDICATORS = List.of("meetings", "attendances", "distinctParticipants",
			"participationRate");

	static final Color GROWTH = new Color(0x2C7BB6);

	static final Color DECLINE = new Color(0xE66101);

	static final Color NO_CHANGE = new Color(0xF7, 0xF7, 0xF7);

	/** What a cell shows. */
	enum CellState {
		VALUE, SUPPRESSED, NO_PREVIOUS
	}

	/**
	 * One cell.
	 *
	 * @param row row index (group, top = 0)
	 * @param column column index (indicator)
	 * @param state what the cell shows
	 * @param change percent change, or percentage points for the participation rate; null unless
	 * {@code state} is VALUE
	 * @param text the cell's text
	 */
	record Cell(int row, int column, CellState state, Double change, String text) {
	}

	/**
	 * @param groupCodes rows, in catalogue order
	 * @param cells every cell of the table
	 * @param suppressedCells withheld cells for the note
	 */
	record Data(List<String> groupCodes, List<Cell> cells, List<String> suppressedCells) {
	}

	@Override
	public List<ChartFile> charts(ChartContext context) {
		SortedSet<Integer> years = context.participationYears();
		List<ChartFile> files = new ArrayList<>();
		for (int year : years) {
			if (!years.contains(year - 1)) {
				continue;
			}
			Data data = dataset(context, year);
			if (!data.cells().isEmpty()) {
				files.add(new ChartFile(Integer.toString(year), NAME, chart(data, context, year)));
			}
		}
		return files;
	}

	static Data dataset(ChartContext context, int year) {
		List<String> codes = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		List<String> suppressed = new ArrayList<>();
		Messages messages = context.messages();
		for (Group group : context.inputs().groups().groups()) {
			Optional<ParticipationStatistics> current = find(context, group.code(), year);
			if (current.isEmpty()) {
				continue;
			}
			int row = codes.size();
			codes.add(group.code());
			Optional<ParticipationStatistics> previous = find(context, group.code(), year - 1);
			for (int column = 0; column < INDICATORS.size(); column++) {
				String indicator = INDICATORS.get(column);
				if (previous.isEmpty()) {
					cells.add(new Cell(row, column, CellState.NO_PREVIOUS, null, "–"));
					continue;
				}
				// the published statistics withhold every figure of a suppressed row, meetings included
				if (context.suppressed(current.get()) || context.suppressed(previous.get())) {
					cells.add(new Cell(row, column, CellState.SUPPRESSED, null,
							messages.get("chart.suppressed.label")));
					suppressed.add(context.groupLabel(group.code()) + " "
							+ messages.get("chart.yoy.indicator." + indicator));
					continue;
				}
				Double change = change(indicator, current.get(), previous.get());
				if (change == null) {
					cells.add(new Cell(row, column, CellState.NO_PREVIOUS, null, "–"));
				}
				else {
					String unit = "participationRate".equals(indicator) ? messages.get("chart.yoy.unit.points") : "%";
					cells.add(new Cell(row, column, CellState.VALUE, change,
							String.format(Locale.ROOT, "%+.1f", change) + unit));
				}
			}
		}
		return new Data(codes, cells, suppressed);
	}

	private static Optional<ParticipationStatistics> find(ChartContext context, String group, int year) {
		return context.inputs().participation().stream()
			.filter((row) -> row.year() == year && row.groupCode().equals(group))
			.findFirst();
	}

	/** Percent change (percentage points for the rate); null when the previous value is 0 or absent. */
	static Double change(String indicator, ParticipationStatistics current, ParticipationStatistics previous) {
		return switch (indicator) {
			case "meetings" -> percent(current.meetings(), previous.meetings());
			case "attendances" -> percent(current.attendances(), previous.attendances());
			case "distinctParticipants" -> percent(current.distinctParticipants(), previous.distinctParticipants());
			case "participationRate" -> (current.participationRate() != null && previous.participationRate() != null)
					? 100 * (current.participationRate() - previous.participationRate()) : null;
			default -> throw new IllegalArgumentException("unknown indicator " + indicator);
		};
	}

	private static Double percent(double current, double previous) {
		return (previous == 0) ? null : 100 * (current - previous) / previous;
	}

	static JFreeChart chart(Data data, ChartContext context, int year) {
		Messages messages = context.messages();
		String[] columns = INDICATORS.stream()
			.map((indicator) -> messages.get("chart.yoy.indicator." + indicator))
			.toArray(String[]::new);
		// y grows upwards: the first group gets the top row (an inverted axis would break box annotations)
		List<String> labels = new ArrayList<>(data.groupCodes().stream().map(context::groupLabel).toList());
		java.util.Collections.reverse(labels);
		String[] rows = labels.toArray(String[]::new);
		int top = rows.length - 1;
		List<Cell> values = data.cells().stream().filter((cell) -> cell.state() == CellState.VALUE).toList();
		double[][] xyz = new double[3][values.size()];
		for (int i = 0; i < values.size(); i++) {
			xyz[0][i] = values.get(i).column();
			xyz[1][i] = top - values.get(i).row();
			xyz[2][i] = values.get(i).change();
		}
		DefaultXYZDataset dataset = new DefaultXYZDataset();
		dataset.addSeries("change", xyz);
		SymbolAxis x = new SymbolAxis(null, columns);
		x.setGridBandsVisible(false);
		x.setLowerMargin(0);
		x.setUpperMargin(0);
		SymbolAxis y = new SymbolAxis(null, rows);
		y.setGridBandsVisible(false);
		XYBlockRenderer renderer = new XYBlockRenderer();
		renderer.setPaintScale(new DivergingScale());
		XYPlot plot = new XYPlot(dataset, x, y, renderer);
		plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
		x.setRange(-0.5, columns.length - 0.5);
		y.setRange(-0.5, rows.length - 0.5);
		JFreeChart chart = new JFreeChart(messages.get("chart.yoy.title", year - 1, year),
				context.theme().font(10, true), plot, false);
		String nText = messages.get("chart.yoy.n", context.integer(rows.length));
		context.finish(chart, context.yearsText(year - 1, year), nText, data.suppressedCells());
		x.setRange(-0.5, columns.length - 0.5);
		y.setRange(-0.5, rows.length - 0.5);
		for (Cell cell : data.cells()) {
			if (cell.state() != CellState.VALUE) {
				plot.addAnnotation(new XYBoxAnnotation(cell.column() - 0.5, top - cell.row() - 0.5, cell.column() + 0.5,
						top - cell.row() + 0.5, null, null, ChartTheme.SUPPRESSED));
			}
			XYTextAnnotation text = new XYTextAnnotation(cell.text(), cell.column(), top - cell.row());
			text.setFont(context.theme().font(ChartTheme.BASE_SIZE, cell.state() == CellState.VALUE));
			text.setPaint((cell.state() == CellState.VALUE)
					? JointMeetingCompositionChart.readableOn((Color) DivergingScale.paintFor(cell.change()))
					: ChartTheme.MUTED_TEXT);
			text.setTextAnchor(TextAnchor.CENTER);
			plot.addAnnotation(text);
		}
		for (int i = 0; i <= columns.length; i++) {
			plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(i - 0.5, -0.5, i - 0.5,
					rows.length - 0.5, new BasicStroke(1.5f), Color.WHITE));
		}
		for (int i = 0; i <= rows.length; i++) {
			plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(-0.5, i - 0.5, columns.length - 0.5,
					i - 0.5, new BasicStroke(1.5f), Color.WHITE));
		}
		org.jfree.chart.title.TextTitle key = new org.jfree.chart.title.TextTitle(messages.get("chart.yoy.key"));
		key.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
		key.setFont(context.theme().font(ChartTheme.BASE_SIZE - 1f, false));
		key.setPaint(ChartTheme.MUTED_TEXT);
		key.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
		chart.addSubtitle(1, key);
		return chart;
	}

	/** White at 0, blue towards +100, orange towards -100; saturates beyond ±100. */
	static final class DivergingScale implements PaintScale, java.io.Serializable {

		private static final long serialVersionUID = 1L;

		@Override
		public double getLowerBound() {
			return -100;
		}

		@Override
		public double getUpperBound() {
			return 100;
		}

		@Override
		public Paint getPaint(double value) {
			return paintFor(value);
		}

		static Paint paintFor(double value) {
			if (Math.abs(value) < 0.05) {
				return NO_CHANGE;
			}
			double t = Math.min(1.0, Math.abs(value) / 100.0);
			Color end = (value >= 0) ? GROWTH : DECLINE;
			double keep = 0.12 + 0.88 * t;
			return ChartTheme.lighter(end, 1 - keep);
		}

	}

}
