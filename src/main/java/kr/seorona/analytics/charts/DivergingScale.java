package kr.seorona.analytics.charts;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/** White at 0, blue towards +100, orange towards -100; saturates beyond ±100. */
final class DivergingScale implements PaintScale, java.io.Serializable {

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
			return YearOverYearChart.NO_CHANGE;
		}
		double t = Math.min(1.0, Math.abs(value) / 100.0);
		Color end = (value >= 0) ? YearOverYearChart.GROWTH : YearOverYearChart.DECLINE;
		double keep = 0.12 + 0.88 * t;
		return ChartTheme.lighter(end, 1 - keep);
	}

}
