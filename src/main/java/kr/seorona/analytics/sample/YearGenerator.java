package kr.seorona.analytics.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import de.siegmar.fastcsv.writer.CsvWriter;
import kr.seorona.analytics.ingest.MeetingMode;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.RecordKind;
import kr.seorona.analytics.sample.YearSpec.JointSpec;

/**
 * Plans and writes one school year: networks and their members (people returning from the year
 * before plus newcomers), meetings with dates, modes and headcounts, then streams the four record
 * files. Memory: the year's networks, members and meetings, never the attendance rows.
 */
final class YearGenerator {

	private static final int MIN_MEMBERS = 12;

	private static final int MAX_MEMBERS = 30;

	private static final int STREAM_PLAN = 1;

	private static final int STREAM_ATTENDANCE = 2;

	private static final int STREAM_SURVEY = 3;

	private static final int STREAM_BAD_ROWS = 4;

	private final YearSpec spec;

	private final int year;

	private final double scale;

	private final long attendanceTarget;

	private final long seed;

	private final Population population;

	private final Map<SampleGroup, int[]> pools = new EnumMap<>(SampleGroup.class);

	private final List<Network> networks = new ArrayList<>();

	private final List<Session> sessions = new ArrayList<>();

	/**
	 * @param spec the year's shape
	 * @param scale network multiplier; {@code 1} with {@code attendanceTarget 0} reproduces the spec
	 * exactly
	 * @param attendanceTarget attendance rows to write for the year, or 0 to keep the spec's headcounts
	 * @param seed the run's seed
	 * @param population the people of all years, extended with this year's newcomers
	 */
	YearGenerator(YearSpec spec, double scale, long attendanceTarget, long seed, Population population) {
		this.spec = spec;
		this.year = spec.year();
		this.scale = scale;
		this.attendanceTarget = attendanceTarget;
		this.seed = seed;
		this.population = population;
	}

	/**
	 * Plans the year from the previous year's members and writes {@code <yearDir>/<kind>.csv}.
	 * @param previousPools last year's members by group (sorted person numbers); empty for the first
	 * year
	 * @return the row counts written
	 */
	Counts generate(Map<SampleGroup, int[]> previousPools, Path yearDir, ExportFormat format, double badRowShare)
			throws IOException {
		plan(previousPools);
		Files.createDirectories(yearDir);
		BadRows bad = new BadRows(random(STREAM_BAD_ROWS), badRowShare, format, this.year);
		long networkRows = writeNetworks(yearDir, format, bad);
		long sessionRows = writeSessions(yearDir, format, bad);
		BitSet attended = new BitSet(this.population.size() + 1);
		long attendanceRows = writeAttendance(yearDir, format, bad, attended);
		long surveyRows = writeSurvey(yearDir, format, bad, attended);
		return new Counts(networkRows, sessionRows, attendanceRows, surveyRows, bad.count());
	}

	/** This year's members by group (sorted person numbers), for the next year's retention. */
	Map<SampleGroup, int[]> pools() {
		return this.pools;
	}

	// ---- planning

	private void plan(Map<SampleGroup, int[]> previousPools) {
		Random random = random(STREAM_PLAN);
		boolean scaled = this.attendanceTarget > 0;
		planNetworks(random, previousPools, scaled);
		planRegularMeetings(random);
		planJointMeetings(random, scaled);
		this.sessions.sort(Comparator.comparing(Session::date)
			.thenComparing(Session::type)
			.thenComparingInt((session) -> (session.network() != null) ? session.network().order() : 0)
			.thenComparingInt(Session::sequence));
		int width = Math.max(3, Integer.toString(this.sessions.size()).length());
		for (int i = 0; i < this.sessions.size(); i++) {
			this.sessions.get(i).id = "SES-" + this.year + "-" + pad(i + 1, width);
		}
		if (scaled) {
			reachTarget(random);
		}
	}

	/** Networks per group with their members; fills {@link #pools}. */
	private void planNetworks(Random random, Map<SampleGroup, int[]> previousPools, boolean scaled) {
		for (Map.Entry<SampleGroup, int[]> entry : this.spec.meetingsPerNetwork().entrySet()) {
			SampleGroup group = entry.getKey();
			int[] meetings = entry.getValue();
			int count = scaled ? (int) Math.max(1, Math.round(meetings.length * this.scale)) : meetings.length;
			int[] sizes = new int[count];
			int needed = 0;
			for (int i = 0; i < count; i++) {
				sizes[i] = memberCount(random);
				needed += sizes[i];
			}
			int[] people = members(random, previousPools.get(group), needed);
			int width = Math.max(2, Integer.toString(count).length());
			int from = 0;
			for (int i = 0; i < count; i++) {
				int[] members = Arrays.copyOfRange(people, from, from + sizes[i]);
				from += sizes[i];
				Arrays.sort(members);
				String id = "NET-" + this.year + "-" + group.abbreviation() + "-" + pad(i + 1, width);
				String name = this.year + " " + group.labelKo() + " 서로나눔 네트워크 " + (i + 1);
				this.networks.add(new Network(id, name, group, members, meetings[i % meetings.length],
						this.networks.size()));
			}
			Arrays.sort(people);
			this.pools.put(group, people);
		}
	}

	/** Each network's regular meetings: date, mode, duration, topic, headcount. */
	private void planRegularMeetings(Random random) {
		Map<SampleGroup, List<String>> topics = new EnumMap<>(SampleGroup.class);
		for (Network network : this.networks) {
			List<String> groupTopics = topics.computeIfAbsent(network.group(),
					(group) -> Vocabulary.topics(this.year, group));
			for (int j = 0; j < network.meetings(); j++) {
				LocalDate date = dateIn(random, j, network.meetings());
				MeetingMode mode = regularMode(random);
				String topic = groupTopics.get(random.nextInt(groupTopics.size()));
				int members = network.members().length;
				double rate = 0.55 + 0.30 * random.nextDouble();
				int headcount = (int) Math.max(1, Math.min(members, Math.round(rate * members)));
				this.sessions.add(new Session(network, j, date, MeetingType.REGULAR, mode, duration(random, mode),
						headcount, topic));
			}
		}
	}

	/** The spec's joint meetings, plus more in proportion in a scale run. */
	private void planJointMeetings(Random random, boolean scaled) {
		List<JointSpec> joints = new ArrayList<>(this.spec.joints());
		if (scaled) {
			long extra = Math.round(joints.size() * this.scale) - joints.size();
			for (long i = 0; i < extra; i++) {
				joints.add(new JointSpec(dateIn(random, 0, 1), regularMode(random), 60 + random.nextInt(61)));
			}
		}
		int poolSize = 0;
		for (int[] pool : this.pools.values()) {
			poolSize += pool.length;
		}
		for (int j = 0; j < joints.size(); j++) {
			JointSpec joint = joints.get(j);
			String topic = (joint.date().getMonthValue() < 9) ? Vocabulary.JOINT_TOPIC_SPRING
					: Vocabulary.JOINT_TOPIC_AUTUMN;
			int duration = (joint.mode() == MeetingMode.ONLINE) ? 150 : 180;
			this.sessions.add(new Session(null, j, joint.date(), MeetingType.JOINT, joint.mode(), duration,
					Math.min(joint.headcount(), poolSize), topic));
		}
	}

	/** Moves regular headcounts by one, within 1..members, until the year's rows equal the target. */
	private void reachTarget(Random random) {
		long total = 0;
		List<Session> regular = new ArrayList<>();
		for (Session session : this.sessions) {
			total += session.headcount;
			if (session.type() == MeetingType.REGULAR) {
				regular.add(session);
			}
		}
		long difference = this.attendanceTarget - total;
		Session[] order = regular.toArray(new Session[0]);
		shuffle(random, order);
		boolean moved = true;
		while (difference != 0 && moved) {
			moved = false;
			for (int i = 0; i < order.length && difference != 0; i++) {
				Session session = order[i];
				if (difference > 0 && session.headcount < session.network().members().length) {
					session.headcount++;
					difference--;
					moved = true;
				}
				else if (difference < 0 && session.headcount > 1) {
					session.headcount--;
					difference++;
					moved = true;
				}
			}
		}
	}

	/** Members of a group this year: 50-70 % of last year's members return, newcomers fill up. */
	private int[] members(Random random, int[] previous, int needed) {
		int[] people = new int[needed];
		int returning = 0;
		if (previous != null && previous.length > 0) {
			double retention = 0.50 + 0.20 * random.nextDouble();
			returning = (int) Math.min(needed, Math.round(retention * previous.length));
			int[] candidates = previous.clone();
			for (int i = 0; i < returning; i++) {
				int j = i + random.nextInt(candidates.length - i);
				int swap = candidates[i];
				candidates[i] = candidates[j];
				candidates[j] = swap;
				people[i] = candidates[i];
			}
		}
		for (int i = returning; i < needed; i++) {
			people[i] = this.population.newPerson(random);
		}
		for (int i = needed - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = people[i];
			people[i] = people[j];
			people[j] = swap;
		}
		return people;
	}

	private static int memberCount(Random random) {
		long members = Math.round(YearSpec.MEAN_MEMBERS + 4.5 * random.nextGaussian());
		return (int) Math.max(MIN_MEMBERS, Math.min(MAX_MEMBERS, members));
	}

	/** A weekday in the {@code index}-th of {@code parts} equal parts of the year's meeting window. */
	private LocalDate dateIn(Random random, int index, int parts) {
		long days = ChronoUnit.DAYS.between(this.spec.firstMeeting(), this.spec.lastMeeting()) + 1;
		long from = days * index / parts;
		long to = days * (index + 1) / parts;
		LocalDate date = this.spec.firstMeeting().plusDays(from + random.nextInt((int) Math.max(1, to - from)));
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
			date = date.minusDays(1);
		}
		else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			date = date.plusDays(1);
		}
		if (date.isAfter(this.spec.lastMeeting())) {
			date = date.minusDays(3);
		}
		return date;
	}

	private MeetingMode regularMode(Random random) {
		double u = random.nextDouble();
		if (u < this.spec.offlineShare()) {
			return MeetingMode.OFFLINE;
		}
		return (u < this.spec.offlineShare() + this.spec.onlineShare()) ? MeetingMode.ONLINE : MeetingMode.HYBRID;
	}

	private static int duration(Random random, MeetingMode mode) {
		int[] choices = switch (mode) {
			case OFFLINE -> new int[] { 90, 120, 120, 150 };
			case ONLINE -> new int[] { 60, 90, 90, 120 };
			case HYBRID -> new int[] { 90, 120, 120 };
		};
		return choices[random.nextInt(choices.length)];
	}

	// ---- writing

	private long writeNetworks(Path yearDir, ExportFormat format, BadRows bad) throws IOException {
		try (CsvWriter csv = open(yearDir, format, RecordKind.NETWORKS)) {
			String[] row = new String[4];
			for (Network network : this.networks) {
				row[0] = network.id();
				row[1] = network.name();
				row[2] = format.group(network.group());
				row[3] = Integer.toString(network.members().length);
				bad.maybeSpoil(RecordKind.NETWORKS, row);
				csv.writeRecord(row);
			}
		}
		return this.networks.size();
	}

	private long writeSessions(Path yearDir, ExportFormat format, BadRows bad) throws IOException {
		try (CsvWriter csv = open(yearDir, format, RecordKind.SESSIONS)) {
			String[] row = new String[8];
			for (Session session : this.sessions) {
				row[0] = session.id;
				row[1] = (session.network() != null) ? session.network().id() : "";
				row[2] = format.date(session.date());
				row[3] = format.type(session.type());
				row[4] = format.mode(session.mode());
				row[5] = Integer.toString(session.durationMinutes());
				row[6] = Integer.toString(session.headcount);
				row[7] = session.topic();
				bad.maybeSpoil(RecordKind.SESSIONS, row);
				csv.writeRecord(row);
			}
		}
		return this.sessions.size();
	}

	private long writeAttendance(Path yearDir, ExportFormat format, BadRows bad, BitSet attended)
			throws IOException {
		Random random = random(STREAM_ATTENDANCE);
		long rows = 0;
		try (CsvWriter csv = open(yearDir, format, RecordKind.ATTENDANCE)) {
			String[] row = new String[4];
			for (Session session : this.sessions) {
				if (session.network() != null) {
					int[] members = session.network().members();
					String group = format.group(session.network().group());
					int wanted = session.headcount;
					for (int i = 0; i < members.length && wanted > 0; i++) {
						if (random.nextInt(members.length - i) < wanted) {
							wanted--;
							attended.set(members[i]);
							writeAttendee(csv, row, session, members[i], group, bad);
							rows++;
						}
					}
				}
				else {
					for (long attendee : jointAttendees(random, session.headcount)) {
						int person = (int) (attendee >>> 8);
						SampleGroup group = SampleGroup.values()[(int) (attendee & 0xFF)];
						attended.set(person);
						writeAttendee(csv, row, session, person, format.group(group), bad);
						rows++;
					}
				}
			}
		}
		return rows;
	}

	private void writeAttendee(CsvWriter csv, String[] row, Session session, int person, String group, BadRows bad) {
		row[0] = session.id;
		row[1] = Population.participantId(person);
		row[2] = group;
		row[3] = this.population.schoolId(person);
		bad.maybeSpoil(RecordKind.ATTENDANCE, row);
		csv.writeRecord(row);
	}

	/**
	 * Attendees of a joint meeting: every group represented, the rest in proportion to the groups'
	 * members; returns {@code person << 8 | group ordinal}, sorted by person.
	 */
	private long[] jointAttendees(Random random, int headcount) {
		List<SampleGroup> groups = new ArrayList<>(this.pools.keySet());
		int[] quota = new int[groups.size()];
		long poolTotal = 0;
		for (SampleGroup group : groups) {
			poolTotal += this.pools.get(group).length;
		}
		int assigned = 0;
		for (int g = 0; g < groups.size() && assigned < headcount; g++) {
			quota[g] = 1;
			assigned++;
		}
		int rest = headcount - assigned;
		double[] remainders = new double[groups.size()];
		for (int g = 0; g < groups.size(); g++) {
			double exact = (double) rest * this.pools.get(groups.get(g)).length / poolTotal;
			int whole = (int) Math.floor(exact);
			quota[g] += whole;
			assigned += whole;
			remainders[g] = exact - whole;
		}
		while (assigned < headcount) {
			int best = -1;
			for (int g = 0; g < groups.size(); g++) {
				int room = this.pools.get(groups.get(g)).length - quota[g];
				if (room > 0 && (best < 0 || remainders[g] > remainders[best])) {
					best = g;
				}
			}
			quota[best]++;
			remainders[best] = -1;
			assigned++;
		}
		long[] attendees = new long[headcount];
		int next = 0;
		for (int g = 0; g < groups.size(); g++) {
			int[] pool = this.pools.get(groups.get(g));
			int take = Math.min(quota[g], pool.length);
			// Floyd's algorithm: take distinct indexes without copying the pool
			Set<Integer> chosen = new HashSet<>();
			for (int j = pool.length - take; j < pool.length; j++) {
				int t = random.nextInt(j + 1);
				chosen.add(chosen.contains(t) ? j : t);
			}
			int[] indexes = chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
			for (int index : indexes) {
				attendees[next++] = ((long) pool[index] << 8) | groups.get(g).ordinal();
			}
		}
		long[] result = Arrays.copyOf(attendees, next);
		Arrays.sort(result);
		return result;
	}

	private long writeSurvey(Path yearDir, ExportFormat format, BadRows bad, BitSet attended)
			throws IOException {
		Random random = random(STREAM_SURVEY);
		long rows = 0;
		try (CsvWriter csv = open(yearDir, format, RecordKind.SURVEY)) {
			String[] row = new String[3 + SurveyAnswers.ITEMS + 1];
			for (Map.Entry<SampleGroup, int[]> entry : this.pools.entrySet()) {
				int[] pool = entry.getValue();
				int participants = 0;
				for (int person : pool) {
					if (attended.get(person)) {
						participants++;
					}
				}
				double share = 0.40 + 0.20 * random.nextDouble();
				int wanted = (int) Math.round(share * participants);
				if (participants > 0) {
					wanted = Math.max(1, wanted);
				}
				int seen = 0;
				for (int person : pool) {
					if (wanted == 0) {
						break;
					}
					if (!attended.get(person)) {
						continue;
					}
					if (random.nextInt(participants - seen++) < wanted) {
						wanted--;
						row[0] = Population.participantId(person);
						row[1] = format.group(entry.getKey());
						row[2] = this.population.schoolId(person);
						SurveyAnswers.draw(random, entry.getKey(), row, 3);
						bad.maybeSpoil(RecordKind.SURVEY, row);
						csv.writeRecord(row);
						rows++;
					}
				}
			}
		}
		return rows;
	}

	private static CsvWriter open(Path yearDir, ExportFormat format, RecordKind kind) throws IOException {
		Path file = yearDir.resolve(kind.fileStem() + ".csv");
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
				format.charset().newEncoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)),
				1 << 16);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(format.lineDelimiter()).build(writer);
		csv.writeRecord(format.header(kind));
		return csv;
	}

	// ---- helpers

	private Random random(int stream) {
		return new Random(mix(mix(this.seed) + 31L * this.year + stream));
	}

	/** SplitMix64's finaliser: spreads neighbouring seeds over the whole range. */
	static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static <T> void shuffle(Random random, T[] items) {
		for (int i = items.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = items[i];
			items[i] = items[j];
			items[j] = swap;
		}
	}

	private static String pad(int number, int width) {
		String digits = Integer.toString(number);
		StringBuilder padded = new StringBuilder(width);
		for (int i = digits.length(); i < width; i++) {
			padded.append('0');
		}
		return padded.append(digits).toString();
	}

	/**
	 * A network of one year.
	 *
	 * @param members sorted person numbers
	 * @param meetings number of regular meetings
	 * @param order position in the year's network list
	 */
	record Network(String id, String name, SampleGroup group, int[] members, int meetings, int order) {
	}

	/** A meeting; its id is given after sorting, its headcount may move to reach a target. */
	static final class Session {

		private final Network network;

		private final int sequence;

		private final LocalDate date;

		private final MeetingType type;

		private final MeetingMode mode;

		private final int durationMinutes;

		private final String topic;

		String id;

		int headcount;

		Session(Network network, int sequence, LocalDate date, MeetingType type, MeetingMode mode,
				int durationMinutes, int headcount, String topic) {
			this.network = network;
			this.sequence = sequence;
			this.date = date;
			this.type = type;
			this.mode = mode;
			this.durationMinutes = durationMinutes;
			this.headcount = headcount;
			this.topic = topic;
		}

		Network network() {
			return this.network;
		}

		int sequence() {
			return this.sequence;
		}

		LocalDate date() {
			return this.date;
		}

		MeetingType type() {
			return this.type;
		}

		MeetingMode mode() {
			return this.mode;
		}

		int durationMinutes() {
			return this.durationMinutes;
		}

		String topic() {
			return this.topic;
		}

	}

	/** Rows written for one year, by kind, and how many of them were spoilt on purpose. */
	record Counts(long networks, long sessions, long attendance, long survey, long badRows) {

		Counts plus(Counts other) {
			return new Counts(this.networks + other.networks, this.sessions + other.sessions,
					this.attendance + other.attendance, this.survey + other.survey, this.badRows + other.badRows);
		}

	}

}
