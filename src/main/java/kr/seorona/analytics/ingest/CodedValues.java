package kr.seorona.analytics.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Coded values of the input rows, decoded through {@code jobs/aliases.yml} and
 * {@code jobs/groups.yml}: groups, meeting types and modes, Likert answers, yes/no. Each method
 * reads one column of a {@link RowContext} and records its reject there.
 */
final class CodedValues {

	private static final int MAX_CACHED_GROUP_LABELS = 1024;

	private final Definitions definitions;

	private final AliasTable aliases;

	/**
	 * Group labels already resolved to a known group code (a file repeats a handful of labels on
	 * every row); at most {@value #MAX_CACHED_GROUP_LABELS}, unknown labels are never cached.
	 */
	private final Map<String, String> groupCodes = new ConcurrentHashMap<>();

	CodedValues(Definitions definitions, AliasTable aliases) {
		this.definitions = definitions;
		this.aliases = aliases;
	}

	/** A Likert answer 1..5 (number or label); a bad one nulls the answer with a cell reject. */
	Integer answer(RowContext row, String column, Set<String> missingCodes) {
		String text = row.text(column);
		if (text == null || missingCodes.contains(text)) {
			return null;
		}
		ValueParsers.Result<Double> number = ValueParsers.decimal(text);
		if (!number.ok()) {
			// a label, looked up only for non-numbers (normalizing drops '-' and '.': "-1" is not "1")
			Optional<String> label = this.aliases.value(AliasTable.LIKERT, text);
			if (label.isPresent()) {
				return Integer.valueOf(label.get());
			}
			row.rejectCell(column, RejectReasons.INVALID_ANSWER, "an answer must be 1 to 5 or a label such as 매우 그렇다");
			return null;
		}
		double value = number.value();
		if (value != Math.rint(value)) {
			row.rejectCell(column, RejectReasons.NOT_AN_INTEGER, "an answer must be a whole number from 1 to 5");
			return null;
		}
		if (value < SurveyDefinition.MIN_ANSWER || value > SurveyDefinition.MAX_ANSWER) {
			row.rejectCell(column, RejectReasons.OUT_OF_RANGE, "an answer must be from 1 to 5");
			return null;
		}
		return (int) value;
	}

	/** Whether an attendance row says the participant attended; blank means yes (listed = present). */
	boolean attended(RowContext row) {
		String raw = row.text(Columns.ATTENDED);
		if (raw == null) {
			return true;
		}
		Optional<String> value = this.aliases.value(AliasTable.YES_NO, raw);
		if (value.isEmpty()) {
			row.reject(Columns.ATTENDED, RejectReasons.INVALID_YES_NO, "not yes or no (Y/N, 예/아니오, O/X)");
			return true;
		}
		return "YES".equals(value.get());
	}

	/** The group code of the row's required group column; an unknown group rejects the row. */
	String group(RowContext row) {
		String raw = row.required(Columns.GROUP);
		if (raw == null) {
			return null;
		}
		String known = this.groupCodes.get(raw);
		if (known != null) {
			return known;
		}
		Optional<String> code = this.aliases.value(AliasTable.GROUP, raw).or(() -> catalogGroup(raw));
		if (code.isEmpty() || GroupCatalog.JOINT.equals(code.get())
				|| this.definitions.groups().find(code.get()).isEmpty()) {
			row.reject(Columns.GROUP, RejectReasons.UNKNOWN_GROUP, "not a known group (교장, 교감, 교사, 행정실장, 교육공무직,"
					+ " 학부모 or an alias in jobs/aliases.yml)");
			return null;
		}
		if (this.groupCodes.size() < MAX_CACHED_GROUP_LABELS) {
			this.groupCodes.put(raw, code.get());
		}
		return code.get();
	}

	/** A group named by its code or label in jobs/groups.yml (so a new group needs no alias entry). */
	private Optional<String> catalogGroup(String raw) {
		String normalized = AliasTable.normalize(raw);
		for (Group group : this.definitions.groups().groups()) {
			if (normalized.equals(AliasTable.normalize(group.code())) || normalized.equals(AliasTable.normalize(group.labelKo()))
					|| normalized.equals(AliasTable.normalize(group.labelEn()))) {
				return Optional.of(group.code());
			}
		}
		return Optional.empty();
	}

	/** A coded value of a required column; an unknown value rejects the row with the reason given. */
	<E extends Enum<E>> E coded(RowContext row, String column, String domain, Class<E> type, String reason,
			String expected) {
		String raw = row.required(column);
		if (raw == null) {
			return null;
		}
		Optional<String> code = this.aliases.value(domain, raw);
		if (code.isPresent()) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(code.get())) {
					return constant;
				}
			}
		}
		row.reject(column, reason, "not " + expected);
		return null;
	}

}
