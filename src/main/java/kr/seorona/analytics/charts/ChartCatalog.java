package kr.seorona.analytics.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p>
 * The charts are built on the calling thread and written on {@link #DEFAULT_THREADS} threads, a
 * whole chart (PNG and SVG) per task: charts share no mutable state, so the files are the same
 * bytes as when written one after the other.
 */
public final class ChartCatalog {

	/** Threads that draw and encode the charts. */
	static final int DEFAULT_THREADS = 2;

	private final ChartTheme theme;

	private final Messages messages;

	private final List<CatalogChart> charts;

	private final int threads;

	/**
	 * @param theme the look of every chart
	 * @param messages texts; their language should match {@link ChartOptions#locale()}
	 */
	public ChartCatalog(ChartTheme theme, Messages messages) {
		this(theme, messages, DEFAULT_THREADS);
	}

	/**
	 * @param threads threads that write the charts, at least 1 (1: one after the other on the calling thread)
	 */
	ChartCatalog(ChartTheme theme, Messages messages, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads);
		}
		this.threads = threads;
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
		List<ChartFile> files = build(inputs, options);
		List<Path> written = new ArrayList<>();
		if (this.threads == 1) {
			for (ChartFile file : files) {
				written.addAll(write(file, options, chartsDir));
			}
			return List.copyOf(written);
		}
		ExecutorService pool = Executors.newFixedThreadPool(this.threads, new ChartThreads());
		try {
			List<Future<List<Path>>> tasks = new ArrayList<>();
			for (ChartFile file : files) {
				tasks.add(pool.submit(() -> write(file, options, chartsDir)));
			}
			for (Future<List<Path>> task : tasks) {
				written.addAll(task.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing charts", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("cannot write charts", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return List.copyOf(written);
	}

	/** Writes one chart as PNG and SVG; returns the two files. */
	private static List<Path> write(ChartFile file, ChartOptions options, Path chartsDir) {
		Path png = chartsDir.resolve(file.folder()).resolve(file.name() + ".png");
		Path svg = chartsDir.resolve(file.folder()).resolve(file.name() + ".svg");
		PngWriter.write(file.chart(), options.widthPx(), options.heightPx(), options.dpi(), png);
		SvgWriter.write(file.chart(), options.widthPx(), options.heightPx(), options.dpi(), svg);
		return List.of(png, svg);
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

	/** Daemon threads named {@code charts-1}, {@code charts-2}, ... */
	private static final class ChartThreads implements java.util.concurrent.ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "charts-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
