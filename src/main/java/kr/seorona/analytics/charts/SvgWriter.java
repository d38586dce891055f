package kr.seorona.analytics.charts;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as SVG (JFreeSVG) for vector use. The SVG has the same physical size and layout
 * as the PNG written with the same pixel size and dpi: width and height in points, a view box in
 * points. Text stays text ({@code <text>} elements), so it can be searched, selected and edited
 * after pasting into a document; it names the bundled font, NanumGothic, with Korean system fonts
 * as fallbacks ({@link #FONT_FAMILY}; the font itself is not embedded: 4.7 MB per file). Bold text
 * carries {@code font-weight: bold}. Element ids use a fixed prefix: the same chart gives the same
 * bytes.
 */
public final class SvgWriter {

	/** The CSS font family of every text: the bundled font first, then common Korean fonts. */
	static final String FONT_FAMILY = "\"NanumGothic\", \"Nanum Gothic\", \"나눔고딕\", \"Malgun Gothic\", "
			+ "\"맑은 고딕\", \"Apple SD Gothic Neo\", \"Noto Sans KR\", \"Noto Sans CJK KR\", sans-serif";

	private SvgWriter() {
	}

	/**
	 * Writes {@code chart} to {@code file} at the size a PNG of {@code widthPx} x {@code heightPx}
	 * at {@link ChartOptions#DEFAULT_DPI} prints (1890 px = 16 cm).
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public static void write(JFreeChart chart, int widthPx, int heightPx, Path file) {
		write(chart, widthPx, heightPx, ChartOptions.DEFAULT_DPI, file);
	}

	/**
	 * Writes {@code chart} to {@code file} at the size a PNG of {@code widthPx} x {@code heightPx}
	 * at {@code dpi} prints, creating parent folders.
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public static void write(JFreeChart chart, int widthPx, int heightPx, int dpi, Path file) {
		String svg = render(chart, widthPx * 72.0 / dpi, heightPx * 72.0 / dpi);
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temp = parent.resolve("." + file.getFileName() + ".tmp");
			Files.writeString(temp, svg, StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write chart " + file, ex);
		}
	}

	/** The SVG document of a chart drawn at {@code widthPt} x {@code heightPt} points. */
	static String render(JFreeChart chart, double widthPt, double heightPt) {
		SVGGraphics2D g2 = new SVGGraphics2D(widthPt, heightPt, SVGUnits.PT);
		g2.setDefsKeyPrefix("seorona");
		DecimalFormat twoDecimals = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		g2.setGeomDoubleConverter((value) -> normalise(twoDecimals.format(value)));
		g2.setTransformDoubleConverter((value) -> normalise(twoDecimals.format(value)));
		g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
		g2.setFontFunction((family) -> FONT_FAMILY);
		chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
		String element = g2.getSVGElement(null, true, new ViewBox(0, 0, widthPt, heightPt), null, null);
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
	}

	private static String normalise(String number) {
		return "-0".equals(number) ? "0" : number;
	}

}
