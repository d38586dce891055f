package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plan documents are mostly printed in black and white: every chart is rendered, turned into grey
 * values (Rec. 601 luma, as a copier does) and its series must still differ: bars by their grey
 * value and by their fill pattern (the texture of the grey pixels inside each bar, which the legend
 * swatch repeats), lines by their markers (the greyscale pixels around each series' markers) and by
 * their dash patterns (read from the SVG).
 */
class GreyscaleTests {

	/** Smallest difference of grey values (0..255) between two bar series. */
	static final int MIN_GREY_STEP = 15;

	static final int DPI = 150;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	private final List<ChartFile> files = new ChartCatalog(ChartTheme.bundled())
		.build(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN));

	private ChartFile file(String stem) {
		return this.files.stream().filter((file) -> file.stem().equals(stem)).findFirst().orElseThrow();
	}

	/** A rendered chart in grey values, with the areas of its items (in pixels). */
	record Grey(int[][] luma, List<CategoryItemEntity> items, List<Rectangle2D> legend, double scale) {

	}

	static Grey render(ChartFile file) {
		return render(file, DPI);
	}

	static Grey render(ChartFile file, int dpi) {
		ChartOptions options = ChartFixtures.options(Locale.KOREAN).withSize(ChartOptions.DEFAULT_WIDTH_PX * dpi / 300, dpi);
		BufferedImage image = new BufferedImage(options.widthPx(), options.heightPx(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		g2.setColor(Color.WHITE);
		g2.fillRect(0, 0, options.widthPx(), options.heightPx());
		double scale = dpi / 72.0;
		g2.scale(scale, scale);
		ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
		file.chart().draw(g2, new Rectangle2D.Double(0, 0, options.widthPt(), options.heightPt()), info);
		g2.dispose();
		int[][] luma = new int[image.getHeight()][image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				luma[y][x] = (int) Math.round(0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF)
						+ 0.114 * (rgb & 0xFF));
			}
		}
		List<CategoryItemEntity> items = new ArrayList<>();
		List<Rectangle2D> legend = new ArrayList<>();
		for (Object entity : info.getEntityCollection().getEntities()) {
			if (entity instanceof CategoryItemEntity item) {
				items.add(item);
			}
			else if (entity instanceof LegendItemEntity item) {
				legend.add(item.getArea().getBounds2D());
			}
		}
		return new Grey(luma, items, legend, scale);
	}

	/** Grey value of each series' bars: the median of its largest bar's pixels (the fill, under any pattern). */
	static Map<String, Integer> barGreys(Grey grey) {
		Map<String, Integer> greys = new LinkedHashMap<>();
		largestBars(grey).forEach((series, bounds) -> {
			int[] pixels = pixels(grey, bounds);
			java.util.Arrays.sort(pixels);
			greys.put(series, pixels[pixels.length / 2]);
		});
		return greys;
	}

	/** The largest bar of each series, in points, in series order. */
	static Map<String, Rectangle2D> largestBars(Grey grey) {
		Map<String, Rectangle2D> bars = new LinkedHashMap<>();
		for (CategoryItemEntity item : grey.items()) {
			Rectangle2D bounds = ((ChartEntity) item).getArea().getBounds2D();
			if (bounds.getWidth() < 2 || bounds.getHeight() < 2) {
				continue;
			}
			bars.merge(item.getRowKey().toString(), bounds,
					(a, b) -> (a.getWidth() * a.getHeight() >= b.getWidth() * b.getHeight()) ? a : b);
		}
		return bars;
	}

	/** Grey values of the pixels inside an area given in points, one pixel in from its edges. */
	static int[] pixels(Grey grey, Rectangle2D area) {
		int x0 = (int) Math.ceil(area.getMinX() * grey.scale()) + 1;
		int x1 = (int) Math.floor(area.getMaxX() * grey.scale()) - 1;
		int y0 = (int) Math.ceil(area.getMinY() * grey.scale()) + 1;
		int y1 = (int) Math.floor(area.getMaxY() * grey.scale()) - 1;
		int[] pixels = new int[Math.max(0, (x1 - x0) * (y1 - y0))];
		int i = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				pixels[i++] = grey.luma()[y][x];
			}
		}
		return pixels;
	}

	private static void assertDistinct(Map<String, Integer> greys, String chart) {
		List<String> keys = new ArrayList<>(greys.keySet());
		for (int i = 0; i < keys.size(); i++) {
			for (int j = i + 1; j < keys.size(); j++) {
				assertThat(Math.abs(greys.get(keys.get(i)) - greys.get(keys.get(j))))
					.as("%s: grey of %s (%d) vs %s (%d)", chart, keys.get(i), greys.get(keys.get(i)), keys.get(j),
							greys.get(keys.get(j)))
					.isGreaterThanOrEqualTo(MIN_GREY_STEP);
			}
		}
	}

	@Test
	void barsOfEveryGroupHaveDistinctGreyValues() {
		for (String stem : List.of("2019-2022/meetings-by-group", "2019-2022/joint-meeting-composition")) {
			Map<String, Integer> greys = barGreys(render(file(stem)));
			assertThat(greys).as(stem).hasSizeGreaterThanOrEqualTo(6);
			assertDistinct(greys, stem);
		}
		Map<String, Integer> participants = barGreys(render(file("2019-2022/participants-retention")));
		assertThat(participants).containsKeys("교장", "교감", "교사", "행정실장", "교육공무직", "학부모");
		assertDistinct(participants, "participants-retention");
	}

	@Test
	void linesOfEveryGroupHaveDistinctMarkersInGrey() {
		for (String stem : List.of("2019-2022/participation-trend", "2022/survey-means")) {
			Grey grey = render(file(stem));
			Map<String, List<boolean[][]>> markers = new LinkedHashMap<>();
			for (CategoryItemEntity item : grey.items()) {
				markers.computeIfAbsent(item.getRowKey().toString(), (key) -> new ArrayList<>())
					.add(mask(grey, ((ChartEntity) item).getArea().getBounds2D()));
			}
			assertThat(markers).as(stem).hasSizeGreaterThanOrEqualTo(5);
			List<String> keys = new ArrayList<>(markers.keySet());
			for (int i = 0; i < keys.size(); i++) {
				for (int j = i + 1; j < keys.size(); j++) {
					assertThat(mostDifferent(markers.get(keys.get(i)), markers.get(keys.get(j))))
						.as("%s: markers of %s and %s in grey", stem, keys.get(i), keys.get(j))
						.isGreaterThan(0.12);
				}
			}
		}
	}

	/** Dark pixels (grey < 160) of a 15 x 15 px window centred on a marker. */
	private static boolean[][] mask(Grey grey, Rectangle2D area) {
		int cx = (int) Math.round(area.getCenterX() * grey.scale());
		int cy = (int) Math.round(area.getCenterY() * grey.scale());
		boolean[][] mask = new boolean[15][15];
		for (int dy = -7; dy <= 7; dy++) {
			for (int dx = -7; dx <= 7; dx++) {
				mask[dy + 7][dx + 7] = grey.luma()[cy + dy][cx + dx] < 160;
			}
		}
		return mask;
	}

	/** The largest share of differing pixels over all pairs of one marker of each series. */
	private static double mostDifferent(List<boolean[][]> first, List<boolean[][]> second) {
		double most = 0;
		for (boolean[][] a : first) {
			for (boolean[][] b : second) {
				int differing = 0;
				for (int y = 0; y < 15; y++) {
					for (int x = 0; x < 15; x++) {
						differing += (a[y][x] != b[y][x]) ? 1 : 0;
					}
				}
				most = Math.max(most, differing / 225.0);
			}
		}
		return most;
	}

	@Test
	void everyLineHasItsOwnDashPatternInTheSvg() {
		for (String stem : List.of("2019-2022/participation-trend", "2019-2022/participants-retention")) {
			ChartFile file = file(stem);
			String svg = SvgWriter.render(file.chart(), 453.6, 281.2);
			Set<String> patterns = new TreeSet<>();
			boolean solid = false;
			// series lines are the only strokes of SeriesStyle.LINE_WIDTH (1.3 pt)
			Matcher style = Pattern.compile("style='(stroke-width:1\\.29\\d*;[^']*)'").matcher(svg);
			while (style.find()) {
				Matcher dash = Pattern.compile("stroke-dasharray:([^;']+)").matcher(style.group(1));
				if (dash.find()) {
					patterns.add(dash.group(1).trim());
				}
				else {
					solid = true;
				}
			}
			assertThat(patterns.size() + (solid ? 1 : 0)).as(stem + " line styles " + patterns).isEqualTo(6);
		}
	}

	/** The texture of each series' largest bar, in the order of the dataset's rows. */
	static Map<String, Texture> barTextures(Grey grey, ChartFile file) {
		Map<String, Rectangle2D> bars = largestBars(grey);
		Map<String, Texture> textures = new LinkedHashMap<>();
		org.jfree.chart.plot.CategoryPlot plot = file.chart().getCategoryPlot();
		if (plot instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot combined) {
			plot = (org.jfree.chart.plot.CategoryPlot) combined.getSubplots().get(0);
		}
		for (Object row : plot.getDataset().getRowKeys()) {
			Rectangle2D bar = bars.get(row.toString());
			if (bar != null) {
				textures.put(row.toString(), Texture.of(grey, bar));
			}
		}
		return textures;
	}

	/** The legend swatches' textures in legend order: a square of 5 pt at the centre of each swatch. */
	static List<Texture> swatchTextures(Grey grey) {
		return grey.legend().stream()
			.map((item) -> Texture.of(grey, new Rectangle2D.Double(item.getMinX() + 3.5, item.getCenterY() - 2.5, 5, 5)))
			.toList();
	}

	/** The chart with the labels on its bars hidden: they are text, not pattern. */
	static ChartFile withoutBarLabels(ChartFile file) {
		org.jfree.chart.plot.CategoryPlot plot = file.chart().getCategoryPlot();
		plot.getRenderer().setDefaultItemLabelsVisible(false);
		for (int row = 0; row < plot.getDataset().getRowCount(); row++) {
			plot.getRenderer().setSeriesItemLabelsVisible(row, false);
		}
		return file;
	}

	@Test
	void barsOfNeighbouringSeriesDifferInPatternNotOnlyInGreyAndTheLegendShowsThePattern() {
		for (String stem : List.of("2019-2022/meetings-by-group", "2019-2022/joint-meeting-composition",
				"2022/likert-distribution")) {
			ChartFile file = withoutBarLabels(file(stem));
			Grey grey = render(file, 300);
			Map<String, Texture> bars = barTextures(grey, file);
			if (stem.endsWith("likert-distribution")) {
				// legend and reading order: answers 1..5; the neutral answer's two halves are one series
				Map<String, Texture> answers = new LinkedHashMap<>();
				for (String answer : List.of("1", "2", "3+", "4", "5")) {
					answers.put(answer, bars.get(answer));
				}
				bars = answers;
			}
			List<String> series = new ArrayList<>(bars.keySet());
			assertThat(series).as(stem).hasSizeGreaterThanOrEqualTo(5).doesNotContainNull();
			assertThat(bars.values()).as(stem).doesNotContainNull();
			for (int i = 0; i + 1 < series.size(); i++) {
				Texture a = bars.get(series.get(i));
				Texture b = bars.get(series.get(i + 1));
				assertThat(a.distance(b)).as("%s: pattern of %s (%s) vs %s (%s)", stem, series.get(i), a,
						series.get(i + 1), b)
					.isGreaterThan(0.15);
			}
			List<Texture> swatches = swatchTextures(grey);
			assertThat(swatches).as(stem + " legend").hasSameSizeAs(series);
			for (int i = 0; i < swatches.size(); i++) {
				Texture swatch = swatches.get(i);
				String own = series.get(i);
				assertThat(swatch.distance(bars.get(own))).as("%s: legend of %s (%s) vs its bar (%s)", stem, own, swatch,
						bars.get(own))
					.isLessThan(0.12);
				for (String other : series) {
					if (!other.equals(own)) {
						assertThat(swatch.distance(bars.get(other))).as("%s: legend of %s vs bar of %s", stem, own, other)
							.isGreaterThan(swatch.distance(bars.get(own)));
					}
				}
			}
		}
		Map<String, Texture> participants = barTextures(render(file("2019-2022/participants-retention"), 300),
				file("2019-2022/participants-retention"));
		List<String> groups = new ArrayList<>(participants.keySet());
		assertThat(groups).hasSize(6);
		for (int i = 0; i + 1 < groups.size(); i++) {
			assertThat(participants.get(groups.get(i)).distance(participants.get(groups.get(i + 1))))
				.as("participants-retention: %s vs %s", groups.get(i), groups.get(i + 1))
				.isGreaterThan(0.15);
		}
	}

}
