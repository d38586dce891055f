package kr.seorona.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kr.seorona.analytics.charts.ChartCatalog;

/**
 * Finds the PNG of a chart of the catalogue by name for a year's report, in the document's language
 * (Korean charts in a charts folder, English ones under {@code en/}, see
 * {@link ChartCatalog#languageFolder}): the year's own folder ({@code 2022/survey-means.png}), else
 * a range folder that ends with the year ({@code 2019-2022/meetings-by-group.png} for 2022,
 * {@code 2019-2021/...} for 2021), in each of the given folders in order. A chart over years that
 * goes on past the report's year is never taken: it would show a past year's report later years'
 * figures. A chart nobody drew (no data, or not drawn for that range) is simply absent.
 */
final class ReportCharts {

	private static final Pattern RANGE = Pattern.compile("(\\d{4})-(\\d{4})");

	private ReportCharts() {
	}

	static Optional<Path> find(List<Path> chartFolders, Locale locale, int year, String name) {
		for (Path root : chartFolders) {
			Path own = root.resolve(ChartCatalog.languageFolder(locale)).resolve(Integer.toString(year)).resolve(name + ".png");
			if (Files.isRegularFile(own)) {
				return Optional.of(own);
			}
		}
		for (Path root : chartFolders) {
			Path chartsDir = root.resolve(ChartCatalog.languageFolder(locale));
			if (!Files.isDirectory(chartsDir)) {
				continue;
			}
			try (Stream<Path> folders = Files.list(chartsDir)) {
				Optional<Path> range = folders.filter((folder) -> endsWith(folder.getFileName().toString(), year))
					.sorted()
					.map((folder) -> folder.resolve(name + ".png"))
					.filter(Files::isRegularFile)
					.findFirst();
				if (range.isPresent()) {
					return range;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list " + chartsDir, ex);
			}
		}
		return Optional.empty();
	}

	private static boolean endsWith(String folder, int year) {
		Matcher range = RANGE.matcher(folder);
		return range.matches() && Integer.parseInt(range.group(2)) == year;
	}

}
