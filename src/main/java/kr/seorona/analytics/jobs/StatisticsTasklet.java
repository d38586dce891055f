package kr.seorona.analytics.jobs;

import kr.seorona.analytics.operations.StepMarkers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.SessionRecord;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyRecord;
import kr.seorona.analytics.parquet.Dimensions;
import kr.seorona.analytics.parquet.SurveyAnswerRow;
import kr.seorona.analytics.parquet.SurveyResponseRow;
import kr.seorona.analytics.stats.ParticipationCalculator;
import kr.seorona.analytics.stats.ParticipationResults;
import kr.seorona.analytics.stats.SurveyCalculator;
import kr.seorona.analytics.stats.SurveyResults;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Computes the participation and survey statistics from the cleaned records and stages them as
 * datasets. Re-running it replaces what an earlier attempt staged. Years outside the run are read
 * from the published datasets (see {@link RecordSource}).
 */
class StatisticsTasklet implements Tasklet {

	/*
	 * The columns the calculators use (year is the partition column, always filled): Parquet skips
	 * the pages of the others, e.g. meeting topics, school keys and survey comments.
	 */

	private static final Set<String> SESSION_COLUMNS = Set.of("session_id", "network_id", "group_code", "meeting_date",
			"meeting_type", "meeting_mode");

	private static final Set<String> ATTENDANCE_COLUMNS = Set.of("session_id", "participant_key", "group_code");

	private static final Set<String> RESPONSE_COLUMNS = Set.of("respondent_key", "group_code", "weight");

	private static final Set<String> ANSWER_COLUMNS = Set.of("respondent_key", "item_code", "answer");

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
		Definitions definitions = run.definitions();
		int minCellSize = run.parameters().minCellSize();
		StepMarkers.clear(run.layout(), StepMarkers.STATISTICS);
		RecordSource source = new RecordSource(run.layout(), run.parameters().years());
		// The survey statistics need nothing from the participation ones: compute them on a second
		// thread while this one reads the attendance records (the largest dataset).
		CompletableFuture<SurveyResults> surveyResults = supplyOnNewThread("statistics-survey", () -> {
			SurveyCalculator survey = new SurveyCalculator(definitions.groups(), definitions.survey(), minCellSize);
			surveyRecords(source, definitions.survey(), survey::add);
			return survey.results();
		});
		ParticipationCalculator participation = new ParticipationCalculator(definitions.groups(), minCellSize);
		try (Stream<NetworkRecord> networks = source.read(NetworkRecord.class, NetworkRecord::year)) {
			networks.forEach(participation::addNetwork);
		}
		try (Stream<SessionRecord> sessions = source.read(SessionRecord.class, SessionRecord::year, SESSION_COLUMNS)) {
			sessions.forEach(participation::addSession);
		}
		try (Stream<AttendanceRecord> attendance = source.read(AttendanceRecord.class, AttendanceRecord::year,
				ATTENDANCE_COLUMNS)) {
			attendance.forEach((record) -> {
				participation.addAttendance(record);
				contribution.incrementReadCount();
			});
		}
		ParticipationResults participationResults = participation.results();
		SurveyResults surveyStatistics = join(surveyResults);
		for (String dataset : StatisticsDatasets.NAMES) {
			run.layout().deleteStaged(dataset);
		}
		SortedSet<Integer> years = new TreeSet<>();
		participationResults.byGroupAndYear().forEach((row) -> years.add(row.year()));
		surveyStatistics.items().forEach((row) -> years.add(row.year()));
		long written = StatisticsDatasets.write(participationResults, surveyStatistics, Dimensions.of(definitions),
				run.layout(), years, minCellSize, run.writeOptions().withMinCellSize(minCellSize), run.parameters().audit());
		contribution.incrementWriteCount(written);
		StepMarkers.markDone(run.layout(), StepMarkers.STATISTICS);
		return RepeatStatus.FINISHED;
	}

	private static <T> CompletableFuture<T> supplyOnNewThread(String name, Supplier<T> work) {
		CompletableFuture<T> result = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				result.complete(work.get());
			}
			catch (Throwable ex) {
				result.completeExceptionally(ex);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return result;
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Survey records rebuilt from the long-format answers. Staged years stream: the ingest step
	 * writes each response row and, in the same order, its one answer row per item, so they are
	 * zipped without holding the year in memory (national scale: millions of respondents). Published
	 * years of earlier runs (written sorted, not zipped) are joined through a map, one run's worth.
	 */
	private static void surveyRecords(RecordSource source, SurveyDefinition survey, Consumer<SurveyRecord> sink) {
		joined(source, survey).forEach(sink);
		try (Stream<SurveyResponseRow> responses = source.staged(SurveyResponseRow.class, RESPONSE_COLUMNS);
				Stream<SurveyAnswerRow> answers = source.staged(SurveyAnswerRow.class, ANSWER_COLUMNS)) {
			Iterator<SurveyAnswerRow> answerRows = answers.iterator();
			int items = survey.items().size();
			responses.forEachOrdered((response) -> {
				Integer[] values = new Integer[items];
				for (int i = 0; i < items; i++) {
					SurveyAnswerRow answer = answerRows.hasNext() ? answerRows.next() : null;
					if (answer == null || answer.year() != response.year()
							|| !answer.respondentKey().equals(response.respondentKey())) {
						throw new IllegalStateException("staged survey answers are out of step with the responses at "
								+ response.year() + "/" + response.respondentKey() + "; re-run the ingest step");
					}
					int index = survey.indexOf(answer.itemCode());
					if (index >= 0) {
						values[index] = answer.answer();
					}
				}
				sink.accept(record(response, values));
			});
		}
	}

	private static SurveyRecord record(SurveyResponseRow response, Integer[] values) {
		return new SurveyRecord(response.year(), response.respondentKey(), response.groupCode(), response.schoolKey(),
				Arrays.asList(values), response.weight(), response.comment());
	}

	/** Published survey records of the years outside the run. */
	private static List<SurveyRecord> joined(RecordSource source, SurveyDefinition survey) {
		Map<String, SurveyResponseRow> responses = new LinkedHashMap<>();
		try (Stream<SurveyResponseRow> rows = source.published(SurveyResponseRow.class, SurveyResponseRow::year,
				RESPONSE_COLUMNS)) {
			rows.forEach((row) -> responses.put(row.year() + "/" + row.respondentKey(), row));
		}
		if (responses.isEmpty()) {
			return List.of();
		}
		Map<String, Integer[]> answers = new LinkedHashMap<>();
		int items = survey.items().size();
		try (Stream<SurveyAnswerRow> rows = source.published(SurveyAnswerRow.class, SurveyAnswerRow::year,
				ANSWER_COLUMNS)) {
			rows.forEach((row) -> {
				int index = survey.indexOf(row.itemCode());
				if (index >= 0) {
					answers.computeIfAbsent(row.year() + "/" + row.respondentKey(), (key) -> new Integer[items])[index] = row
						.answer();
				}
			});
		}
		List<SurveyRecord> records = new ArrayList<>();
		responses.forEach((key, response) -> records.add(record(response, answers.getOrDefault(key, new Integer[items]))));
		return records;
	}

}
