package kr.seorona.analytics.dashboard;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.SurveyAnswer;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.stats.YearSummary;

/**
 * The values of {@code templates/dashboard.mustache} for one language: texts, report identity,
 * headline figures, the themed sections with their charts and tables, links to the published
 * files, and the run's metadata. Every text comes from the message bundle ({@code dashboard.*}
 * keys), {@code jobs/report.yml} or the group and survey definitions.
 */
final class PageModel {

	/** Links of the downloads section, relative to the output folder. */
	static final String REJECTS = "reports/rejects.csv";

	static final String INGEST_SUMMARY = "reports/ingest-summary.json";

	static final String MANIFEST = "manifest.json";

	static final String DICTIONARY = "DATASETS.md";

	private static final List<String> TEXTS = List.of("title", "skip", "nav", "headline", "participation", "joint",
			"survey", "quality", "downloads", "run", "job", "execution", "status", "start", "end", "parameters",
			"parameter", "value", "file", "rowsRead", "accepted", "rejected", "reasons", "total", "noQuality", "year",
			"group", "networks", "meetings", "attendances", "attendancesAll", "attendancesChange", "participants", "retention",
			"participationRate", "noFigures", "noCharts", "svg", "png", "footer", "headline.groups",
			"headline.joint", "headline.survey", "headline.none", "headline.rounding", "yearTotals", "regularMeetings", "jointMeetings",
			"allMeetings", "respondents", "byGroup", "jointTable", "date", "share", "scale", "n", "mean", "ci95",
			"alpha", "scaleTable", "item", "topTwo", "jointParticipants", "byGroupNote",
			"changeColumn", "olderCharts", "scrollHint", "datasets", "dataset", "partitions", "dictionary", "rejectsCsv",
			"ingestSummary", "manifest", "contact", "tableNote");

	private final RunReport report;

	private final Definitions definitions;

	private final Formats formats;

	private final Path outputDir;

	PageModel(RunReport report, Definitions definitions, Messages messages, Path outputDir) {
		this.report = report;
		this.definitions = definitions;
		this.formats = new Formats(messages);
		this.outputDir = outputDir;
	}

	/**
	 * The template values.
	 * @param otherPage file name of the page in the other language, e.g. {@code index-en.html}
	 * @param otherLocale the other page's language
	 */
	Map<String, Object> build(String otherPage, Locale otherLocale) {
		Locale locale = this.formats.locale();
		int k = this.report.minCellSize();
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("lang", locale.getLanguage());
		page.put("fontUrl", DashboardWriter.FONT_FOLDER + "/" + DashboardWriter.FONT_FILE);
		page.put("t", texts());
		page.put("otherPage", otherPage);
		page.put("otherLang", otherLocale.getLanguage());
		page.put("otherLangName", Messages.bundle(otherLocale).get("dashboard.languageName"));
		page.put("organisation", this.report.identity().organisation(locale));
		page.put("programme", this.report.identity().programme(locale));
		page.put("contact", this.report.identity().contact(locale));
		PublishedFigures figures = this.report.figures();
		HeadlineModel headline = new HeadlineModel(figures, this.definitions.groups(), this.definitions.survey(),
				this.formats, k);
		page.put("headline", headline.build());
		page.put("hasHeadline", headline.latestYear().isPresent());
		page.put("sources", sources(figures));
		ParticipationTables participation = new ParticipationTables(figures, this.definitions.groups(), this.formats, k);
		page.put("yearTotals", participation.yearTotals());
		page.put("byGroup", participation.byGroup());
		page.put("hasFigures", !figures.participation().isEmpty());
		page.put("jointRows", participation.jointMeetings());
		page.put("jointNote", participation.jointMeetingsNote());
		page.put("hasJoint", !figures.jointMeetings().isEmpty());
		SurveyTables survey = new SurveyTables(figures, this.definitions.groups(), this.definitions.survey(),
				this.formats, k);
		page.put("scaleRows", survey.scales());
		page.put("hasScales", !figures.scales().isEmpty());
		page.put("itemYears", survey.itemsByYear());
		page.put("surveyNotes", survey.notes());
		page.put("suppressedNote", this.formats.text("dashboard.suppressedNote", k));
		page.put("charts", charts());
		QualityTable quality = new QualityTable(this.report.quality(), this.formats);
		page.put("quality", quality.rows());
		page.put("hasQuality", !quality.isEmpty());
		page.put("qualityTotal", quality.total());
		page.put("qualityCaption", this.formats.text("dashboard.qualityCaption", quality.years()));
		page.put("datasets", datasets());
		page.put("run", run());
		return page;
	}

	/** {@code 게시된 2019–2022학년도 자료 기준 · 집계일 2026. 12. 2. · ...}, the date as the reports write it. */
	private String sources(PublishedFigures figures) {
		String years = figures.years().stream().mapToInt(YearSummary::year).min().orElse(0) + "–"
				+ figures.years().stream().mapToInt(YearSummary::year).max().orElse(0);
		LocalDateTime end = this.report.run().endTime();
		return this.formats.text("dashboard.headline.sources", years,
				(end != null) ? this.formats.date(end.toLocalDate()) : "");
	}

	private Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String key : TEXTS) {
			texts.put(key.replace(".", "_"), this.formats.text("dashboard." + key));
		}
		texts.putAll(answerHeaders());
		return texts;
	}

	/**
	 * Headers of the answer columns, {@code answer1} to {@code answer5}: the scale's ends with their
	 * labels from {@code survey.yml} ({@code 1 전혀 그렇지 않다}, {@code 5 매우 그렇다}), as the charts and
	 * the responses dataset name them; the answers between by number.
	 */
	private Map<String, String> answerHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		for (SurveyAnswer response : this.definitions.survey().answers()) {
			int answer = response.answer();
			boolean end = answer == SurveyDefinition.MIN_ANSWER || answer == SurveyDefinition.MAX_ANSWER;
			String label = response.label(this.formats.locale());
			headers.put("answer" + answer,
					(end && !label.equals(Integer.toString(answer))) ? answer + " " + label : Integer.toString(answer));
		}
		return headers;
	}

	private Map<String, Object> charts() {
		ChartLinks links = new ChartLinks(this.report.charts(), this.outputDir, this.formats);
		Map<String, Object> charts = new LinkedHashMap<>();
		for (String section : List.of(ChartLinks.PARTICIPATION, ChartLinks.JOINT, ChartLinks.SURVEY)) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("current", links.current(section));
			map.put("older", links.older(section));
			map.put("hasOlder", !links.older(section).isEmpty());
			charts.put(section, map);
		}
		charts.put("none", links.isEmpty());
		return charts;
	}

	private List<Map<String, Object>> datasets() {
		return this.report.datasets().stream().map((dataset) -> {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("name", dataset.name());
			String key = "dashboard.dataset." + dataset.name();
			map.put("description", this.formats.messages().has(key) ? this.formats.text(key) : dataset.description());
			map.put("files", dataset.files().stream().map((file) -> Map.of("path", file, "label", partition(file))).toList());
			return map;
		}).toList();
	}

	/** {@code year=2022} of a partition file, or the file name of an unpartitioned dataset. */
	private static String partition(String file) {
		String[] parts = file.split("/");
		return (parts.length >= 2 && parts[parts.length - 2].startsWith("year="))
				? parts[parts.length - 2].substring("year=".length()) : parts[parts.length - 1];
	}

	private Map<String, Object> run() {
		RunInfo run = this.report.run();
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("jobName", run.jobName());
		map.put("jobExecutionId", Long.toString(run.jobExecutionId()));
		String statusKey = "dashboard.status." + run.status();
		map.put("status", this.formats.messages().has(statusKey) ? this.formats.text(statusKey) : run.status());
		map.put("statusClass", "COMPLETED".equals(run.status()) ? "ok" : "failed");
		map.put("startTime", this.formats.time(run.startTime()));
		map.put("endTime", this.formats.time(run.endTime()));
		map.put("parameters", run.parameters().entrySet().stream()
			.map((entry) -> Map.of("name", entry.getKey(), "value", entry.getValue()))
			.toList());
		return map;
	}

}
