package kr.seorona.analytics.charts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;

/** Every text a chart draws from its model: titles, legend, axes, categories, markers, annotations. */
final class ChartTexts {

	private ChartTexts() {
	}

	static List<String> of(JFreeChart chart) {
		List<String> texts = new ArrayList<>();
		if (chart.getTitle() != null) {
			texts.add(chart.getTitle().getText());
		}
		for (Object subtitle : chart.getSubtitles()) {
			if (subtitle instanceof TextTitle text) {
				texts.add(text.getText());
			}
		}
		Iterator<LegendItem> legend = chart.getPlot().getLegendItems().iterator();
		legend.forEachRemaining((item) -> texts.add(item.getLabel()));
		plot(chart.getPlot(), texts);
		texts.removeIf((text) -> text == null || text.isEmpty());
		return texts;
	}

	@SuppressWarnings("unchecked")
	private static void plot(Plot plot, List<String> texts) {
		if (plot instanceof CombinedDomainCategoryPlot combined) {
			axis(combined.getDomainAxis(), texts);
			for (CategoryPlot sub : (List<CategoryPlot>) combined.getSubplots()) {
				plot(sub, texts);
			}
		}
		else if (plot instanceof CategoryPlot category) {
			axis(category.getDomainAxis(), texts);
			for (int i = 0; i < category.getRangeAxisCount(); i++) {
				axis(category.getRangeAxis(i), texts);
			}
			for (int d = 0; d < category.getDatasetCount(); d++) {
				if (category.getDataset(d) != null) {
					category.getDataset(d).getColumnKeys().forEach((key) -> texts.add(key.toString()));
					category.getDataset(d).getRowKeys().forEach((key) -> texts.add(key.toString()));
				}
			}
			for (Layer layer : new Layer[] { Layer.FOREGROUND, Layer.BACKGROUND }) {
				var markers = category.getDomainMarkers(layer);
				if (markers != null) {
					for (Object marker : markers) {
						texts.add(((CategoryMarker) marker).getLabel());
					}
				}
				var rangeMarkers = category.getRangeMarkers(layer);
				if (rangeMarkers != null) {
					for (Object marker : rangeMarkers) {
						texts.add(((Marker) marker).getLabel());
					}
				}
			}
			for (Object annotation : category.getAnnotations()) {
				if (annotation instanceof CategoryTextAnnotation text) {
					texts.add(text.getText());
				}
			}
		}
		else if (plot instanceof XYPlot xy) {
			axis(xy.getDomainAxis(), texts);
			axis(xy.getRangeAxis(), texts);
			for (XYAnnotation annotation : xy.getAnnotations()) {
				if (annotation instanceof XYTextAnnotation text) {
					texts.add(text.getText());
				}
			}
		}
	}

	private static void axis(Axis axis, List<String> texts) {
		if (axis == null) {
			return;
		}
		texts.add(axis.getLabel());
		if (axis instanceof SymbolAxis symbols) {
			texts.addAll(List.of(symbols.getSymbols()));
		}
	}

}
