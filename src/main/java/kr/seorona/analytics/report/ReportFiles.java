package kr.seorona.analytics.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import kr.seorona.analytics.charts.ChartNames;
import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.ingest.ReportIdentity;
import kr.seorona.analytics.support.ParallelTasks;

/**
 * Writes the draft results reports of a run: per school year and language
 * {@code <reportsDir>/<year>/<name>.hwpx} and {@code .docx}, the name made of the report identity's
 * organisation and programme, the year and "운영결과보고_초안" (English: "results_report_draft"),
 * with spaces as underscores and the characters Windows forbids in file names removed.
 */
public final class ReportFiles {

	/**
	 * The charts over years the documents embed ({@code meetings-by-group}, ...): a report of an
	 * earlier year than a run's last needs them drawn over the years up to its own (see
	 * {@link ReportInputs#chartFolders()}).
	 */
	public static final List<String> CHARTS_OVER_YEARS = List.of(ChartNames.MEETINGS_BY_GROUP, ChartNames.JOINT_MEETING_COMPOSITION,
			ChartNames.PARTICIPANTS_RETENTION);

	private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

	private ReportFiles() {
	}

	/**
	 * @param inputs the run's statistics, charts and identity
	 * @param years the school years to report on (each must have year totals)
	 * @param locales the languages, e.g. Korean, or Korean and English
	 * @param reportsDir the reports folder (the staged {@code reports/})
	 * @return the files written, per year and language: HWPX, then DOCX
	 * @throws java.io.UncheckedIOException when a chart cannot be read or a file written
	 */
	public static List<Path> write(ReportInputs inputs, Collection<Integer> years, List<Locale> locales,
			Path reportsDir) {
		List<Path> written = new ArrayList<>();
		List<Runnable> writes = new ArrayList<>();
		for (int year : years.stream().sorted().toList()) {
			for (Locale locale : locales) {
				ReportDocument report = ResultsReport.build(inputs, year, locale);
				String name = name(inputs.identity(), year, locale);
				Path folder = reportsDir.resolve(Integer.toString(year));
				Path hwpx = folder.resolve(name + ".hwpx");
				Path docx = folder.resolve(name + ".docx");
				writes.add(() -> DocxReportWriter.write(report, docx));
				writes.add(() -> HwpxReportWriter.write(report, hwpx));
				written.add(hwpx);
				written.add(docx);
			}
		}
		// each file is written by one thread alone; on two cores the documents step takes about half the time
		ParallelTasks.runAll("documents", 2, writes.stream().map(Executors::callable).toList(),
				"writing the reports");
		return List.copyOf(written);
	}

	/**
	 * The file name without extension, e.g.
	 * {@code 울산광역시교육청_서로나눔학교_네트워크_2022학년도_운영결과보고_초안}.
	 */
	public static String name(ReportIdentity identity, int year, Locale locale) {
		Messages messages = Messages.bundle(locale);
		Locale effective = messages.locale();
		String separator = "en".equals(effective.getLanguage()) ? "_" : "";
		String raw = identity.organisation(effective) + " " + identity.programme(effective) + " " + year + separator
				+ messages.get("report.file.suffix");
		return FORBIDDEN.matcher(raw).replaceAll("").trim().replaceAll("\\s+", "_");
	}

}
