package kr.seorona.analytics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: the bundled NanumGothic font ({@link BundledFonts}), sizes in
 * points derived from one base size, white background, light grid, flat bars and fixed rendering
 * hints (so the same chart gives the same bytes). Meant as a singleton bean; it never touches JFreeChart's global theme
 * ({@code ChartFactory.setChartTheme}).
 * <p>
 * Charts are laid out in points (1/72 inch) at their printed size, so the point sizes here are
 * the printed sizes.
 */
public final class ChartTheme {

	/**
	 * Base text size in points; every other size derives from it in whole points: the SVG writer
	 * (JFreeSVG 5, {@code Font.getSize()}) writes a font size as whole pixels, so a half-point size
	 * came out up to half a point larger in the SVG than in the PNG. Smallest text (bar values,
	 * suppressed marks) 6 pt, notes and tick labels 7 pt, legend and axis labels 8 pt, titles 11 pt.
	 */
	static final float BASE_SIZE = 8f;

	static final Color TEXT = new Color(0x22, 0x22, 0x22);

	static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);

	static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	static final Color AXIS_LINE = new Color(0x88, 0x88, 0x88);

	/** Colour of a suppressed or missing cell. */
	static final Color SUPPRESSED = new Color(0xEE, 0xEE, 0xEE);

	private static final Map<RenderingHints.Key, Object> HINTS = Map.of(RenderingHints.KEY_ANTIALIASING,
			RenderingHints.VALUE_ANTIALIAS_ON, RenderingHints.KEY_TEXT_ANTIALIASING,
			RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.KEY_FRACTIONALMETRICS,
			RenderingHints.VALUE_FRACTIONALMETRICS_ON, RenderingHints.KEY_STROKE_CONTROL,
			RenderingHints.VALUE_STROKE_PURE, RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

	private final Font regular;

	private final Font bold;

	private ChartTheme(Font regular, Font bold) {
		this.regular = regular;
		this.bold = bold;
	}

	/**
	 * The theme with the bundled NanumGothic regular and bold faces, registered with the local
	 * graphics environment. The fonts are read once per JVM.
	 * @throws IllegalStateException when a font resource is missing or unreadable
	 */
	public static ChartTheme bundled() {
		return Bundled.THEME;
	}

	/**
	 * The bundled font at a size.
	 * @param size size in points
	 * @param bold whether to use the bold face
	 * @return the font
	 */
	public Font font(float size, boolean bold) {
		// the bold face also carries the BOLD style, so that SVG text says font-weight: bold (the face
		// is bold by itself: Java adds no synthetic emboldening)
		return bold ? this.bold.deriveFont(Font.BOLD, size) : this.regular.deriveFont(size);
	}

	/**
	 * Applies the look to a chart: fonts, colours, grid, legend, bar painter and rendering hints.
	 * Series colours and bar patterns ({@link HatchedBarPainter}) are left to the chart (each group
	 * has its fixed colour and pattern). Call it after the chart's plots, titles and legend exist.
	 * @param chart the chart to style, modified in place
	 */
	public void apply(JFreeChart chart) {
		Map<BarRenderer, BarPainter> patterned = new IdentityHashMap<>();
		for (Object renderer : renderers(chart.getPlot())) {
			if (renderer instanceof AbstractRenderer abstractRenderer) {
				keep(abstractRenderer);
			}
			if (renderer instanceof BarRenderer bar && bar.getBarPainter() instanceof HatchedBarPainter) {
				patterned.put(bar, bar.getBarPainter());
			}
		}
		standardTheme().apply(chart);
		chart.setRenderingHints(new RenderingHints(HINTS));
		chart.setBackgroundPaint(Color.WHITE);
		chart.setBorderVisible(false);
		chart.setPadding(new RectangleInsets(6, 6, 4, 8));
		if (chart.getTitle() != null) {
			chart.getTitle().setFont(titleFont());
			chart.getTitle().setPaint(TEXT);
			chart.getTitle().setPadding(new RectangleInsets(0, 0, 2, 0));
		}
		for (Object subtitle : chart.getSubtitles()) {
			styleSubtitle((Title) subtitle);
		}
		stylePlot(chart.getPlot());
		patterned.forEach(BarRenderer::setBarPainter);
	}

	/** Every renderer of the plot and of its subplots. */
	@SuppressWarnings("unchecked")
	private static List<Object> renderers(Plot plot) {
		List<Object> renderers = new ArrayList<>();
		if (plot instanceof CombinedDomainCategoryPlot combined) {
			((List<CategoryPlot>) combined.getSubplots()).forEach((sub) -> renderers.addAll(renderers(sub)));
		}
		else if (plot instanceof CategoryPlot category) {
			for (int i = 0; i < category.getRendererCount(); i++) {
				renderers.add(category.getRenderer(i));
			}
		}
		else if (plot instanceof XYPlot xy) {
			for (int i = 0; i < xy.getRendererCount(); i++) {
				renderers.add(xy.getRenderer(i));
			}
		}
		return renderers;
	}

	/** Stops JFreeChart's theme from clearing the series colours, strokes and shapes set by the chart. */
	private static void keep(AbstractRenderer renderer) {
		renderer.setAutoPopulateSeriesPaint(false);
		renderer.setAutoPopulateSeriesFillPaint(false);
		renderer.setAutoPopulateSeriesOutlinePaint(false);
		renderer.setAutoPopulateSeriesStroke(false);
		renderer.setAutoPopulateSeriesOutlineStroke(false);
		renderer.setAutoPopulateSeriesShape(false);
	}

	private void styleSubtitle(Title title) {
		if (title instanceof LegendTitle legend) {
			legend.setItemFont(font(BASE_SIZE, false));
			legend.setItemPaint(TEXT);
			legend.setFrame(BlockBorder.NONE);
			legend.setBackgroundPaint(null);
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setItemLabelPadding(new RectangleInsets(1, 2, 1, 6));
		}
		else if (title instanceof TextTitle text) {
			boolean note = text.getPosition() == RectangleEdge.BOTTOM;
			text.setFont(font(BASE_SIZE - 1f, false));
			text.setPaint(MUTED_TEXT);
			text.setPadding(new RectangleInsets(1, 0, note ? 0 : 4, 0));
		}
	}

	@SuppressWarnings("unchecked")
	private void stylePlot(Plot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setNoDataMessageFont(font(BASE_SIZE, false));
		if (plot instanceof CombinedDomainCategoryPlot combined) {
			styleAxis(combined.getDomainAxis());
			for (CategoryPlot sub : (List<CategoryPlot>) combined.getSubplots()) {
				stylePlot(sub);
			}
		}
		else if (plot instanceof CategoryPlot category) {
			category.setRangeGridlinePaint(GRID);
			category.setRangeGridlineStroke(new BasicStroke(0.5f));
			category.setDomainGridlinesVisible(false);
			category.setAxisOffset(RectangleInsets.ZERO_INSETS);
			for (int i = 0; i < category.getDomainAxisCount(); i++) {
				styleAxis(category.getDomainAxis(i));
			}
			for (int i = 0; i < category.getRangeAxisCount(); i++) {
				styleAxis(category.getRangeAxis(i));
			}
			for (int i = 0; i < category.getRendererCount(); i++) {
				styleRenderer(category.getRenderer(i));
			}
		}
		else if (plot instanceof XYPlot xy) {
			xy.setDomainGridlinesVisible(false);
			xy.setRangeGridlinesVisible(false);
			xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
			for (int i = 0; i < xy.getDomainAxisCount(); i++) {
				styleAxis(xy.getDomainAxis(i));
			}
			for (int i = 0; i < xy.getRangeAxisCount(); i++) {
				styleAxis(xy.getRangeAxis(i));
			}
		}
	}

	private void styleAxis(Axis axis) {
		if (axis == null) {
			return;
		}
		axis.setLabelFont(font(BASE_SIZE, false));
		axis.setLabelPaint(TEXT);
		axis.setTickLabelFont(font(BASE_SIZE - 1f, false));
		axis.setTickLabelPaint(TEXT);
		axis.setAxisLinePaint(AXIS_LINE);
		axis.setAxisLineStroke(new BasicStroke(0.5f));
		axis.setTickMarkPaint(AXIS_LINE);
		axis.setTickMarkStroke(new BasicStroke(0.5f));
		if (axis instanceof CategoryAxis category) {
			category.setTickMarksVisible(false);
		}
	}

	private void styleRenderer(CategoryItemRenderer renderer) {
		if (renderer == null) {
			return;
		}
		renderer.setDefaultItemLabelFont(font(BASE_SIZE - 2f, false));
		renderer.setDefaultItemLabelPaint(TEXT);
		if (renderer instanceof BarRenderer bar) {
			bar.setShadowVisible(false);
			bar.setBarPainter(new StandardBarPainter());
			bar.setDrawBarOutline(false);
		}
	}

	private Font titleFont() {
		return font(BASE_SIZE + 3f, true);
	}

	private StandardChartTheme standardTheme() {
		StandardChartTheme theme = new StandardChartTheme("seorona", false);
		theme.setExtraLargeFont(titleFont());
		theme.setLargeFont(font(BASE_SIZE, false));
		theme.setRegularFont(font(BASE_SIZE - 1f, false));
		theme.setSmallFont(font(BASE_SIZE - 2f, false));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setTitlePaint(TEXT);
		theme.setSubtitlePaint(MUTED_TEXT);
		theme.setAxisLabelPaint(TEXT);
		theme.setTickLabelPaint(TEXT);
		theme.setItemLabelPaint(TEXT);
		theme.setRangeGridlinePaint(GRID);
		theme.setDomainGridlinePaint(GRID);
		theme.setPlotOutlinePaint(GRID);
		return theme;
	}

	/** Parses a {@code #RRGGBB} colour, e.g. {@code Group.color()}. */
	static Color color(String hex) {
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}

	/** A paint lighter than {@code paint}, for secondary marks. */
	static Paint lighter(Color color, double amount) {
		int r = (int) Math.round(color.getRed() + (255 - color.getRed()) * amount);
		int g = (int) Math.round(color.getGreen() + (255 - color.getGreen()) * amount);
		int b = (int) Math.round(color.getBlue() + (255 - color.getBlue()) * amount);
		return new Color(r, g, b);
	}

	/** Made once, on first use (class initialisation is thread-safe). */
	private static final class Bundled {

		static final ChartTheme THEME = new ChartTheme(BundledFonts.regular(), BundledFonts.bold());

		static {
			// rotated text (vertical axis labels) with drawString, not as TextLayout outlines, so
			// that it stays text in SVG; the workaround was for rotated text on old JDKs
			TextUtils.setUseDrawRotatedStringWorkaround(false);
		}

	}

}
