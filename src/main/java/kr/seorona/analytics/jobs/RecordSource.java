package kr.seorona.analytics.jobs;

import java.nio.file.Files;
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
		var definition = DatasetCatalog.of(type);
		Stream<T> staged = DatasetReader.read(definition, this.layout.staging().toUri());
		if (!Files.isDirectory(this.layout.output().resolve("datasets").resolve(definition.name()))) {
			return staged;
		}
		Stream<T> published = DatasetReader.read(definition, this.layout.output().toUri())
			.filter((record) -> !this.runYears.contains(year.applyAsInt(record)));
		return Stream.concat(published, staged);
	}

}
