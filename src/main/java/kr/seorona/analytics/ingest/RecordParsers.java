package kr.seorona.analytics.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens input files as streams of parsed records, one factory method per {@link RecordKind}.
 * Headers are matched through the {@link AliasTable}, coded values (groups, meeting types and modes,
 * Likert labels) too; identifiers of persons are pseudonymised with the {@link Pseudonymizer}
 * before a record is built; free text is passed through {@link CommentRedactor}.
 * <p>
 * Row rules: a bad required value rejects the row (its {@link ParsedRow#record()} is {@code null});
 * a bad Likert answer only nulls that answer, with a cell {@link Reject}. Reason codes are those of
 * {@link RejectReasons}.
 */
public final class RecordParsers {

	private static final Logger logger = LoggerFactory.getLogger(RecordParsers.class);

	private final Definitions definitions;

	private final AliasTable aliases;

	private final Pseudonymizer pseudonymizer;

	/** Groups, meeting types and modes, Likert labels, yes/no. */
	private final CodedValues coded;

	private final Charset encodingOverride;

	private final String sheetName;

	/** Participant and respondent ids read so far, removed from free text. */
	private final KnownIdentifiers identifiers;

	/** Pseudonyms of participants, respondents and schools. */
	private final Pseudonyms pseudonyms;

	/** Rows of each attendance and survey file read ahead by {@link #learnIdentifiers(List)}. */
	static final int IDENTIFIER_SAMPLE_ROWS = 2000;

	/**
	 * @param definitions groups and survey items ({@code jobs/groups.yml}, {@code jobs/survey.yml})
	 * @param aliases header and value aliases ({@code jobs/aliases.yml})
	 * @param pseudonymizer keyed hash for participant and respondent identifiers
	 * @param encodingOverride the encoding of every text file of the run, or {@code null} to detect
	 * it per file (a byte-order mark always wins)
	 */
	public RecordParsers(Definitions definitions, AliasTable aliases, Pseudonymizer pseudonymizer,
			Charset encodingOverride) {
		this(definitions, aliases, pseudonymizer, encodingOverride, null, new KnownIdentifiers());
	}

	private RecordParsers(Definitions definitions, AliasTable aliases, Pseudonymizer pseudonymizer,
			Charset encodingOverride, String sheetName, KnownIdentifiers identifiers) {
		this.definitions = Objects.requireNonNull(definitions, "definitions");
		this.aliases = Objects.requireNonNull(aliases, "aliases");
		this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
		this.encodingOverride = encodingOverride;
		this.sheetName = sheetName;
		this.identifiers = identifiers;
		this.pseudonyms = new Pseudonyms(this.pseudonymizer, identifiers);
		this.coded = new CodedValues(definitions, aliases);
	}

	/**
	 * These parsers, reading the named sheet of XLSX files instead of the first one.
	 * @param sheetName a sheet name (matched ignoring case and blanks), or {@code null} for the first
	 */
	public RecordParsers withSheet(String sheetName) {
		return new RecordParsers(this.definitions, this.aliases, this.pseudonymizer, this.encodingOverride, sheetName,
				this.identifiers);
	}

	/**
	 * Opens each file's header (and, for text files, checks the whole file's encoding, a streaming
	 * pass) so that a bad file stops the run before anything is written. Unknown extra columns are
	 * logged once here.
	 * @throws InvalidInputException naming the file (and line or column) for an unreadable or empty
	 * file, a header without data rows, a file not valid in its encoding, or a missing required column
	 */
	public void validateHeaders(List<InputFile> files) {
		validateHeaders(files, Set.of());
	}

	/**
	 * As {@link #validateHeaders(List)}, accepting a header without data rows in files of the kinds
	 * in {@code mayBeEmpty} (the job parameter {@code allowEmpty}).
	 */
	public void validateHeaders(List<InputFile> files, Set<RecordKind> mayBeEmpty) {
		for (InputFile file : files) {
			try (RowSource rows = open(file)) {
				Header header = Header.read(rows, file, this.aliases, this.definitions.survey());
				RawRow row;
				do {
					row = rows.next();
				}
				while (row != null && row.blank());
				if (row == null && !mayBeEmpty.contains(file.kind())) {
					throw new InvalidInputException("Input file " + file.name() + " is empty: it has a header (line "
							+ header.line() + ") but no data rows; if that is right, run with allowEmpty="
							+ file.kind().fileStem());
				}
				if (!header.unknown().isEmpty()) {
					logger.warn("{}: columns {} are not used (not in jobs/aliases.yml for {}); their values are not read",
							file.name(), header.unknown(), file.kind().fileStem());
				}
			}
		}
		StrictLineReader.checkDecoding(files.stream().filter((file) -> !file.xlsx()).toList(), this.encodingOverride);
	}

	/**
	 * Reads the first {@value #IDENTIFIER_SAMPLE_ROWS} rows of each attendance and survey file for
	 * the form of their ids, so that meeting topics (read before attendance) are cleared of them
	 * too; every id read later adds to them.
	 */
	public void learnIdentifiers(List<InputFile> files) {
		for (InputFile file : files) {
			if (file.kind() != RecordKind.ATTENDANCE && file.kind() != RecordKind.SURVEY) {
				continue;
			}
			try (RecordFileReader<?> reader = (file.kind() == RecordKind.SURVEY) ? survey(file)
					: attendance(file, (Predicate<String>) null)) {
				for (int i = 0; i < IDENTIFIER_SAMPLE_ROWS && reader.hasNext(); i++) {
					reader.next();
				}
			}
		}
	}

	/** Unknown header cells of a file (columns kept out of the datasets). */
	public List<String> unknownColumns(InputFile file) {
		try (RowSource rows = open(file)) {
			return Header.read(rows, file, this.aliases, this.definitions.survey()).unknown();
		}
	}

	/**
	 * Networks: {@code network_id, network_name, group, member_count}.
	 * @throws InvalidInputException when the file cannot be opened or lacks a required column
	 */
	public RecordFileReader<NetworkRecord> networks(InputFile file) {
		return reader(file, RecordKind.NETWORKS, (row) -> {
			String id = row.id(Columns.NETWORK_ID);
			String name = row.text(Columns.NETWORK_NAME);
			String group = this.coded.group(row);
			Integer members = row.value(Columns.MEMBER_COUNT, ValueParsers.integer(row.raw(Columns.MEMBER_COUNT), false));
			return row.rejected() ? null : new NetworkRecord(file.year(), id, name, group, members);
		});
	}

	/**
	 * Sessions: {@code session_id, network_id, date, type, mode, duration_minutes, headcount, topic}.
	 * A regular meeting takes the group of its network; a joint meeting has no network and group
	 * {@link GroupCatalog#JOINT}. Dates must fall in the folder's school year (January of the year to
	 * the end of February of the next). Durations are whole minutes &gt; 0, headcounts whole numbers
	 * &ge; 0 ({@code 1,200}, {@code １２}, {@code 90분}, {@code 12명} accepted). The topic is redacted.
	 * @param groupByNetworkId group code by network id (from the networks read); a regular meeting of
	 * another network is rejected with {@code UNKNOWN_NETWORK}
	 */
	public RecordFileReader<SessionRecord> sessions(InputFile file, Map<String, String> groupByNetworkId) {
		Objects.requireNonNull(groupByNetworkId, "groupByNetworkId");
		return reader(file, RecordKind.SESSIONS, (row) -> {
			String id = row.id(Columns.SESSION_ID);
			MeetingType type = this.coded.coded(row, Columns.TYPE, AliasTable.TYPE, MeetingType.class,
					RejectReasons.UNKNOWN_TYPE, "a meeting type (정기/regular, 합동/joint)");
			String networkId = row.text(Columns.NETWORK_ID);
			String group = null;
			if (type == MeetingType.JOINT) {
				networkId = null;
				group = GroupCatalog.JOINT;
			}
			else if (type == MeetingType.REGULAR) {
				if (networkId == null) {
					row.reject(Columns.NETWORK_ID, RejectReasons.MISSING_VALUE, "a regular meeting needs its network id");
				}
				else {
					group = groupByNetworkId.get(networkId);
					if (group == null) {
						row.reject(Columns.NETWORK_ID, RejectReasons.UNKNOWN_NETWORK,
								"no network with this id in the networks of " + file.year());
					}
				}
			}
			LocalDate date = row.value(Columns.DATE, ValueParsers.date(row.raw(Columns.DATE)));
			if (date != null && (date.isBefore(LocalDate.of(file.year(), 1, 1))
					|| date.isAfter(LocalDate.of(file.year() + 1, 3, 1).minusDays(1)))) {
				row.reject(Columns.DATE, RejectReasons.DATE_OUTSIDE_YEAR,
						date + " is outside school year " + file.year() + " (" + file.year() + "-01-01 to "
								+ (file.year() + 1) + "-02-end)");
			}
			MeetingMode mode = this.coded.coded(row, Columns.MODE, AliasTable.MODE, MeetingMode.class,
					RejectReasons.UNKNOWN_MODE, "a meeting mode (대면/offline, 비대면/online, 혼합/hybrid)");
			Integer duration = row.value(Columns.DURATION, ValueParsers.integer(row.raw(Columns.DURATION), false));
			if (duration != null && duration == 0) {
				row.reject(Columns.DURATION, RejectReasons.OUT_OF_RANGE, "a meeting lasts more than 0 minutes");
			}
			Integer headcount = row.value(Columns.HEADCOUNT, ValueParsers.integer(row.raw(Columns.HEADCOUNT), false));
			String topic = CommentRedactor.redact(row.text(Columns.TOPIC), this.identifiers);
			return row.rejected() ? null
					: new SessionRecord(file.year(), id, networkId, group, date, type, mode, duration, headcount, topic);
		});
	}

	/**
	 * Attendance: {@code session_id, participant_id} (or {@code participant_name}){@code , group,
	 * school_id}, optional {@code attended} (참석여부: Y/N, 예/아니오, O/X; a row marked absent is skipped,
	 * neither a record nor a reject). The participant is pseudonymised
	 * ({@code pseudonym("participant", id or name)}), and so is the school ({@code pseudonym("school", id)}).
	 * @param knownSessionIds ids of the sessions read; a row of another session is rejected with
	 * {@code UNKNOWN_SESSION}; {@code null} skips this check
	 */
	public RecordFileReader<AttendanceRecord> attendance(InputFile file, Set<String> knownSessionIds) {
		return attendance(file, (knownSessionIds != null) ? knownSessionIds::contains : null);
	}

	/**
	 * As {@link #attendance(InputFile, Set)}, with the known sessions as a test of their id.
	 * @param knownSession whether an id is that of a session read for this file's year; {@code null}
	 * skips this check
	 */
	public RecordFileReader<AttendanceRecord> attendance(InputFile file, Predicate<String> knownSession) {
		return reader(file, RecordKind.ATTENDANCE, (row) -> {
			String sessionId = row.id(Columns.SESSION_ID);
			if (sessionId != null && knownSession != null && !knownSession.test(sessionId)) {
				row.reject(Columns.SESSION_ID, RejectReasons.UNKNOWN_SESSION, "no accepted session with this id in the year's sessions file (missing there, or rejected: see its line in the rejects)");
			}
			String participantColumn = row.has(Columns.PARTICIPANT_ID) ? Columns.PARTICIPANT_ID : Columns.PARTICIPANT_NAME;
			String participant = row.id(participantColumn);
			String group = this.coded.group(row);
			String school = row.text(Columns.SCHOOL_ID);
			if (row.has(Columns.ATTENDED) && !this.coded.attended(row)) {
				return null;
			}
			if (row.rejected()) {
				return null;
			}
			return new AttendanceRecord(file.year(), sessionId, this.pseudonyms.person("participant", participant),
					group, this.pseudonyms.school(school));
		});
	}

	/**
	 * Survey: {@code respondent_id, group, school_id}, one column per item of
	 * {@link SurveyDefinition#items()}, optional {@code weight} and {@code comment}. Answers are 1..5
	 * or a Likert label; blank and the year's missing codes are missing ({@code null}); other values
	 * null the answer with a cell reject ({@code OUT_OF_RANGE}, {@code NOT_AN_INTEGER},
	 * {@code INVALID_ANSWER}) and keep the respondent. When the file has a {@code weight} column, a
	 * blank weight keeps the respondent and its answers without a weight (a cell reject
	 * {@code MISSING_VALUE} reports it; weighted figures of the cells the respondent is in are then
	 * null, see docs/STATISTICS.md); a weight that is not a positive number rejects the row
	 * ({@code NOT_A_NUMBER}, {@code INVALID_WEIGHT}): its answers were weighted by a wrong figure. The
	 * respondent is pseudonymised
	 * ({@code pseudonym("respondent", id)}), and so is the school ({@code pseudonym("school", id)}); the
	 * comment is redacted.
	 */
	public RecordFileReader<SurveyRecord> survey(InputFile file) {
		SurveyDefinition survey = this.definitions.survey();
		Set<String> missingCodes = survey.missingCodes(file.year());
		return reader(file, RecordKind.SURVEY, (row) -> {
			String respondent = row.id(Columns.RESPONDENT_ID);
			String group = this.coded.group(row);
			String school = row.text(Columns.SCHOOL_ID);
			List<Integer> answers = new ArrayList<>();
			for (SurveyItem item : survey.items()) {
				answers.add(this.coded.answer(row, item.code(), missingCodes));
			}
			Double weight = null;
			if (row.has(Columns.WEIGHT) && row.text(Columns.WEIGHT) == null) {
				row.rejectCell(Columns.WEIGHT, RejectReasons.MISSING_VALUE,
						"the weight is blank: the answers are kept, the respondent has no weight");
			}
			else if (row.has(Columns.WEIGHT)) {
				weight = row.value(Columns.WEIGHT, ValueParsers.decimal(row.raw(Columns.WEIGHT)));
				if (weight != null && !(weight > 0 && Double.isFinite(weight))) {
					row.reject(Columns.WEIGHT, RejectReasons.INVALID_WEIGHT, "a weight must be a positive number");
				}
			}
			String comment = CommentRedactor.redact(row.text(Columns.COMMENT), this.identifiers);
			if (row.rejected()) {
				return null;
			}
			return new SurveyRecord(file.year(), this.pseudonyms.person("respondent", respondent), group,
					this.pseudonyms.school(school), answers, weight, comment);
		});
	}

	private <T> RecordFileReader<T> reader(InputFile file, RecordKind kind, Function<RowContext, T> mapper) {
		if (file.kind() != kind) {
			throw new IllegalArgumentException(file.name() + " holds " + file.kind() + ", not " + kind);
		}
		RowSource rows = open(file);
		try {
			Header header = Header.read(rows, file, this.aliases, this.definitions.survey());
			return new RowRecordReader<>(file, rows, header, mapper);
		}
		catch (RuntimeException ex) {
			rows.close();
			throw ex;
		}
	}

	private RowSource open(InputFile file) {
		return RowSource.open(file, this.encodingOverride, this.sheetName);
	}

}
