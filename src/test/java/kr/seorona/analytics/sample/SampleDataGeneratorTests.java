package kr.seorona.analytics.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.sample.SampleDataGenerator.Options;
import kr.seorona.analytics.sample.SampleDataGenerator.Style;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleDataGeneratorTests {

	private static final Path COMMITTED = Path.of("data");

	private static final List<Integer> YEARS = List.of(2019, 2020, 2021, 2022);

	private static final List<String> KINDS = List.of("networks", "sessions", "attendance", "survey");

	private static final Set<String> SIX_GROUPS = Set.of("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "ADMIN_DIRECTOR",
			"EDU_STAFF", "PARENT");

	private static final Set<String> FOUR_GROUPS = Set.of("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "PARENT");

	@TempDir
	static Path bundled;

	@BeforeAll
	static void generateBundled() {
		SampleDataGenerator.generate(Options.bundled(), bundled);
	}

	@Test
	void regeneratingGivesTheCommittedDataByteForByte() throws IOException {
		for (int year : YEARS) {
			for (String kind : KINDS) {
				Path committed = COMMITTED.resolve(year + "/" + kind + ".csv");
				assertThat(committed).as("committed %s", committed).isRegularFile();
				assertThat(Files.mismatch(bundled.resolve(year + "/" + kind + ".csv"), committed))
					.as("%s differs from a fresh run of SampleDataGenerator: regenerate data/", committed)
					.isEqualTo(-1L);
			}
		}
		try (Stream<Path> files = Files.walk(COMMITTED)) {
			assertThat(files.filter((file) -> file.toString().endsWith(".csv")).count()).isEqualTo(16);
		}
	}

	@Test
	void filesAreUtf8WithoutBomWithLfAndTheContractHeaders() throws IOException {
		Map<String, String> headers = Map.of("networks", "network_id,network_name,group,member_count", "sessions",
				"session_id,network_id,date,type,mode,duration_minutes,headcount,topic", "attendance",
				"session_id,participant_id,group,school_id", "survey",
				"respondent_id,group,school_id,q1,q2,q3,q4,q5,q6,comment");
		for (int year : YEARS) {
			for (String kind : KINDS) {
				byte[] bytes = Files.readAllBytes(bundled.resolve(year + "/" + kind + ".csv"));
				String text = decodeStrictly(bytes, StandardCharsets.UTF_8);
				assertThat(text).doesNotContain("\r").doesNotStartWith("\uFEFF").endsWith("\n");
				assertThat(text.substring(0, text.indexOf('\n'))).isEqualTo(headers.get(kind));
			}
		}
	}

	@Test
	void topicsWithCommasAndQuotesAreQuotedPerRfc4180() throws IOException {
		String raw = Files.readString(bundled.resolve("2022/sessions.csv"));
		List<String> topics = column(bundled, 2022, "sessions", "topic");
		assertThat(topics).anyMatch((topic) -> topic.contains(","));
		assertThat(topics).allMatch((topic) -> !topic.isBlank());
		for (String topic : topics) {
			if (topic.contains(",") || topic.contains("\"")) {
				assertThat(raw).contains("\"" + topic.replace("\"", "\"\"") + "\"");
			}
		}
		List<String> allTopics = new ArrayList<>();
		for (int year : YEARS) {
			allTopics.addAll(column(bundled, year, "sessions", "topic"));
		}
		assertThat(allTopics).anyMatch((topic) -> topic.contains("\""));
	}

	@Test
	void year2022HasThePublishedMeetings() throws IOException {
		Map<String, String> groupOfNetwork = groupOfNetwork(bundled, 2022);
		List<NamedCsvRecord> sessions = read(bundled.resolve("2022/sessions.csv"));
		assertThat(sessions).hasSize(33);
		Map<String, Integer> regularByGroup = new TreeMap<>();
		List<NamedCsvRecord> joints = new ArrayList<>();
		LocalDate secondJoint = LocalDate.of(2022, 11, 29);
		for (NamedCsvRecord session : sessions) {
			if (session.getField("type").equals("joint")) {
				assertThat(session.getField("network_id")).isEmpty();
				joints.add(session);
			}
			else {
				assertThat(session.getField("type")).isEqualTo("regular");
				regularByGroup.merge(groupOfNetwork.get(session.getField("network_id")), 1, Integer::sum);
				assertThat(LocalDate.parse(session.getField("date"))).isBefore(secondJoint);
			}
		}
		assertThat(regularByGroup).isEqualTo(Map.of("PRINCIPAL", 3, "VICE_PRINCIPAL", 2, "TEACHER", 5, "EDU_STAFF", 2,
				"ADMIN_DIRECTOR", 1, "PARENT", 18));
		assertThat(joints).extracting((joint) -> joint.getField("date")).containsExactly("2022-04-29", "2022-11-29");
		NamedCsvRecord second = joints.get(1);
		assertThat(second.getField("headcount")).isEqualTo("120");
		List<NamedCsvRecord> attendees = read(bundled.resolve("2022/attendance.csv")).stream()
			.filter((row) -> row.getField("session_id").equals(second.getField("session_id")))
			.toList();
		assertThat(attendees).hasSize(120);
		assertThat(attendees.stream().map((row) -> row.getField("group")).collect(Collectors.toSet()))
			.isEqualTo(SIX_GROUPS);
	}

	@Test
	void year2019HasFourGroupsAndLaterYearsSix() throws IOException {
		for (int year : YEARS) {
			Set<String> expected = (year == 2019) ? FOUR_GROUPS : SIX_GROUPS;
			assertThat(new HashSet<>(column(bundled, year, "networks", "group"))).as("networks %d", year)
				.isEqualTo(expected);
			assertThat(new HashSet<>(column(bundled, year, "attendance", "group"))).as("attendance %d", year)
				.isEqualTo(expected);
			assertThat(new HashSet<>(column(bundled, year, "survey", "group"))).as("survey %d", year)
				.isEqualTo(expected);
			long joints = column(bundled, year, "sessions", "type").stream().filter("joint"::equals).count();
			assertThat(joints).isEqualTo((year == 2022) ? 2 : 1);
		}
	}

	@Test
	void headcountEqualsAttendanceRowsAndNeverExceedsMembers() throws IOException {
		for (int year : YEARS) {
			Map<String, Integer> members = new HashMap<>();
			Map<String, String> groupOfNetwork = groupOfNetwork(bundled, year);
			for (NamedCsvRecord network : read(bundled.resolve(year + "/networks.csv"))) {
				int count = Integer.parseInt(network.getField("member_count"));
				assertThat(count).as(network.toString()).isBetween(12, 30);
				members.put(network.getField("network_id"), count);
			}
			Map<String, List<NamedCsvRecord>> bySession = read(bundled.resolve(year + "/attendance.csv")).stream()
				.collect(Collectors.groupingBy((row) -> row.getField("session_id")));
			List<NamedCsvRecord> sessions = read(bundled.resolve(year + "/sessions.csv"));
			assertThat(bySession.keySet()).hasSameSizeAs(sessions);
			for (NamedCsvRecord session : sessions) {
				List<NamedCsvRecord> rows = bySession.get(session.getField("session_id"));
				int headcount = Integer.parseInt(session.getField("headcount"));
				assertThat(rows).as(session.toString()).hasSize(headcount);
				assertThat(rows.stream().map((row) -> row.getField("participant_id")).distinct().count())
					.isEqualTo(headcount);
				String network = session.getField("network_id");
				if (!network.isEmpty()) {
					assertThat(headcount).as(session.toString()).isLessThanOrEqualTo(members.get(network));
					double share = (double) headcount / members.get(network);
					assertThat(share).as(session.toString()).isBetween(0.5, 0.9);
					assertThat(rows).allMatch((row) -> row.getField("group").equals(groupOfNetwork.get(network)));
				}
			}
		}
	}

	@Test
	void meetingsSpreadOverWeekdaysFromMarchToDecemberInTheYearsMode() throws IOException {
		for (int year : YEARS) {
			Map<String, Integer> modes = new TreeMap<>();
			for (NamedCsvRecord session : read(bundled.resolve(year + "/sessions.csv"))) {
				LocalDate date = LocalDate.parse(session.getField("date"));
				assertThat(date.getYear()).isEqualTo(year);
				assertThat(date.getMonthValue()).isBetween(3, 12);
				assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
				assertThat(Integer.parseInt(session.getField("duration_minutes"))).isBetween(60, 180);
				modes.merge(session.getField("mode"), 1, Integer::sum);
			}
			assertThat(modes.keySet()).isSubsetOf("offline", "online", "hybrid");
			String mostly = (year == 2020 || year == 2021) ? "online" : "offline";
			int total = modes.values().stream().mapToInt(Integer::intValue).sum();
			assertThat(modes.getOrDefault(mostly, 0)).as("%d modes %s", year, modes).isGreaterThan(total / 2);
			if (year == 2022) {
				assertThat(modes).containsKey("hybrid");
			}
		}
	}

	@Test
	void participantsAreRawIdsAndReturnAcrossYears() throws IOException {
		Set<String> previous = null;
		for (int year : YEARS) {
			List<NamedCsvRecord> rows = read(bundled.resolve(year + "/attendance.csv"));
			assertThat(rows).allMatch((row) -> row.getField("participant_id").matches("P\\d{6}"));
			assertThat(rows).allMatch((row) -> row.getField("school_id").matches("S\\d{4}"));
			Set<String> participants = rows.stream().map((row) -> row.getField("participant_id"))
				.collect(Collectors.toSet());
			if (previous != null) {
				long returning = previous.stream().filter(participants::contains).count();
				assertThat((double) returning / previous.size()).as("retention into %d", year).isBetween(0.4, 0.8);
				assertThat(participants.size() - returning).as("newcomers in %d", year).isPositive();
			}
			previous = participants;
		}
	}

	@Test
	void surveyIsRealistic() throws IOException {
		long cells = 0;
		long missing = 0;
		long comments = 0;
		long respondents = 0;
		List<int[]> complete = new ArrayList<>();
		Map<String, double[]> sumByGroup = new TreeMap<>();
		for (int year : YEARS) {
			Map<String, Set<String>> participantsByGroup = read(bundled.resolve(year + "/attendance.csv")).stream()
				.collect(Collectors.groupingBy((row) -> row.getField("group"),
						Collectors.mapping((row) -> row.getField("participant_id"), Collectors.toSet())));
			Map<String, Integer> respondentsByGroup = new TreeMap<>();
			for (NamedCsvRecord row : read(bundled.resolve(year + "/survey.csv"))) {
				String group = row.getField("group");
				assertThat(participantsByGroup.get(group)).contains(row.getField("respondent_id"));
				respondentsByGroup.merge(group, 1, Integer::sum);
				respondents++;
				int[] answers = new int[6];
				boolean full = true;
				for (int i = 0; i < 6; i++) {
					String cell = row.getField("q" + (i + 1));
					assertThat(cell).isIn("", "1", "2", "3", "4", "5", "99");
					cells++;
					if (cell.isEmpty() || cell.equals("99")) {
						missing++;
						full = false;
					}
					else {
						answers[i] = Integer.parseInt(cell);
						double[] sum = sumByGroup.computeIfAbsent(group, (key) -> new double[2]);
						sum[0] += answers[i];
						sum[1]++;
					}
				}
				if (full) {
					complete.add(answers);
				}
				if (!row.getField("comment").isEmpty()) {
					comments++;
				}
			}
			for (Map.Entry<String, Set<String>> group : participantsByGroup.entrySet()) {
				double share = (double) respondentsByGroup.getOrDefault(group.getKey(), 0) / group.getValue().size();
				assertThat(share).as("%d %s response share", year, group.getKey()).isBetween(0.35, 0.65);
			}
		}
		assertThat((double) missing / cells).isBetween(0.01, 0.03);
		assertThat((double) comments / respondents).isBetween(0.02, 0.3);
		assertThat(cronbachAlpha(complete, 0, 3)).isBetween(0.7, 0.9);
		assertThat(cronbachAlpha(complete, 3, 6)).isBetween(0.7, 0.9);
		List<Double> means = sumByGroup.values().stream().map((sum) -> sum[0] / sum[1]).toList();
		double spread = means.stream().mapToDouble(Double::doubleValue).max().getAsDouble()
				- means.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
		assertThat(spread).as("group means %s", sumByGroup.keySet()).isBetween(0.1, 1.0);
	}

	@Test
	void noEmailsOrPhoneNumbers() throws IOException {
		for (int year : YEARS) {
			for (String kind : KINDS) {
				String text = Files.readString(bundled.resolve(year + "/" + kind + ".csv"));
				assertThat(text).doesNotContain("@").doesNotContainPattern("\\d{2,3}-\\d{3,4}-\\d{4}");
			}
		}
	}

	@Test
	void groupLabelsAgreeWithJobsGroupsYml() {
		List<Group> groups = Definitions.load(Path.of("jobs")).groups().groups();
		assertThat(groups).extracting(Group::code)
			.containsExactly(Stream.of(SampleGroup.values()).map(Enum::name).toArray(String[]::new));
		for (Group group : groups) {
			SampleGroup sample = SampleGroup.valueOf(group.code());
			assertThat(sample.labelKo()).isEqualTo(group.labelKo());
			assertThat(sample.firstYear()).isEqualTo(group.firstYear());
		}
	}

	@Nested
	class KoreanExcelStyle {

		@TempDir
		Path korean;

		@Test
		void writesTheSameRecordsInMs949WithCrlfAndKoreanLabels() throws IOException {
			SampleDataGenerator.generate(new Options(SampleDataGenerator.DEFAULT_SEED, Style.KOREAN_EXCEL, 0, 0),
					this.korean);
			Charset ms949 = Charset.forName("MS949");
			Map<String, String> headers = Map.of("networks", "네트워크ID,네트워크명,구분,회원수", "sessions",
					"회의ID,네트워크ID,회의일자,유형,운영방식,시간(분),참석인원,주제", "attendance", "회의ID,참여자ID,구분,학교ID",
					"survey", "응답자ID,구분,학교ID,문항1,문항2,문항3,문항4,문항5,문항6,의견");
			for (int year : YEARS) {
				for (String kind : KINDS) {
					byte[] bytes = Files.readAllBytes(this.korean.resolve(year + "/" + kind + ".csv"));
					assertThatThrownBy(() -> decodeStrictly(bytes, StandardCharsets.UTF_8))
						.isInstanceOf(CharacterCodingException.class);
					String text = decodeStrictly(bytes, ms949);
					assertThat(text.split("\r\n", -1).length).isEqualTo(text.split("\n", -1).length);
					assertThat(text).endsWith("\r\n").startsWith(headers.get(kind) + "\r\n");
					List<List<String>> koreanRows = rows(this.korean.resolve(year + "/" + kind + ".csv"), ms949);
					List<List<String>> canonicalRows = rows(bundled.resolve(year + "/" + kind + ".csv"),
							StandardCharsets.UTF_8);
					assertThat(koreanRows).as("%d %s", year, kind).hasSameSizeAs(canonicalRows);
					for (int i = 1; i < koreanRows.size(); i++) {
						assertThat(toCanonical(kind, koreanRows.get(i))).isEqualTo(canonicalRows.get(i));
					}
				}
			}
			String sessions = Files.readString(this.korean.resolve("2022/sessions.csv"), ms949);
			assertThat(sessions).contains(",2022. 4. 29.,합동,대면,").contains(",2022. 11. 29.,합동,대면,180,120,");
		}

		private List<String> toCanonical(String kind, List<String> row) {
			Map<String, String> groups = new HashMap<>();
			for (SampleGroup group : SampleGroup.values()) {
				groups.put(group.labelKo(), group.name());
			}
			List<String> canonical = new ArrayList<>(row);
			switch (kind) {
				case "networks" -> canonical.set(2, groups.get(row.get(2)));
				case "attendance" -> canonical.set(2, groups.get(row.get(2)));
				case "survey" -> canonical.set(1, groups.get(row.get(1)));
				case "sessions" -> {
					assertThat(row.get(2)).matches("\\d{4}\\. [1-9]\\d?\\. [1-9]\\d?\\.");
					String[] parts = row.get(2).split("\\.\\s*");
					canonical.set(2, LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
							Integer.parseInt(parts[2])).toString());
					canonical.set(3, Map.of("정기", "regular", "합동", "joint").get(row.get(3)));
					canonical.set(4, Map.of("대면", "offline", "비대면", "online", "혼합", "hybrid").get(row.get(4)));
				}
				default -> throw new IllegalArgumentException(kind);
			}
			return canonical;
		}

	}

	@Nested
	class ScaleRun {

		@TempDir
		Path scale;

		@Test
		void hitsTheTargetWithTheRequestedShareOfBadRows() throws IOException {
			long target = 20_000;
			SampleDataGenerator.generate(new Options(7, Style.CANONICAL, target, 0.01), this.scale);
			long attendance = 0;
			long badAttendance = 0;
			long headcounts = 0;
			long surveyRows = 0;
			long badSessions = 0;
			for (int year : YEARS) {
				for (NamedCsvRecord row : read(this.scale.resolve(year + "/attendance.csv"))) {
					attendance++;
					if (row.getField("participant_id").isEmpty() || !SIX_GROUPS.contains(row.getField("group"))) {
						badAttendance++;
					}
				}
				Set<String> groups = new HashSet<>(column(this.scale, year, "networks", "group"));
				groups.retainAll(SIX_GROUPS);
				assertThat(groups).isEqualTo((year == 2019) ? FOUR_GROUPS : SIX_GROUPS);
				for (NamedCsvRecord session : read(this.scale.resolve(year + "/sessions.csv"))) {
					headcounts += Integer.parseInt(session.getField("headcount"));
					if (session.getField("date").endsWith("-02-30") || session.getField("type").equals("workshop")) {
						badSessions++;
					}
				}
				surveyRows += read(this.scale.resolve(year + "/survey.csv")).size();
			}
			assertThat(attendance).isCloseTo(target, org.assertj.core.data.Percentage.withPercentage(1));
			assertThat(headcounts).isEqualTo(attendance);
			assertThat((double) badAttendance / attendance).isBetween(0.007, 0.013);
			assertThat(badSessions).isPositive();
			assertThat((double) surveyRows / attendance).as("survey rows per attendance row").isBetween(0.1, 0.4);
		}

		@Test
		void sameOptionsGiveTheSameBytesAndAnotherSeedOthers(@TempDir Path again, @TempDir Path other)
				throws IOException {
			Options options = new Options(11, Style.KOREAN_EXCEL, 5_000, 0.002);
			SampleDataGenerator.generate(options, this.scale);
			SampleDataGenerator.generate(options, again);
			SampleDataGenerator.generate(new Options(12, Style.KOREAN_EXCEL, 5_000, 0.002), other);
			for (int year : YEARS) {
				for (String kind : KINDS) {
					Path file = this.scale.resolve(year + "/" + kind + ".csv");
					assertThat(Files.mismatch(file, again.resolve(year + "/" + kind + ".csv"))).isEqualTo(-1L);
				}
				Path attendance = this.scale.resolve(year + "/attendance.csv");
				assertThat(Files.mismatch(attendance, other.resolve(year + "/attendance.csv"))).isNotEqualTo(-1L);
			}
		}

	}

	@Test
	void optionsRejectNonsense() {
		assertThatThrownBy(() -> new Options(1, Style.CANONICAL, -1, 0)).hasMessageContaining("-1");
		assertThatThrownBy(() -> new Options(1, Style.CANONICAL, 0, 1.5)).hasMessageContaining("1.5");
		assertThatThrownBy(() -> new Options(1, null, 0, 0)).hasMessageContaining("style");
	}

	// ---- helpers

	static List<NamedCsvRecord> read(Path file) throws IOException {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
			return reader.stream().toList();
		}
	}

	private static List<List<String>> rows(Path file, Charset charset) throws IOException {
		try (Reader in = Files.newBufferedReader(file, charset);
				CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader = CsvReader.builder().ofCsvRecord(in)) {
			return reader.stream().map((row) -> List.copyOf(row.getFields())).toList();
		}
	}

	private static List<String> column(Path root, int year, String kind, String column) throws IOException {
		return read(root.resolve(year + "/" + kind + ".csv")).stream().map((row) -> row.getField(column)).toList();
	}

	private static Map<String, String> groupOfNetwork(Path root, int year) throws IOException {
		Map<String, String> groups = new HashMap<>();
		for (NamedCsvRecord network : read(root.resolve(year + "/networks.csv"))) {
			groups.put(network.getField("network_id"), network.getField("group"));
		}
		return groups;
	}

	private static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	/** Cronbach's alpha of the items {@code from..to-1} over complete cases. */
	private static double cronbachAlpha(List<int[]> cases, int from, int to) {
		int k = to - from;
		double itemVariances = 0;
		for (int i = from; i < to; i++) {
			int item = i;
			itemVariances += variance(cases.stream().mapToDouble((answers) -> answers[item]).toArray());
		}
		double totalVariance = variance(cases.stream()
			.mapToDouble((answers) -> java.util.Arrays.stream(answers, from, to).sum())
			.toArray());
		return k / (k - 1.0) * (1 - itemVariances / totalVariance);
	}

	private static double variance(double[] values) {
		double mean = java.util.Arrays.stream(values).average().orElse(0);
		return java.util.Arrays.stream(values).map((value) -> (value - mean) * (value - mean)).sum()
				/ (values.length - 1);
	}

}
