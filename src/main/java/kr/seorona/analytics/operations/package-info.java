/**
 * Running the {@code annualReport} job, as opposed to its Spring Batch wiring ({@code jobs}): the
 * command-line launcher and its commands ({@code run}, {@code runs}, {@code recover}), parameters,
 * the choice between a new run and a restart ({@link kr.seorona.analytics.operations.NextRun}),
 * the run's folders and staging markers, input checksums, the locks that keep concurrent runs
 * apart (output folder, datasets location, H2 job repository), the job repository's schema and
 * the crash points of the kill tests. Depends on {@code ingest} and {@code parquet}; never on
 * {@code jobs}, which depends on it.
 */
package kr.seorona.analytics.operations;
