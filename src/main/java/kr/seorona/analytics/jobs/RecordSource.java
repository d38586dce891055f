package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.RunLayout;

import java.util.Set;
import java.util.stream.Stream;

import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetReader;

/**
 * The cleaned records the statistics are computed from: the years of this run as staged by its
 * ingest step, and every other year as published by earlier runs, so that a one-year run still
 * gets its year-over-year figures and trends.
 *
 * @param layout the run's folders
 * @param runYears the years of this run
 */
record RecordSource(RunLayout layout, Set<Integer> runYears) {

	/** Streams the records of a dataset; the caller closes the stream. */
	<T extends Record> Stream<T> read(Class<T> type, java.util.function.ToIntFunction<T> year) {
		return read(type, year, null);
	}

	/**
	 * Streams the records of a dataset, reading only the named stored columns (see
	 * {@link DatasetReader#read(kr.seorona.analytics.parquet.DatasetDefinition, java.net.URI, Set)}:
	 * the other components are null, 0 or false); the caller closes the stream.
	 * @param columns stored column names, or {@code null} for all
	 */
	<T extends Record> Stream<T> read(Class<T> type, java.util.function.ToIntFunction<T> year, Set<String> columns) {
		return Stream.concat(published(type, year, columns), staged(type, columns));
	}

	/** The records of the years outside this run, as published by earlier runs; the caller closes the stream. */
	<T extends Record> Stream<T> published(Class<T> type, java.util.function.ToIntFunction<T> year) {
		return published(type, year, null);
	}

	/**
	 * {@link #published(Class, java.util.function.ToIntFunction)} reading only the named stored
	 * columns ({@code null}: all).
	 */
	<T extends Record> Stream<T> published(Class<T> type, java.util.function.ToIntFunction<T> year,
			Set<String> columns) {
		var definition = DatasetCatalog.of(type);
		return DatasetReader.read(definition, this.layout.datasetsRoot(), columns)
			.filter((record) -> !this.runYears.contains(year.applyAsInt(record)));
	}

	/**
	 * The records of this run's years as its ingest step staged them, in input order; the caller
	 * closes the stream.
	 */
	<T extends Record> Stream<T> staged(Class<T> type) {
		return staged(type, null);
	}

	/** {@link #staged(Class)} reading only the named stored columns ({@code null}: all). */
	<T extends Record> Stream<T> staged(Class<T> type, Set<String> columns) {
		return DatasetReader.read(DatasetCatalog.of(type), this.layout.datasetsStaging(), columns);
	}

}
