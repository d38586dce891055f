package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * Chart 7: change from the previous year by group (rows) and indicator (columns), as a heat map
 * that reads like a table: each cell shows the change with its bases under it ({@code +110.5%} over
 * {@code 19→40}), blue for growth, orange with falling hatching around the text for decline,
 * deeper for larger changes (saturating at ±100%). Indicators: meetings, attendances and distinct participants in percent, participation
 * rate in percentage points. No change reads "no change", never {@code +0.0%}; a group without a
 * previous year reads "new"; a change from 0 reads "new" with its bases. Cells of people counts
 * where this or the previous year is suppressed show "suppressed". n counts the groups that had a
 * previous year. One chart per year that has a previous year: {@code <year>/year-over-year}.
 */
final class YearOverYearChart implements CatalogChart {

	static final String NAME = ChartNames.YEAR_OVER_YEAR;

	static final List<String> INDICATORS = List.of("meetings", "attendances", "distinctParticipants",
			"participationRate");

	static final Color GROWTH = new Color(0x2C7BB6);

	static final Color DECLINE = new Color(0xE66101);

	static final Color NO_CHANGE = new Color(0xF7, 0xF7, 0xF7);

	/** Pattern of declines, so that in black and white they differ from growth of the same grey. */
	static final Hatch DECLINE_HATCH = Hatch.DOWN;

	/** What a cell shows. */
	enum CellState {
		VALUE, SUPPRESSED, NEW, NO_CHANGE
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
	 * @param bases the two years' figures, e.g. {@code 19→40}; null where withheld or absent
	 */
	record Cell(int row, int column, CellState state, Double change, String text, String bases) {
	}

	/**
	 * @param groupCodes rows, in catalogue order
	 * @param cells every cell of the table
	 * @param suppressedCells withheld cells for the note
	 * @param compared groups that had a previous year
	 */
	record Data(List<String> groupCodes, List<Cell> cells, List<String> suppressedCells, int compared) {
	}

	@Override
	public String name() {
		return NAME;
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
		int compared = 0;
		YearOverYearCells texts = new YearOverYearCells(context);
		for (Group group : context.inputs().groups().groups()) {
			Optional<ParticipationStatistics> current = find(context, group.code(), year);
			if (current.isEmpty()) {
				continue;
			}
			int row = codes.size();
			codes.add(group.code());
			Optional<ParticipationStatistics> previous = find(context, group.code(), year - 1);
			compared += previous.isPresent() ? 1 : 0;
			for (int column = 0; column < INDICATORS.size(); column++) {
				String indicator = INDICATORS.get(column);
				Cell cell = texts.cell(row, column, indicator, current.get(), previous.orElse(null));
				if (cell.state() == CellState.SUPPRESSED) {
					suppressed.add(context.groupLabel(group.code()) + " "
							+ context.messages().get("chart.yoy.indicator." + indicator));
				}
				cells.add(cell);
			}
		}
		return new Data(codes, cells, suppressed, compared);
	}

	private static Optional<ParticipationStatistics> find(ChartContext context, String group, int year) {
		return context.inputs().participation().stream()
			.filter((row) -> row.year() == year && row.groupCode().equals(group))
			.findFirst();
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
		ChartContext.note(chart, messages.get("chart.yoy.rate.note"));
		String nText = messages.get("chart.yoy.n", context.integer(data.compared()));
		context.finish(chart, context.yearsText(year - 1, year), nText, data.suppressedCells());
		x.setRange(-0.5, columns.length - 0.5);
		y.setRange(-0.5, rows.length - 0.5);
		List<HatchedCells.Cell> declines = values.stream()
			.filter((cell) -> cell.change() < 0)
			.map((cell) -> new HatchedCells.Cell(cell.column(), top - cell.row(),
					(Color) DivergingScale.paintFor(cell.change())))
			.toList();
		plot.addAnnotation(new HatchedCells(DECLINE_HATCH, declines));
		for (Cell cell : data.cells()) {
			double cx = cell.column();
			double cy = top - cell.row();
			if (cell.state() != CellState.VALUE) {
				plot.addAnnotation(new XYBoxAnnotation(cx - 0.5, cy - 0.5, cx + 0.5, cy + 0.5, null, null,
						(cell.state() == CellState.NO_CHANGE) ? NO_CHANGE : ChartTheme.SUPPRESSED));
			}
			Color ink = (cell.state() == CellState.VALUE)
					? JointMeetingCompositionChart.readableOn((Color) DivergingScale.paintFor(cell.change()))
					: ChartTheme.TEXT;
			boolean twoLines = cell.bases() != null;
			XYTextAnnotation text = new XYTextAnnotation(cell.text(), cx, twoLines ? cy + 0.13 : cy);
			text.setFont(context.theme().font(ChartTheme.BASE_SIZE, cell.state() == CellState.VALUE));
			text.setPaint((cell.state() == CellState.SUPPRESSED) ? ChartTheme.MUTED_TEXT : ink);
			text.setTextAnchor(TextAnchor.CENTER);
			plot.addAnnotation(text);
			if (twoLines) {
				XYTextAnnotation bases = new XYTextAnnotation(cell.bases(), cx, cy - 0.2);
				bases.setFont(context.theme().font(ChartTheme.BASE_SIZE - 2f, false));
				bases.setPaint(ink);
				bases.setTextAnchor(TextAnchor.CENTER);
				plot.addAnnotation(bases);
			}
		}
		for (int i = 0; i <= columns.length; i++) {
			plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(i - 0.5, -0.5, i - 0.5,
					rows.length - 0.5, new BasicStroke(1.5f), Color.WHITE));
		}
		for (int i = 0; i <= rows.length; i++) {
			plot.addAnnotation(new org.jfree.chart.annotations.XYLineAnnotation(-0.5, i - 0.5, columns.length - 0.5,
					i - 0.5, new BasicStroke(1.5f), Color.WHITE));
		}
		org.jfree.chart.title.TextTitle key = ChartContext
			.leftAligned(new org.jfree.chart.title.TextTitle(messages.get("chart.yoy.key")));
		key.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
		key.setFont(context.theme().font(ChartTheme.BASE_SIZE - 1f, false));
		key.setPaint(ChartTheme.MUTED_TEXT);
		context.wrap(key);
		chart.addSubtitle(1, key);
		return chart;
	}

}
