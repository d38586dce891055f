package kr.seorona.analytics.charts;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The chart catalogue of a run: builds every chart from the statistics and writes each as PNG
 * (with its dpi) and SVG, in Korean under {@code chartsDir/<year or first-last>/<name>.{png,svg}}
 * and in English under {@code chartsDir/en/<year or first-last>/<name>.{png,svg}} (see
 * {@link #languageFolder(Locale)}).
 * <p>
 * Charts, in order: {@code meetings-by-group}, {@code participation-trend},
 * {@code participants-retention}, {@code joint-meeting-composition} (ranges), then per survey year
 * {@code survey-means}, {@code likert-distribution}, and per year with a previous year
 * {@code year-over-year}. A chart without data is skipped, never drawn empty. Figures based on fewer
 * than {@link ChartOptions#minCellSize()} people, or flagged suppressed, are never drawn; the chart
 * names them in a note. Every text of a chart comes from the messages of its options' language.
 * <p>
 * The charts are built and drawn one after the other on the calling thread; each drawn PNG is
 * encoded and written on one background thread ({@link BackgroundPngEncoder}) while the next chart
 * is drawn. Drawing stays on one thread: twice in CI (2026-12-02 and -03) a chart drawn beside
 * another in a fresh JVM came out with other bytes (Java 2D's font and glyph caches are shared),
 * and the same input must give the same bytes. Encoding touches no font.
 */
public final class ChartCatalog {

	/** The languages a run renders, in this order: Korean, English. */
	public static final List<Locale> LANGUAGES = List.of(Locale.KOREAN, Locale.ENGLISH);

	/** Folder of the English charts under the charts folder. */
	static final String ENGLISH_FOLDER = "en";

	private final ChartTheme theme;

	/** Whether PNGs are encoded on a background thread (the default) or on the drawing thread. */
	private final boolean backgroundEncoding;

	private final List<CatalogChart> charts;

	/**
	 * @param theme the look of every chart
	 */
	public ChartCatalog(ChartTheme theme) {
		this(theme, true);
	}

	/**
	 * @param backgroundEncoding whether PNGs are encoded on a background thread while the next chart
	 * is drawn (false: every file is written on the calling thread)
	 */
	ChartCatalog(ChartTheme theme, boolean backgroundEncoding) {
		this.backgroundEncoding = backgroundEncoding;
		this.theme = Objects.requireNonNull(theme, "theme");
		this.charts = List.of(new MeetingsByGroupChart(), new ParticipationTrendChart(), new ParticipantsRetentionChart(),
				new JointMeetingCompositionChart(), new SurveyMeansChart(), new LikertDistributionChart(),
				new YearOverYearChart());
	}

	/**
	 * The folder of a language's charts, relative to the charts folder: {@code ""} for Korean (the
	 * charts folder itself), {@code en} for English.
	 */
	public static String languageFolder(Locale locale) {
		return Locale.ENGLISH.equals(Messages.bundle(locale).locale()) ? ENGLISH_FOLDER : "";
	}

	/**
	 * The language of a chart file from its path relative to the output or charts folder: English
	 * when a folder of the path is {@code en}, Korean otherwise.
	 * @param chart e.g. {@code charts/en/2022/survey-means.png}
	 */
	public static Locale languageOf(Path chart) {
		for (int i = 0; i < chart.getNameCount() - 1; i++) {
			if (chart.getName(i).toString().equals(ENGLISH_FOLDER)) {
				return Locale.ENGLISH;
			}
		}
		return Locale.KOREAN;
	}

	/** {@link #renderAll(ChartInputs, List, Path)} in one language. */
	public List<Path> renderAll(ChartInputs inputs, ChartOptions options, Path chartsDir) {
		return renderAll(inputs, List.of(options), chartsDir);
	}

	/**
	 * Renders every chart in each language as PNG + SVG under
	 * {@code chartsDir/<language folder>/<year or first-last>/<name>.{png,svg}}; returns the files
	 * written in a stable order (languages in the given order; per chart: PNG, then SVG). Charts with
	 * no data (e.g. no survey) are skipped, not drawn empty.
	 * @param inputs the statistics, shared by every language
	 * @param languages the options of each language (size, dpi, language, k and source), e.g. one
	 * per {@link #LANGUAGES}; two with the same language would write the same files
	 * @param chartsDir the charts folder, e.g. {@code output/charts}; created when missing
	 * @return the files written
	 * @throws java.io.UncheckedIOException when a file cannot be written
	 */
	public List<Path> renderAll(ChartInputs inputs, List<ChartOptions> languages, Path chartsDir) {
		return render(inputs, languages, chartsDir, (chart) -> true, true);
	}

	/**
	 * Renders only the named charts, as PNG only (for embedding, e.g. in a report document), under
	 * {@code chartsDir/<language folder>/<year or first-last>/<name>.png}; returns the files written.
	 * @param names chart names, e.g. {@code meetings-by-group}
	 * @throws java.io.UncheckedIOException when a file cannot be written
	 */
	public List<Path> renderPngs(ChartInputs inputs, List<ChartOptions> languages, Path chartsDir,
			Collection<String> names) {
		return render(inputs, languages, chartsDir, (chart) -> names.contains(chart.name()), false);
	}

	/** Draws the charts {@code drawn} accepts in each language, as PNG and (with {@code svg}) SVG. */
	private List<Path> render(ChartInputs inputs, List<ChartOptions> languages, Path chartsDir,
			Predicate<CatalogChart> drawn, boolean svg) {
		List<Path> written = new ArrayList<>();
		try (BackgroundPngEncoder encoder = this.backgroundEncoding ? new BackgroundPngEncoder() : null) {
			for (ChartOptions options : languages) {
				for (ChartFile file : build(inputs, options, drawn)) {
					if (svg) {
						written.addAll(write(file, options, chartsDir, encoder));
					}
					else {
						written.add(writePng(file, options, chartsDir, encoder));
					}
				}
			}
			if (encoder != null) {
				encoder.awaitAll();
			}
		}
		return List.copyOf(written);
	}

	/**
	 * Draws one chart and writes it as PNG (through {@code encoder} when not null) and SVG into its
	 * language's folder; returns the two files.
	 */
	private static List<Path> write(ChartFile file, ChartOptions options, Path chartsDir,
			BackgroundPngEncoder encoder) {
		Path png = writePng(file, options, chartsDir, encoder);
		Path svg = png.resolveSibling(file.name() + ".svg");
		SvgWriter.write(file.chart(), options.widthPx(), options.heightPx(), options.dpi(), svg);
		return List.of(png, svg);
	}

	/** Draws one chart and writes it as PNG (through {@code encoder} when not null); returns the file. */
	private static Path writePng(ChartFile file, ChartOptions options, Path chartsDir, BackgroundPngEncoder encoder) {
		Path png = chartsDir.resolve(languageFolder(options.locale())).resolve(file.folder()).resolve(file.name() + ".png");
		BufferedImage image = PngWriter.render(file.chart(), options.widthPx(), options.heightPx(), options.dpi());
		if (encoder != null) {
			encoder.submit(image, options.dpi(), png);
		}
		else {
			PngWriter.write(image, options.dpi(), png);
		}
		return png;
	}

	/**
	 * Every chart of the catalogue in the options' language, built and styled but not written, in
	 * catalogue order.
	 */
	List<ChartFile> build(ChartInputs inputs, ChartOptions options) {
		return build(inputs, options, (chart) -> true);
	}

	private List<ChartFile> build(ChartInputs inputs, ChartOptions options, Predicate<CatalogChart> drawn) {
		ChartContext context = new ChartContext(inputs, options, Messages.bundle(options.locale()), this.theme);
		List<ChartFile> files = new ArrayList<>();
		for (CatalogChart chart : this.charts) {
			if (drawn.test(chart)) {
				files.addAll(chart.charts(context));
			}
		}
		return files;
	}

}
