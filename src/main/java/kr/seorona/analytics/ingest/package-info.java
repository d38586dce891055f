/**
 * Input layer: exported files to validated records, with rejects.
 * <p>
 * A run uses it in this order (the job wires the steps; this package has no Spring Batch types):
 * <ol>
 * <li>{@link kr.seorona.analytics.ingest.InputScanner#scan} finds {@code data/<year>/<kind>.csv|tsv|txt|xlsx}.</li>
 * <li>{@link kr.seorona.analytics.ingest.RecordParsers#validateHeaders} checks every file (readable,
 * not empty, valid in its encoding, required columns present) before anything is written; it throws
 * {@link kr.seorona.analytics.ingest.InvalidInputException}, whose message is meant for the analyst
 * as is (print it, exit non-zero, no stack trace).</li>
 * <li>Networks first ({@code groupByNetworkId} for sessions), then sessions (ids for attendance),
 * then attendance and survey, each through a {@link kr.seorona.analytics.ingest.RecordFileReader}.
 * Each {@link kr.seorona.analytics.ingest.ParsedRow} goes through one run-wide
 * {@link kr.seorona.analytics.ingest.DuplicateFilter#apply}, then into
 * {@link kr.seorona.analytics.ingest.IngestSummary#add}; accepted records go to the datasets, all
 * {@link kr.seorona.analytics.ingest.Reject}s to the reject report. A reader's
 * {@code unknownColumns()} goes to {@link kr.seorona.analytics.ingest.IngestSummary#addUnknownColumns}.</li>
 * <li>At the end: {@link kr.seorona.analytics.ingest.RejectReportWriter#writeCsv} (replaces the file,
 * so a restarted job writes it once), {@link kr.seorona.analytics.ingest.IngestSummary#report()} to
 * the log, {@link kr.seorona.analytics.ingest.RejectLimit#check}.</li>
 * </ol>
 * Configuration an analyst edits: {@code jobs/aliases.yml} (header and value aliases),
 * {@code jobs/groups.yml}, {@code jobs/survey.yml} (items, missing codes). Privacy: participant and
 * respondent ids or names are replaced by {@link kr.seorona.analytics.ingest.Pseudonymizer} pseudonyms
 * before a record exists, free text passes {@link kr.seorona.analytics.ingest.CommentRedactor}, and a
 * reject never carries an id or name ({@code (withheld)}).
 */
package kr.seorona.analytics.ingest;
