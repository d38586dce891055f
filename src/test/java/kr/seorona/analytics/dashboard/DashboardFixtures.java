package kr.seorona.analytics.dashboard;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import kr.seorona.analytics.charts.ChartCatalog;
import kr.seorona.analytics.charts.ChartInputs;
import kr.seorona.analytics.charts.ChartOptions;
import kr.seorona.analytics.charts.ChartTheme;
import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.stats.ParticipationStatistics;

/** A run report like the annual report job's, with charts rendered into an output folder. */
final class DashboardFixtures {

	static final Definitions DEFINITIONS = Definitions.load(Path.of("jobs"));

	private DashboardFixtures() {
	}

	static GroupCatalog groups() {
		return DEFINITIONS.groups();
	}

	static List<ParticipationStatistics> participation() {
		return List.of(row(2021, "PRINCIPAL", 2, 3, 47, 21, 0.62, false),
				row(2021, "ADMIN_DIRECTOR", 1, 1, 4, 4, 0.5, true), row(2022, "PRINCIPAL", 2, 3, 51, 22, 0.64, false),
				row(2022, "ADMIN_DIRECTOR", 1, 1, 8, 8, null, false), row(2022, "PARENT", 9, 18, 401, 140, 0.66, false));
	}

	private static ParticipationStatistics row(int year, String group, int networks, int meetings, long attendances,
			long distinct, Double retention, boolean suppressed) {
		double mean = (double) attendances / meetings;
		return new ParticipationStatistics(year, group, networks, meetings, attendances, distinct, mean, mean, 0.42,
				null, retention, 0.2, null, null, null, suppressed);
	}

	static List<QualityRow> quality() {
		return List.of(new QualityRow("2022/networks.csv", 21, 21, 0, new TreeMap<>()),
				new QualityRow("2022/sessions.xlsx", 36, 33, 3,
						new TreeMap<>(Map.of("UNKNOWN_GROUP", 2L, "BAD_DATE", 1L))),
				new QualityRow("2022/attendance.csv", 1204, 1200, 4, new TreeMap<>(Map.of("DUPLICATE", 4L))));
	}

	/** Renders a few charts under {@code outputDir/charts} and returns the report pointing at them. */
	static RunReport report(Path outputDir, Locale locale, ChartInputs inputs) {
		ChartOptions options = ChartOptions.defaults(DEFINITIONS.identity(), locale).withSize(900, 150);
		List<Path> charts = new ChartCatalog(ChartTheme.bundled(), Messages.bundle(locale)).renderAll(inputs, options,
				outputDir.resolve("charts"));
		return new RunReport("annualReport", 42, "COMPLETED",
				new TreeMap<>(Map.of("years", "2019-2022", "locale", locale.getLanguage(), "minCellSize", "5",
						"input", "data", "output", "output")),
				LocalDateTime.of(2026, 3, 2, 9, 0, 1), LocalDateTime.of(2026, 3, 2, 9, 0, 47), quality(),
				participation(), charts, 5);
	}

}
