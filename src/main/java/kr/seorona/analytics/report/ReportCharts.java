package kr.seorona.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kr.seorona.analytics.charts.ChartCatalog;

/**
 * Finds the PNG of a chart of the catalogue by name in the document's language (Korean charts in
 * the charts folder, English ones under {@code en/}, see {@link ChartCatalog#languageFolder}):
 * the year's own folder ({@code <charts>/2022/survey-means.png}) first, else a range folder that
 * covers the year ({@code <charts>/2019-2022/meetings-by-group.png}). A chart the charts step did
 * not draw (no data) is simply absent.
 */
final class ReportCharts {

	private static final Pattern RANGE = Pattern.compile("(\\d{4})-(\\d{4})");

	private ReportCharts() {
	}

	static Optional<Path> find(Path chartsRoot, Locale locale, int year, String name) {
		Path chartsDir = chartsRoot.resolve(ChartCatalog.languageFolder(locale));
		Path own = chartsDir.resolve(Integer.toString(year)).resolve(name + ".png");
		if (Files.isRegularFile(own)) {
			return Optional.of(own);
		}
		if (!Files.isDirectory(chartsDir)) {
			return Optional.empty();
		}
		try (Stream<Path> folders = Files.list(chartsDir)) {
			return folders.filter((folder) -> covers(folder.getFileName().toString(), year))
				.sorted()
				.map((folder) -> folder.resolve(name + ".png"))
				.filter(Files::isRegularFile)
				.findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + chartsDir, ex);
		}
	}

	private static boolean covers(String folder, int year) {
		Matcher range = RANGE.matcher(folder);
		return range.matches() && Integer.parseInt(range.group(1)) <= year && year <= Integer.parseInt(range.group(2));
	}

}
