package kr.seorona.analytics.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.SessionRecord;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyRecord;
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
			surveyRecords(source, definitions.survey()).forEach(survey::add);
			return survey.results();
		});
		ParticipationCalculator participation = new ParticipationCalculator(definitions.groups(), minCellSize);
		try (Stream<NetworkRecord> networks = source.read(NetworkRecord.class, NetworkRecord::year)) {
			networks.forEach(participation::addNetwork);
		}
		try (Stream<SessionRecord> sessions = source.read(SessionRecord.class, SessionRecord::year)) {
			sessions.forEach(participation::addSession);
		}
		try (Stream<AttendanceRecord> attendance = source.read(AttendanceRecord.class, AttendanceRecord::year)) {
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
		long written = StatisticsDatasets.write(participationResults, surveyStatistics, run.layout(), years,
				run.writeOptions());
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

	/** Survey records rebuilt from the staged long-format answers (survey data is small). */
	private static List<SurveyRecord> surveyRecords(RecordSource source, SurveyDefinition survey) {
		Map<String, SurveyResponseRow> responses = new LinkedHashMap<>();
		try (Stream<SurveyResponseRow> rows = source.read(SurveyResponseRow.class, SurveyResponseRow::year)) {
			rows.forEach((row) -> responses.put(row.year() + "/" + row.respondentKey(), row));
		}
		Map<String, Integer[]> answers = new LinkedHashMap<>();
		int items = survey.items().size();
		try (Stream<SurveyAnswerRow> rows = source.read(SurveyAnswerRow.class, SurveyAnswerRow::year)) {
			rows.forEach((row) -> {
				int index = survey.indexOf(row.itemCode());
				if (index >= 0) {
					answers.computeIfAbsent(row.year() + "/" + row.respondentKey(), (key) -> new Integer[items])[index] = row
						.answer();
				}
			});
		}
		List<SurveyRecord> records = new ArrayList<>();
		responses.forEach((key, response) -> {
			Integer[] values = answers.getOrDefault(key, new Integer[items]);
			records.add(new SurveyRecord(response.year(), response.respondentKey(), response.groupCode(),
					response.schoolKey(), Arrays.asList(values), response.weight(), response.comment()));
		});
		return records;
	}

}
