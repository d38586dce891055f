package kr.seorona.analytics.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Tick labels of the diverging axis: the absolute value with a percent sign. */
final class AbsolutePercentFormat extends NumberFormat {

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
