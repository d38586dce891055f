package kr.seorona.analytics.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.seorona.analytics.charts.ChartCatalog;
import kr.seorona.analytics.charts.ChartNames;

/**
 * The charts of a page, in its language, by section: participation (meetings, trend, participants and retention,
 * year over year), joint meetings, survey (means, Likert). In each section the charts of the
 * latest year (and the cross-year ones) come first; earlier years' follow under {@code older}.
 */
final class ChartLinks {

	static final String PARTICIPATION = "participation";

	static final String JOINT = "joint";

	static final String SURVEY = "survey";

	private static final Set<String> JOINT_CHARTS = Set.of(ChartNames.JOINT_MEETING_COMPOSITION);

	private static final Set<String> SURVEY_CHARTS = Set.of(ChartNames.SURVEY_MEANS, ChartNames.LIKERT_DISTRIBUTION);

	/** One chart file. */
	private record Chart(String png, String svg, String name, String years, String caption) {

		Map<String, String> toMap() {
			Map<String, String> map = new LinkedHashMap<>();
			map.put("png", this.png);
			map.put("svg", this.svg);
			map.put("caption", this.caption);
			map.put("name", this.name);
			return map;
		}

	}

	private final List<Chart> charts = new ArrayList<>();

	/**
	 * @param files chart files, absolute or relative to {@code outputDir}; only the PNGs in the
	 * page's language are shown (English ones under an {@code en} folder, see
	 * {@link ChartCatalog#languageOf(Path)})
	 * @param outputDir the output folder
	 * @param formats texts of the page's language
	 * @throws IllegalArgumentException when a chart lies outside the output folder
	 */
	ChartLinks(List<Path> files, Path outputDir, Formats formats) {
		Path base = outputDir.toAbsolutePath().normalize();
		for (Path chart : files) {
			Path absolute = base.resolve(chart).normalize();
			if (!absolute.startsWith(base)) {
				throw new IllegalArgumentException("chart " + chart + " is not under the output folder " + base);
			}
			String relative = base.relativize(absolute).toString().replace('\\', '/');
			if (!relative.endsWith(".png") || !ChartCatalog.languageOf(Path.of(relative)).equals(formats.locale())) {
				continue;
			}
			String stem = relative.substring(0, relative.length() - ".png".length());
			String name = stem.substring(stem.lastIndexOf('/') + 1);
			String folder = (stem.lastIndexOf('/') > 0) ? stem.substring(0, stem.lastIndexOf('/')) : "";
			String years = folder.substring(folder.lastIndexOf('/') + 1);
			String key = "dashboard.chart." + name;
			String caption = (formats.messages().has(key) ? formats.text(key) : name) + " (" + years + ")";
			String svg = Files.isRegularFile(base.resolve(stem + ".svg")) ? stem + ".svg" : "";
			this.charts.add(new Chart(relative, svg, name, years, caption));
		}
	}

	boolean isEmpty() {
		return this.charts.isEmpty();
	}

	/** The section's charts of the latest year and across years, in the given order. */
	List<Map<String, String>> current(String section) {
		String latest = latestSingleYear(section);
		return this.charts.stream()
			.filter((chart) -> section(chart).equals(section))
			.filter((chart) -> chart.years().contains("-") || chart.years().equals(latest) || latest.isEmpty())
			.map(Chart::toMap)
			.toList();
	}

	/** The section's single-year charts of earlier years, latest first. */
	List<Map<String, String>> older(String section) {
		String latest = latestSingleYear(section);
		return this.charts.stream()
			.filter((chart) -> section(chart).equals(section))
			.filter((chart) -> !chart.years().contains("-") && !latest.isEmpty() && !chart.years().equals(latest))
			.sorted((a, b) -> b.years().compareTo(a.years()))
			.map(Chart::toMap)
			.toList();
	}

	private String latestSingleYear(String section) {
		return this.charts.stream()
			.filter((chart) -> section(chart).equals(section))
			.map(Chart::years)
			.filter((years) -> !years.contains("-"))
			.max(String::compareTo)
			.orElse("");
	}

	private static String section(Chart chart) {
		if (JOINT_CHARTS.contains(chart.name())) {
			return JOINT;
		}
		return SURVEY_CHARTS.contains(chart.name()) ? SURVEY : PARTICIPATION;
	}

}
