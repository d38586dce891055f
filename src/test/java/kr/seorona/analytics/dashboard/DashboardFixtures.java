package kr.seorona.analytics.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import kr.seorona.analytics.charts.ChartCatalog;
import kr.seorona.analytics.charts.ChartInputs;
import kr.seorona.analytics.charts.ChartOptions;
import kr.seorona.analytics.charts.ChartTheme;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

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
		return List.of(new QualityRow(2021, "2021/networks.csv", 11, 11, 0, new TreeMap<>()),
				new QualityRow(2022, "2022/networks.csv", 21, 21, 0, new TreeMap<>()),
				new QualityRow(2022, "2022/sessions.xlsx", 36, 33, 3,
						new TreeMap<>(Map.of("UNKNOWN_GROUP", 2L, "INVALID_DATE", 1L))),
				new QualityRow(2022, "2022/attendance.csv", 1204, 1200, 4,
						new TreeMap<>(Map.of("DUPLICATE_ATTENDANCE", 4L))));
	}

	/** Year totals consistent with {@link #participation()}: 2021 and 2022, one joint meeting each. */
	static List<YearSummary> years() {
		return List.of(new YearSummary(2021, 2, 3, 4, 1, 5, 51, 60, 150, 74L, false),
				new YearSummary(2022, 3, 12, 22, 2, 24, 460, 190, 171, 121L, false));
	}

	static List<JointMeetingAttendance> jointAttendance() {
		return List.of(new JointMeetingAttendance(2021, "J-2021-1", LocalDate.of(2021, 5, 14), 60, 2, false),
				new JointMeetingAttendance(2022, "J-2022-1", LocalDate.of(2022, 4, 29), 70, 3, false),
				new JointMeetingAttendance(2022, "J-2022-2", LocalDate.of(2022, 11, 29), 120, 3, false));
	}

	static List<JointMeetingComposition> jointMeetings() {
		return List.of(new JointMeetingComposition(2022, "J-2022-2", LocalDate.of(2022, 11, 29), "PRINCIPAL", 20, 20 / 120.0, false),
				new JointMeetingComposition(2022, "J-2022-2", LocalDate.of(2022, 11, 29), "ADMIN_DIRECTOR", 3, 3 / 120.0, true),
				new JointMeetingComposition(2022, "J-2022-2", LocalDate.of(2022, 11, 29), "PARENT", 97, 97 / 120.0, false));
	}

	static List<SurveyScaleStatistics> scales() {
		return List.of(scale(2021, "ALL", "collaboration", 70, 3.91), scale(2022, "ALL", "collaboration", 118, 4.05),
				scale(2022, "ALL", "value", 119, 4.21), scale(2022, "ADMIN_DIRECTOR", "value", 3, 4.5));
	}

	private static SurveyScaleStatistics scale(int year, String group, String scale, long n, double mean) {
		return new SurveyScaleStatistics(year, group, scale, 3, n, 0, mean, 0.6, 0.06, mean - 0.1, mean + 0.1, mean,
				mean - 0.5, mean + 0.5, 0.81, n, null, null, n < 5);
	}

	static PublishedFigures figures() {
		return new PublishedFigures(years(), participation(), jointAttendance(), jointMeetings(), scales(), List.of());
	}

	/**
	 * Renders a few charts in both languages under {@code outputDir/charts} (English under
	 * {@code charts/en}) and returns the report of a run in {@code locale} pointing at them.
	 */
	static RunReport report(Path outputDir, Locale locale, ChartInputs inputs) {
		List<ChartOptions> languages = ChartCatalog.LANGUAGES.stream()
			.map((language) -> ChartOptions.defaults(DEFINITIONS.identity(), language).withSize(900, 150))
			.toList();
		List<Path> charts = new ChartCatalog(ChartTheme.bundled()).renderAll(inputs, languages,
				outputDir.resolve("charts"));
		RunInfo run = new RunInfo("annualReport", 42, "COMPLETED",
				new TreeMap<>(Map.of("years", "2019-2022", "locale", locale.getLanguage(), "minCellSize", "5",
						"input", "data", "output", "output")),
				LocalDateTime.of(2026, 3, 2, 9, 0, 1), LocalDateTime.of(2026, 3, 2, 9, 0, 47));
		List<DatasetLink> datasets = List.of(new DatasetLink("participation", "Participation of each group",
				List.of("datasets/participation/year=2021/part-00000.parquet",
						"datasets/participation/year=2022/part-00000.parquet")));
		return new RunReport(run, DEFINITIONS.identity(), figures(), quality(), charts, datasets, 5);
	}

}
