package kr.seorona.analytics.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.stats.ParticipationStatistics;

/**
 * Writes {@code outputDir/index.html}, the static dashboard of a run: parameters, status, data
 * quality, key figures per year and group, and every chart. The page needs no server and no
 * network: CSS is embedded, charts are referenced by relative path ({@code charts/...png}), and
 * the bundled NanumGothic font (with its OFL licence) is copied to {@code assets/fonts/}. Rendered
 * with JMustache from {@code templates/dashboard.mustache} on the class path; all text is HTML
 * escaped. Texts come from the message bundle ({@code dashboard.*} keys).
 */
public final class DashboardWriter {

	static final String TEMPLATE = "/templates/dashboard.mustache";

	/** Folder of the web font, relative to the output folder. */
	static final String FONT_FOLDER = "assets/fonts";

	static final String FONT_FILE = "NanumGothic.ttf";

	static final String FONT_LICENCE = "OFL-NanumGothic.txt";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private DashboardWriter() {
	}

	/**
	 * Writes the page (to a temporary sibling first, then moved into place).
	 * @param report what to show
	 * @param groups group labels and display order
	 * @param messages texts in the run's language
	 * @param outputDir the run's output folder; created when missing
	 * @throws UncheckedIOException when the page cannot be written
	 * @throws IllegalArgumentException when a chart path lies outside the output folder
	 */
	public static void write(RunReport report, GroupCatalog groups, Messages messages, Path outputDir) {
		String html = render(report, groups, messages, outputDir);
		Path temp = outputDir.resolve(".index.html.tmp");
		try {
			Files.createDirectories(outputDir);
			copyFont(outputDir);
			Files.writeString(temp, html, StandardCharsets.UTF_8);
			Files.move(temp, outputDir.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			ManifestWriter.deleteQuietly(temp);
			throw new UncheckedIOException("cannot write dashboard " + outputDir.resolve("index.html"), ex);
		}
	}

	/**
	 * Copies the bundled Korean font and its licence next to the page, so that Hangul shows on
	 * machines without a Korean font and without network access.
	 */
	static void copyFont(Path outputDir) throws IOException {
		Path fonts = outputDir.resolve(FONT_FOLDER);
		Files.createDirectories(fonts);
		for (String name : List.of(FONT_FILE, FONT_LICENCE)) {
			try (InputStream in = DashboardWriter.class.getResourceAsStream("/fonts/" + name)) {
				if (in == null) {
					throw new IllegalStateException("bundled file not found on the class path: /fonts/" + name);
				}
				byte[] bytes = in.readAllBytes();
				Files.write(fonts.resolve(name), name.endsWith(".ttf") ? WebFont.withoutSourceTables(bytes) : bytes);
			}
		}
	}

	/** The page as HTML. */
	static String render(RunReport report, GroupCatalog groups, Messages messages, Path outputDir) {
		Locale locale = messages.locale();
		NumberFormat integer = NumberFormat.getIntegerInstance(locale);
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("lang", locale.getLanguage());
		page.put("fontUrl", FONT_FOLDER + "/" + FONT_FILE);
		page.put("t", texts(messages, report));
		page.put("jobName", report.jobName());
		page.put("jobExecutionId", Long.toString(report.jobExecutionId()));
		page.put("status", report.status());
		page.put("statusClass", "COMPLETED".equals(report.status()) ? "ok" : "failed");
		page.put("startTime", time(report.startTime()));
		page.put("endTime", time(report.endTime()));
		page.put("parameters", report.parameters().entrySet().stream()
			.map((entry) -> Map.of("name", entry.getKey(), "value", entry.getValue()))
			.toList());
		page.put("quality", quality(report.quality(), integer));
		page.put("hasQuality", !report.quality().isEmpty());
		page.put("qualityTotal", qualityTotal(report.quality(), integer));
		page.put("figures", figures(report, groups, messages, integer));
		page.put("hasFigures", !report.participation().isEmpty());
		List<Map<String, String>> charts = charts(report, messages, outputDir);
		page.put("charts", charts);
		page.put("hasCharts", !charts.isEmpty());
		return template().execute(page);
	}

	private static Template template() {
		try (InputStream in = DashboardWriter.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IllegalStateException("dashboard template not found on the class path: " + TEMPLATE);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).compile(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + TEMPLATE, ex);
		}
	}

	private static Map<String, String> texts(Messages messages, RunReport report) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String key : List.of("title", "run", "job", "execution", "status", "start", "end", "parameters",
				"parameter", "value", "quality", "file", "rowsRead", "accepted", "rejected", "reasons", "total",
				"noQuality", "figures", "year", "group", "networks", "meetings", "attendances", "participants",
				"retention", "participationRate", "noFigures", "charts", "noCharts", "svg", "footer")) {
			texts.put(key, messages.get("dashboard." + key));
		}
		texts.put("suppressedNote", messages.get("dashboard.suppressedNote", report.minCellSize()));
		return texts;
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? TIME.format(time) : "–";
	}

	private static List<Map<String, String>> quality(List<QualityRow> rows, NumberFormat integer) {
		List<Map<String, String>> result = new ArrayList<>();
		for (QualityRow row : rows) {
			Map<String, String> map = new LinkedHashMap<>();
			map.put("file", row.file());
			map.put("rowsRead", integer.format(row.rowsRead()));
			map.put("accepted", integer.format(row.accepted()));
			map.put("rejected", integer.format(row.rejected()));
			map.put("reasons", row.reasonsText());
			map.put("rejectedClass", (row.rejected() > 0) ? "warn" : "");
			result.add(map);
		}
		return result;
	}

	private static Map<String, String> qualityTotal(List<QualityRow> rows, NumberFormat integer) {
		return Map.of("rowsRead", integer.format(rows.stream().mapToLong(QualityRow::rowsRead).sum()), "accepted",
				integer.format(rows.stream().mapToLong(QualityRow::accepted).sum()), "rejected",
				integer.format(rows.stream().mapToLong(QualityRow::rejected).sum()));
	}

	private static List<Map<String, String>> figures(RunReport report, GroupCatalog groups, Messages messages,
			NumberFormat integer) {
		NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
		percent.setMaximumFractionDigits(1);
		percent.setMinimumFractionDigits(1);
		String withheld = messages.get("chart.suppressed.label");
		List<Map<String, String>> result = new ArrayList<>();
		report.participation()
			.stream()
			.sorted(Comparator.comparingInt(ParticipationStatistics::year)
				.thenComparingInt((row) -> groups.order(row.groupCode())))
			.forEach((row) -> {
				boolean suppressed = row.suppressed() || row.distinctParticipants() < report.minCellSize();
				Map<String, String> map = new LinkedHashMap<>();
				map.put("year", Integer.toString(row.year()));
				map.put("group", groups.find(row.groupCode())
					.map((group) -> group.label(messages.locale()))
					.orElse(row.groupCode()));
				// the published dataset withholds every figure of a suppressed row
				map.put("networks", suppressed ? withheld : integer.format(row.networks()));
				map.put("meetings", suppressed ? withheld : integer.format(row.meetings()));
				map.put("attendances", suppressed ? withheld : integer.format(row.attendances()));
				map.put("participants", suppressed ? withheld : integer.format(row.distinctParticipants()));
				map.put("retention", suppressed ? withheld : percentOrDash(row.retention(), percent));
				map.put("participationRate", suppressed ? withheld : percentOrDash(row.participationRate(), percent));
				map.put("rowClass", suppressed ? "suppressed" : "");
				result.add(map);
			});
		return result;
	}

	private static String percentOrDash(Double share, NumberFormat percent) {
		return (share != null) ? percent.format(share) : "–";
	}

	private static List<Map<String, String>> charts(RunReport report, Messages messages, Path outputDir) {
		Path base = outputDir.toAbsolutePath().normalize();
		List<Map<String, String>> result = new ArrayList<>();
		for (Path chart : report.charts()) {
			Path absolute = base.resolve(chart).normalize();
			if (!absolute.startsWith(base)) {
				throw new IllegalArgumentException("chart " + chart + " is not under the output folder " + base);
			}
			String relative = base.relativize(absolute).toString().replace('\\', '/');
			if (!relative.endsWith(".png")) {
				continue;
			}
			String stem = relative.substring(0, relative.length() - ".png".length());
			String name = stem.substring(stem.lastIndexOf('/') + 1);
			String folder = (stem.lastIndexOf('/') > 0) ? stem.substring(0, stem.lastIndexOf('/')) : "";
			String years = folder.substring(folder.lastIndexOf('/') + 1);
			String key = "dashboard.chart." + name;
			String caption = (messages.has(key) ? messages.get(key) : name) + " (" + years + ")";
			Map<String, String> map = new LinkedHashMap<>();
			map.put("png", relative);
			map.put("caption", caption);
			map.put("svg", Files.isRegularFile(base.resolve(stem + ".svg")) ? stem + ".svg" : "");
			result.add(map);
		}
		return result;
	}

}
