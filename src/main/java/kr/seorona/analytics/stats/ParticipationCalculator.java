package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kr.seorona.analytics.ingest.AttendanceRecord;
import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.ingest.SessionRecord;

/**
 * Participation statistics per year × group, joint-meeting composition and trends across years,
 * accumulated from streamed ingest records.
 *
 * <p>Records may arrive in any order; the usual order is all networks, then all sessions, then all
 * attendance. Memory holds the networks, one small state per session (an attendance counter, and for
 * joint meetings the attendee pseudonyms by group) and one set of participant pseudonyms per year ×
 * group; attendance rows themselves are not kept, except those whose session has not arrived yet.
 * An attendance row counts once per row: removing duplicate rows is the ingest's job.
 *
 * <p>Definitions (see {@link ParticipationStatistics} and docs/STATISTICS.md):
 * <ul>
 * <li>A year × group row exists only when the group has at least one network that year.</li>
 * <li>Meetings, attendances and participants of a group are those of regular meetings whose
 * {@link SessionRecord#groupCode()} is the group; joint meetings are reported apart, each attendee
 * under the attendee's own {@link AttendanceRecord#groupCode()}.</li>
 * <li>The previous year of a row is year - 1 of the same group; when the group had no networks
 * then, the changes, new participants and retention are {@code null}.</li>
 * <li>{@code suppressed} is true when the number of people behind the row is below
 * {@code minCellSize}; the figures stay in the record and the publishing layer withholds them.</li>
 * </ul>
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class ParticipationCalculator {

	/** Indicator names of {@link ParticipationTrend#indicator()}, in output order. */
	public static final List<String> INDICATORS = List.of("meetings", "attendances", "distinctParticipants",
			"participationRate");

	private final GroupCatalog groups;

	private final int minCellSize;

	private final Map<YearGroup, Integer> networkCounts = new HashMap<>();

	private final Map<YearKey, Integer> memberCounts = new HashMap<>();

	private final Map<YearKey, MeetingState> sessions = new HashMap<>();

	/** Distinct participants per year and group, compact: millions of people at national scale. */
	private final Map<YearGroup, ParticipantSet> participants = new HashMap<>();

	private final List<AttendanceRecord> pending = new ArrayList<>();

	private long unmatchedAttendances;

	/**
	 * @param groups the group catalogue: display order and valid codes
	 * @param minCellSize k: rows about fewer than k people are marked {@code suppressed}; 0 or more
	 */
	public ParticipationCalculator(GroupCatalog groups, int minCellSize) {
		if (minCellSize < 0) {
			throw new IllegalArgumentException("minCellSize must be >= 0 but was " + minCellSize);
		}
		this.groups = groups;
		this.minCellSize = minCellSize;
	}

	/**
	 * Adds one network.
	 * @throws IllegalArgumentException when the group code is unknown or the network id was already
	 * added for that year
	 */
	public void addNetwork(NetworkRecord r) {
		checkGroup(r.groupCode(), "network " + r.networkId());
		if (this.memberCounts.putIfAbsent(new YearKey(r.year(), r.networkId()), r.memberCount()) != null) {
			throw new IllegalArgumentException("network " + r.networkId() + " added twice for " + r.year());
		}
		this.networkCounts.merge(new YearGroup(r.year(), r.groupCode()), 1, Integer::sum);
	}

	/**
	 * Adds one meeting.
	 * @throws IllegalArgumentException when the group code is unknown or the session id was already
	 * added for that year
	 */
	public void addSession(SessionRecord r) {
		if (!r.joint()) {
			checkGroup(r.groupCode(), "session " + r.sessionId());
		}
		YearKey key = new YearKey(r.year(), r.sessionId());
		if (this.sessions.putIfAbsent(key, new MeetingState(r)) != null) {
			throw new IllegalArgumentException("session " + r.sessionId() + " added twice for " + r.year());
		}
	}

	/**
	 * Adds one attendance row (one participant at one meeting of the same year).
	 * @throws IllegalArgumentException when the participant's group code is unknown
	 */
	public void addAttendance(AttendanceRecord r) {
		checkGroup(r.groupCode(), "attendance at session " + r.sessionId());
		MeetingState session = this.sessions.get(new YearKey(r.year(), r.sessionId()));
		if (session == null) {
			this.pending.add(r);
		}
		else {
			apply(session, r);
		}
	}

	/**
	 * Attendance rows whose session never arrived (known after {@link #results()}); they are left out
	 * of every figure.
	 */
	public long unmatchedAttendances() {
		return this.unmatchedAttendances;
	}

	/** The statistics of everything added so far, sorted as described in {@link ParticipationResults}. */
	public ParticipationResults results() {
		resolvePending();
		Map<YearGroup, List<MeetingState>> regular = new HashMap<>();
		List<MeetingState> joint = new ArrayList<>();
		for (MeetingState session : this.sessions.values()) {
			if (session.joint) {
				joint.add(session);
			}
			else {
				regular.computeIfAbsent(new YearGroup(session.year, session.groupCode),
						(k) -> new ArrayList<>()).add(session);
			}
		}
		// a fixed order of the meetings makes the floating-point sums independent of hashing
		regular.values().forEach((list) -> list.sort(Comparator.comparing((MeetingState s) -> s.sessionId)));
		Set<Integer> years = new TreeSet<>();
		this.networkCounts.keySet().forEach((yg) -> years.add(yg.year()));
		Map<YearGroup, ParticipationStatistics> rows = new HashMap<>();
		List<ParticipationStatistics> byGroupAndYear = new ArrayList<>();
		for (int year : years) {
			for (var group : this.groups.groups()) {
				YearGroup key = new YearGroup(year, group.code());
				Integer networks = this.networkCounts.get(key);
				if (networks == null) {
					continue;
				}
				ParticipationStatistics row = row(key, networks, regular.getOrDefault(key, List.of()),
						rows.get(new YearGroup(year - 1, group.code())));
				rows.put(key, row);
				byGroupAndYear.add(row);
			}
		}
		JointMeetings jointMeetings = JointMeetings.of(joint, this.groups, this.minCellSize);
		return new ParticipationResults(byGroupAndYear, jointMeetings.composition(), jointMeetings.attendance(),
				Trend.byGroup(this.groups, byGroupAndYear, this.minCellSize), yearSummaries(years, byGroupAndYear, joint));
	}

	private ParticipationStatistics row(YearGroup key, int networks, List<MeetingState> sessions,
			ParticipationStatistics previous) {
		int meetings = sessions.size();
		long attendances = 0;
		long memberSum = 0;
		int online = 0;
		double[] perMeeting = new double[meetings];
		for (int i = 0; i < meetings; i++) {
			MeetingState session = sessions.get(i);
			attendances += session.attendances;
			perMeeting[i] = session.attendances;
			if (session.networkId != null) {
				memberSum += this.memberCounts.getOrDefault(new YearKey(key.year(), session.networkId), 0);
			}
			if (session.online) {
				online++;
			}
		}
		ParticipantSet people = this.participants.getOrDefault(key, new ParticipantSet());
		Long newParticipants = null;
		Double retention = null;
		Integer meetingsChange = null;
		Long attendancesChange = null;
		Double attendancesRelativeChange = null;
		if (previous != null) {
			ParticipantSet before = this.participants.getOrDefault(new YearGroup(key.year() - 1, key.groupCode()),
					new ParticipantSet());
			long returning = people.countCommon(before);
			newParticipants = people.size() - returning;
			retention = Numbers.ratio(returning, before.size());
			meetingsChange = meetings - previous.meetings();
			attendancesChange = attendances - previous.attendances();
			attendancesRelativeChange = Numbers.ratio(attendancesChange, previous.attendances());
		}
		Descriptive perMeetingSummary = Descriptive.of(perMeeting);
		return new ParticipationStatistics(key.year(), key.groupCode(), networks, meetings, attendances, people.size(),
				perMeetingSummary.mean(), perMeetingSummary.median(), Numbers.ratio(attendances, memberSum),
				newParticipants, retention, Numbers.ratio(online, meetings), meetingsChange, attendancesChange,
				attendancesRelativeChange, people.size() < this.minCellSize);
	}

	/**
	 * Per year: the group rows added up, and the distinct participants of every meeting (regular and
	 * joint) counted once across groups; survey respondents are filled in by the caller.
	 */
	private List<YearSummary> yearSummaries(Set<Integer> years, List<ParticipationStatistics> rows,
			List<MeetingState> joint) {
		List<YearSummary> result = new ArrayList<>();
		for (int year : years) {
			int groupCount = 0;
			int networks = 0;
			int regularMeetings = 0;
			long attendances = 0;
			ParticipantSet everyone = new ParticipantSet();
			for (ParticipationStatistics row : rows) {
				if (row.year() == year) {
					groupCount++;
					networks += row.networks();
					regularMeetings += row.meetings();
					attendances += row.attendances();
					everyone.addAll(this.participants.getOrDefault(new YearGroup(year, row.groupCode()),
							new ParticipantSet()));
				}
			}
			int jointMeetings = 0;
			long jointAttendances = 0;
			for (MeetingState session : joint) {
				if (session.year == year) {
					jointMeetings++;
					ParticipantSet attendees = new ParticipantSet();
					session.jointAttendees.values().forEach(attendees::addAll);
					jointAttendances += attendees.size();
					everyone.addAll(attendees);
				}
			}
			result.add(new YearSummary(year, groupCount, networks, regularMeetings, jointMeetings,
					regularMeetings + jointMeetings, attendances, jointAttendances, everyone.size(), null,
					everyone.size() < this.minCellSize));
		}
		return result;
	}

	private void resolvePending() {
		List<AttendanceRecord> waiting = new ArrayList<>(this.pending);
		this.pending.clear();
		for (AttendanceRecord r : waiting) {
			MeetingState session = this.sessions.get(new YearKey(r.year(), r.sessionId()));
			if (session == null) {
				this.pending.add(r);
			}
			else {
				apply(session, r);
			}
		}
		this.unmatchedAttendances = this.pending.size();
	}

	private void apply(MeetingState session, AttendanceRecord r) {
		if (session.joint) {
			if (session.jointAttendees.isEmpty()) {
				session.jointAttendees = new HashMap<>();
			}
			session.jointAttendees.computeIfAbsent(r.groupCode(), (k) -> new ParticipantSet()).add(r.participantKey());
		}
		else {
			session.attendances++;
			this.participants.computeIfAbsent(new YearGroup(r.year(), session.groupCode), (k) -> new ParticipantSet())
				.add(r.participantKey());
		}
	}

	private void checkGroup(String code, String where) {
		if (GroupCatalog.JOINT.equals(code) || this.groups.find(code).isEmpty()) {
			throw new IllegalArgumentException("unknown group code " + code + " in " + where);
		}
	}

	private record YearGroup(int year, String groupCode) {
	}

	private record YearKey(int year, String id) {
	}

}
