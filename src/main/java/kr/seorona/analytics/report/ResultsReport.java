package kr.seorona.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Builds the draft results report (결과 보고) of one school year from the statistics, in the order
 * such a report uses: title block (organisation, programme, year, date of the run), 1. overview,
 * 2. operation, 3. year-end survey, 4. data quality. Every sentence is a fixed template of the
 * message bundle ({@code report.*}) filled with figures; every table and chart has a source note.
 */
public final class ResultsReport {

	private ResultsReport() {
	}

	/**
	 * @param inputs the run's statistics, charts and identity
	 * @param year the school year of the report
	 * @param locale the language ({@code ko} or {@code en})
	 * @return the report's blocks in reading order
	 * @throws IllegalArgumentException when the inputs have no year summary for that year
	 */
	public static ReportDocument build(ReportInputs inputs, int year, Locale locale) {
		Messages messages = Messages.bundle(locale);
		ReportText text = new ReportText(messages, inputs.identity(), year, inputs.runDate());
		YearSummary totals = inputs.yearSummaries()
			.stream()
			.filter((row) -> row.year() == year)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no year summary for " + year));
		String title = text.get("title", year, text.programme());
		List<ReportBlock> blocks = new ArrayList<>();
		blocks.add(new ReportBlock.Title(text.organisation(), title,
				List.of(text.get("runDate", text.runDate()), text.get("draft"), text.get("contact", text.contact()))));
		OperationSection operation = new OperationSection(inputs, text, totals);
		operation.overview(blocks);
		operation.operation(blocks);
		new SurveySection(inputs, text, totals).write(blocks);
		new QualitySection(inputs, text).write(blocks);
		return new ReportDocument(year, messages.locale(), title, blocks, inputs.runDate());
	}

}
