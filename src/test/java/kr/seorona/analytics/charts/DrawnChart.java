package kr.seorona.analytics.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn as the PNG export draws it (white background, antialiased, its size in pixels at
 * its dpi), with where JFreeChart put its parts, for tests that read the pixels.
 *
 * @param image the drawn pixels
 * @param info the rendering info (data areas in points)
 * @param scale pixels per point
 */
record DrawnChart(BufferedImage image, ChartRenderingInfo info, double scale) {

	static DrawnChart draw(JFreeChart chart, ChartOptions options) {
		BufferedImage image = new BufferedImage(options.widthPx(), options.heightPx(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		g2.setColor(Color.WHITE);
		g2.fillRect(0, 0, image.getWidth(), image.getHeight());
		g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		double scale = options.dpi() / 72.0;
		g2.scale(scale, scale);
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(g2, new Rectangle2D.Double(0, 0, options.widthPx() / scale, options.heightPx() / scale), info);
		g2.dispose();
		return new DrawnChart(image, info, scale);
	}

}
