package kr.seorona.analytics.charts;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;

/**
 * An annotation the catalogue draws on a category plot itself (end labels, suppressed marks, the
 * Likert chart's end shares). Equal only to itself: each instance belongs to one chart, and
 * {@link AbstractAnnotation#equals} compares only the notify flag, calling any two annotations
 * equal, so that a plot removing one could remove another.
 */
abstract class PlotAnnotation extends AbstractAnnotation implements CategoryAnnotation {

	private static final long serialVersionUID = 1L;

	@Override
	public final boolean equals(Object other) {
		return this == other;
	}

	@Override
	public final int hashCode() {
		return System.identityHashCode(this);
	}

}
