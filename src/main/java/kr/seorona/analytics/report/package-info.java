/**
 * Draft results reports (결과 보고) from the statistics: one document per school year and language,
 * as HWPX (hwpxlib) and DOCX (Apache POI XWPF). No Spring Batch types; depends on {@code stats},
 * {@code ingest} (records, definitions) and {@code charts} (the message bundle).
 * <p>
 * {@link kr.seorona.analytics.report.ResultsReport#build} turns the statistics into
 * {@link kr.seorona.analytics.report.ReportBlock blocks} (title block, 1. 개요, 2. 운영 현황,
 * 3. 연말 설문, 4. 자료 품질), every sentence a fixed {@code report.*} template of the message
 * bundle filled with figures, every table and chart with a source note, figures about fewer than
 * {@code minCellSize} people withheld as in the charts. The two writers render the same blocks:
 * <pre>{@code
 * ReportInputs inputs = new ReportInputs(identity, groups, survey, participation, yearSummaries,
 *         jointAttendance, items, scales, comparisons, files, List.of(chartsDir), runDate, minCellSize);
 * List<Path> files = ReportFiles.write(inputs, years, List.of(Locale.KOREAN), reportsDir);
 * // reportsDir/2022/울산광역시교육청_서로나눔학교_네트워크_2022학년도_운영결과보고_초안.hwpx and .docx
 * }</pre>
 */
package kr.seorona.analytics.report;
