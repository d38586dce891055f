package kr.seorona.analytics.partitioning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import kr.seorona.analytics.ingest.DuplicateFilter;
import kr.seorona.analytics.ingest.InputFile;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.ParsedRow;
import kr.seorona.analytics.ingest.RecordFileReader;
import kr.seorona.analytics.ingest.RecordKind;
import kr.seorona.analytics.ingest.RecordParsers;
import kr.seorona.analytics.ingest.SessionRecord;
import kr.seorona.analytics.support.ParallelTasks;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one duplicate check that crosses years: session ids must be unique across years, so a
 * session row whose id was accepted in an earlier year's sessions file is a
 * {@code DUPLICATE_SESSION} (see {@link DuplicateFilter#check}), and the attendance rows of that
 * year naming it are {@code UNKNOWN_SESSION}. An ingest partition reads only its own year's files
 * ({@link IngestPartition}); every partition of a year gets, from this class, the sessions of
 * earlier years whose ids the year's sessions file reuses (normally none), and
 * {@linkplain #seed seeds} its duplicate filter with them, so that it
 * rejects exactly the rows the single-threaded run, which reads every sessions file in year
 * order, rejects, with the same messages.
 * <p>
 * {@link #find} reads the networks and sessions files of the run (not attendance or survey):
 * about 4 % of the rows of a typical input.
 *
 * @param sessions the sessions of earlier years whose ids this year's sessions file reuses, each
 * where it was first accepted
 */
public record EarlierSessions(List<Session> sessions) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Threads that parse the years' networks and sessions files. */
	static final int THREADS = 2;

	/** No earlier sessions: a year whose session ids are all new. */
	public static final EarlierSessions NONE = new EarlierSessions(List.of());

	public EarlierSessions {
		sessions = List.copyOf(sessions);
	}

	/**
	 * A session as first accepted.
	 *
	 * @param sessionId its id
	 * @param file the file it was read from, e.g. {@code 2021/sessions.csv}
	 * @param line its line
	 * @param date the meeting date
	 * @param networkId its network, {@code null} for a joint meeting
	 * @param type regular or joint
	 * @param year the year folder it was read from
	 */
	public record Session(String sessionId, String file, long line, LocalDate date, String networkId,
			MeetingType type, int year) {
	}

	/**
	 * Reads the networks and sessions files of the run and finds for each year the earlier-year
	 * sessions its accepted session rows reuse, as the single-threaded ingest, which reads them in
	 * year order, would. The years' files are parsed on {@value #THREADS} threads (the parse is
	 * 97 % of the work: 1.7 CPU s at one million attendance rows, 3.6 s at ten million, all before
	 * any partition starts); the accepted rows are then compared in year order.
	 * @param parsers the run's parsers
	 * @param files the run's input files (files of other kinds are ignored)
	 * @return for every year with a sessions file, its earlier sessions (often {@link #NONE})
	 * @throws kr.seorona.analytics.ingest.InvalidInputException when a file cannot be read
	 */
	public static SortedMap<Integer, EarlierSessions> find(RecordParsers parsers, List<InputFile> files) {
		SortedMap<Integer, InputFile> networks = byYear(files, RecordKind.NETWORKS);
		SortedMap<Integer, InputFile> sessionFiles = byYear(files, RecordKind.SESSIONS);
		List<List<Session>> accepted = ParallelTasks.runAll("earlier-sessions", THREADS, sessionFiles.keySet()
			.stream()
			.<Callable<List<Session>>>map((year) -> () -> accepted(parsers, networks.get(year), sessionFiles.get(year)))
			.toList(), "reading the sessions files");
		Map<String, Session> first = new HashMap<>();
		SortedMap<Integer, EarlierSessions> result = new TreeMap<>();
		int index = 0;
		for (int year : sessionFiles.keySet()) {
			Map<String, Session> reused = new LinkedHashMap<>();
			for (Session session : accepted.get(index++)) {
				Session earlier = first.putIfAbsent(session.sessionId(), session);
				if (earlier != null && earlier.year() != year) {
					reused.putIfAbsent(earlier.sessionId(), earlier);
				}
			}
			result.put(year, reused.isEmpty() ? NONE : new EarlierSessions(new ArrayList<>(reused.values())));
		}
		return result;
	}

	/** The accepted rows of a year's sessions file, in file order. */
	private static List<Session> accepted(RecordParsers parsers, InputFile networks, InputFile sessions) {
		Map<String, String> groups = groups(parsers, networks);
		List<Session> accepted = new ArrayList<>();
		try (RecordFileReader<SessionRecord> reader = parsers.sessions(sessions, groups)) {
			while (reader.hasNext()) {
				ParsedRow<SessionRecord> row = reader.next();
				SessionRecord session = row.record();
				if (session != null) {
					accepted.add(new Session(session.sessionId(), row.source().name(), row.line(), session.date(),
							session.networkId(), session.type(), sessions.year()));
				}
			}
		}
		return accepted;
	}

	/** The network groups of a year, the first row of each network id kept (as the ingest does). */
	private static Map<String, String> groups(RecordParsers parsers, InputFile networks) {
		Map<String, String> groups = new HashMap<>();
		if (networks == null) {
			return groups;
		}
		try (RecordFileReader<NetworkRecord> reader = parsers.networks(networks)) {
			while (reader.hasNext()) {
				NetworkRecord network = reader.next().record();
				if (network != null) {
					groups.putIfAbsent(network.networkId(), network.groupCode());
				}
			}
		}
		return groups;
	}

	private static SortedMap<Integer, InputFile> byYear(List<InputFile> files, RecordKind kind) {
		SortedMap<Integer, InputFile> byYear = new TreeMap<>();
		for (InputFile file : files) {
			if (file.kind() == kind) {
				byYear.put(file.year(), file);
			}
		}
		return byYear;
	}

	/** Records these sessions in an ingest partition's duplicate filter, before it reads any row. */
	public void seed(DuplicateFilter duplicates) {
		for (Session session : this.sessions) {
			duplicates.sessionReadBefore(session.sessionId(), session.file(), session.line(), session.date(),
					session.networkId(), session.type(), session.year());
		}
	}

	/** As JSON, for a partition's execution context. */
	public String toJson() {
		return JSON.writeValueAsString(this.sessions);
	}

	/** From {@link #toJson()}; {@code null} or empty text is {@link #NONE}. */
	public static EarlierSessions fromJson(String json) {
		if (json == null || json.isEmpty()) {
			return NONE;
		}
		return new EarlierSessions(JSON.readValue(json, new TypeReference<List<Session>>() {
		}));
	}

}
