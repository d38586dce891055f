package kr.seorona.analytics.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The survey's items, scales and missing codes, loaded from {@code jobs/survey.yml}.
 *
 * @param items the Likert items in column order; {@link SurveyRecord#answers()} follows this order
 * @param scales the scales, each naming its items
 * @param missingCodes raw answers that mean "missing", by year; key {@code 0} is the default for
 * years not listed
 * @param answers the answers {@value #MIN_ANSWER}..{@value #MAX_ANSWER} with their labels, in order
 */
public record SurveyDefinition(List<SurveyItem> items, List<SurveyScale> scales, Map<Integer, Set<String>> missingCodes,
		List<SurveyAnswer> answers) {

	/** Smallest Likert answer. */
	public static final int MIN_ANSWER = 1;

	/** Largest Likert answer. */
	public static final int MAX_ANSWER = 5;

	public SurveyDefinition {
		items = List.copyOf(items);
		scales = List.copyOf(scales);
		Map<Integer, Set<String>> frozen = new java.util.HashMap<>();
		missingCodes.forEach((year, codes) -> frozen.put(year,
				java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(codes))));
		missingCodes = Map.copyOf(frozen);
		answers = List.copyOf(answers);
		if (answers.size() != MAX_ANSWER - MIN_ANSWER + 1) {
			throw new IllegalArgumentException("answers: one per answer " + MIN_ANSWER + ".." + MAX_ANSWER);
		}
	}

	/** A survey whose answers are labelled by their numbers only (for tests and definitions without labels). */
	public SurveyDefinition(List<SurveyItem> items, List<SurveyScale> scales, Map<Integer, Set<String>> missingCodes) {
		this(items, scales, missingCodes, unlabelled());
	}

	/** The answer with its labels, {@value #MIN_ANSWER}..{@value #MAX_ANSWER}. */
	public SurveyAnswer answer(int answer) {
		return this.answers.get(answer - MIN_ANSWER);
	}

	/** Answers labelled by their numbers only ({@code 1}..{@code 5}). */
	static List<SurveyAnswer> unlabelled() {
		List<SurveyAnswer> answers = new java.util.ArrayList<>();
		for (int answer = MIN_ANSWER; answer <= MAX_ANSWER; answer++) {
			answers.add(new SurveyAnswer(answer, Integer.toString(answer), Integer.toString(answer)));
		}
		return answers;
	}

	/** Index of an item code in {@link #items()}, or -1. */
	public int indexOf(String itemCode) {
		for (int i = 0; i < this.items.size(); i++) {
			if (this.items.get(i).code().equals(itemCode)) {
				return i;
			}
		}
		return -1;
	}

	/** The raw answers treated as missing in the given year (blank is always missing). */
	public Set<String> missingCodes(int year) {
		return this.missingCodes.getOrDefault(year, this.missingCodes.getOrDefault(0, Set.of()));
	}

}
