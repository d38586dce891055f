package kr.seorona.analytics.charts;

import java.text.NumberFormat;
import java.util.Locale;

import kr.seorona.analytics.charts.YearOverYearChart.Cell;
import kr.seorona.analytics.charts.YearOverYearChart.CellState;
import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * The cells of the year-over-year table: what each says and on which figures it rests. A change
 * is always shown with its bases ({@code +110.5%} over {@code 19→40}); no change reads "no change"
 * (not {@code +0.0%}); a group without a previous year, or whose previous figure was 0, reads
 * "new"; a people count where either year is suppressed reads "suppressed" and shows no figure.
 */
final class YearOverYearCells {

	private final ChartContext context;

	private final NumberFormat integer;

	YearOverYearCells(ChartContext context) {
		this.context = context;
		this.integer = NumberFormat.getIntegerInstance(context.options().locale());
	}

	/**
	 * The cell of one group and indicator.
	 * @param previous the group's previous year, or {@code null} when it had none
	 */
	Cell cell(int row, int column, String indicator, ParticipationStatistics current, ParticipationStatistics previous) {
		Messages messages = this.context.messages();
		if (previous == null) {
			return new Cell(row, column, CellState.NEW, null, messages.get("chart.yoy.new"), null);
		}
		// the published statistics withhold every figure of a suppressed row, meetings included
		if (this.context.suppressed(current) || this.context.suppressed(previous)) {
			return new Cell(row, column, CellState.SUPPRESSED, null, messages.get("chart.suppressed.label"), null);
		}
		if ("participationRate".equals(indicator)) {
			return rate(row, column, previous.participationRate(), current.participationRate());
		}
		double before = value(indicator, previous);
		double after = value(indicator, current);
		String bases = this.integer.format(before) + "→" + this.integer.format(after);
		if (before == after) {
			return new Cell(row, column, CellState.NO_CHANGE, null, messages.get("chart.yoy.same"), bases);
		}
		if (before == 0) {
			return new Cell(row, column, CellState.NEW, null, messages.get("chart.yoy.new"), bases);
		}
		double change = 100 * (after - before) / before;
		return new Cell(row, column, CellState.VALUE, change, signed(change) + "%", bases);
	}

	private Cell rate(int row, int column, Double before, Double after) {
		Messages messages = this.context.messages();
		if (before == null || after == null) {
			return new Cell(row, column, CellState.NEW, null, messages.get("chart.yoy.new"), null);
		}
		String bases = percent(before) + "→" + percent(after);
		double change = 100 * (after - before);
		if (Math.abs(change) < 0.05) {
			return new Cell(row, column, CellState.NO_CHANGE, null, messages.get("chart.yoy.same"), bases);
		}
		return new Cell(row, column, CellState.VALUE, change,
				signed(change) + messages.get("chart.yoy.unit.points"), bases);
	}

	/** {@code +12.5}, {@code -3.0}; a change too small for one decimal reads {@code +<0.1}, never {@code +0.0}. */
	static String signed(double change) {
		if (Math.abs(change) < 0.05) {
			return ((change > 0) ? "+" : "-") + "<0.1";
		}
		return String.format(Locale.ROOT, "%+.1f", change);
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}

	private static double value(String indicator, ParticipationStatistics row) {
		return switch (indicator) {
			case "meetings" -> row.meetings();
			case "attendances" -> row.attendances();
			case "distinctParticipants" -> row.distinctParticipants();
			default -> throw new IllegalArgumentException("unknown indicator " + indicator);
		};
	}

}
