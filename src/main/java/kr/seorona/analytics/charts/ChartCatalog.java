package kr.seorona.analytics.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The chart catalogue of a run: builds every chart from the statistics and writes each as PNG
 * (with its dpi) and SVG under {@code chartsDir/<year or first-last>/<name>.{png,svg}}.
 * <p>
 * Charts, in order: {@code meetings-by-group}, {@code participation-trend},
 * {@code participants-retention}, {@code joint-meeting-composition} (ranges), then per survey year
 * {@code survey-means}, {@code likert-distribution}, and per year with a previous year
 * {@code year-over-year}. A chart without data is skipped, never drawn empty. Figures based on fewer
 * than {@link ChartOptions#minCellSize()} people, or flagged suppressed, are never drawn; the chart
 * names them in a note.
 */
public final class ChartCatalog {

	private final ChartTheme theme;

	private final Messages messages;

	private final List<CatalogChart> charts;

	/**
	 * @param theme the look of every chart
	 * @param messages texts; their language should match {@link ChartOptions#locale()}
	 */
	public ChartCatalog(ChartTheme theme, Messages messages) {
		this.theme = Objects.requireNonNull(theme, "theme");
		this.messages = Objects.requireNonNull(messages, "messages");
		this.charts = List.of(new MeetingsByGroupChart(), new ParticipationTrendChart(), new ParticipantsRetentionChart(),
				new JointMeetingCompositionChart(), new SurveyMeansChart(), new LikertDistributionChart(),
				new YearOverYearChart());
	}

	/**
	 * Renders every chart as PNG + SVG under {@code chartsDir/<year or first-last>/<name>.{png,svg}};
	 * returns the files written in a stable order (per chart: PNG, then SVG). Charts with no data
	 * (e.g. no survey) are skipped, not drawn empty.
	 * @param inputs the statistics
	 * @param options size, dpi, language, k and source
	 * @param chartsDir the charts folder, e.g. {@code output/charts}; created when missing
	 * @return the files written
	 * @throws java.io.UncheckedIOException when a file cannot be written
	 */
	public List<Path> renderAll(ChartInputs inputs, ChartOptions options, Path chartsDir) {
		List<Path> written = new ArrayList<>();
		for (ChartFile file : build(inputs, options)) {
			Path png = chartsDir.resolve(file.folder()).resolve(file.name() + ".png");
			Path svg = chartsDir.resolve(file.folder()).resolve(file.name() + ".svg");
			PngWriter.write(file.chart(), options.widthPx(), options.heightPx(), options.dpi(), png);
			SvgWriter.write(file.chart(), options.widthPx(), options.heightPx(), options.dpi(), svg);
			written.add(png);
			written.add(svg);
		}
		return List.copyOf(written);
	}

	/** Every chart of the catalogue, built and styled but not written, in catalogue order. */
	List<ChartFile> build(ChartInputs inputs, ChartOptions options) {
		ChartContext context = new ChartContext(inputs, options, this.messages, this.theme);
		List<ChartFile> files = new ArrayList<>();
		for (CatalogChart chart : this.charts) {
			files.addAll(chart.charts(context));
		}
		return files;
	}

}
