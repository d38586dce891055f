package kr.seorona.analytics.charts;

import java.awt.Font;
import java.awt.Graphics2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose labels wrap onto as many lines as they need instead of being cut to
 * "...": on a left or right axis at a fixed width, on a top or bottom axis at the category's width.
 */
final class WrappingCategoryAxis extends CategoryAxis {

	private static final long serialVersionUID = 1L;

	private final double sideLabelWidth;

	/**
	 * @param label the axis label, or {@code null}
	 * @param sideLabelWidth the wrapping width of labels on a left or right axis, in points
	 */
	WrappingCategoryAxis(String label, double sideLabelWidth) {
		super(label);
		this.sideLabelWidth = sideLabelWidth;
		setMaximumCategoryLabelLines(Integer.MAX_VALUE);
	}

	@Override
	@SuppressWarnings("rawtypes")
	protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
		Font font = getTickLabelFont(category);
		double wrapWidth = RectangleEdge.isLeftOrRight(edge) ? this.sideLabelWidth : Math.max(width, 24.0);
		String text = LabelWrapper.wrapToString(category.toString(), font, g2.getFontRenderContext(), wrapWidth);
		return TextUtils.createTextBlock(text, font, getTickLabelPaint(category));
	}

}
