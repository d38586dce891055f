package kr.seorona.analytics.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.SurveyScale;
import kr.seorona.analytics.stats.GroupComparison;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's rules on small figures: group differences are stated only when significant and
 * not suppressed, with the test named; people counts under k are withheld, and so is a total that
 * would give them away.
 */
class ResultsReportTests {

	static final Definitions DEFINITIONS = Definitions.load(Path.of("jobs"));

	@TempDir
	Path charts;

	@Test
	void aSignificantGroupDifferenceIsStatedWithItsTest() {
		SurveyScale scale = DEFINITIONS.survey().scales().get(0);
		ReportDocument report = build(List.of(comparison(scale.code(), 0.012, 12)), 5);
		assertThat(paragraphs(report)).contains(scale.labelKo()
				+ " 척도 점수는 집단 간에 통계적으로 유의한 차이가 있었다(Welch 분산분석, F(2, 30.46) = 4.87, p = 0.012).");
	}

	@Test
	void noDifferenceIsClaimedWhenNotSignificant() {
		SurveyScale scale = DEFINITIONS.survey().scales().get(0);
		ReportDocument report = build(List.of(comparison(scale.code(), 0.2, 12)), 5);
		assertThat(paragraphs(report)).noneMatch((text) -> text.contains("유의한 차이가 있었다"))
			.contains("척도 점수의 집단 간 차이는 유의수준 0.05에서 통계적으로 유의하지 않았다(Welch 분산분석).");
	}

	@Test
	void aComparisonWithASmallGroupIsNotReported() {
		SurveyScale scale = DEFINITIONS.survey().scales().get(0);
		ReportDocument report = build(List.of(comparison(scale.code(), 0.001, 3)), 5);
		assertThat(paragraphs(report)).noneMatch((text) -> text.contains("Welch"));
	}

	@Test
	void smallGroupsAreWithheldWithTheTotalThatWouldRevealThem() {
		ReportDocument report = build(List.of(), 5);
		ReportBlock.Table meetings = report.blocks(ReportBlock.Table.class).get(0);
		assertThat(meetings.rows().get(0)).containsExactly("교장", "1", "3", "12");
		// a withheld group's networks and meetings are withheld too, as in the published datasets
		assertThat(meetings.rows().get(1)).containsExactly("교감", "비공개", "비공개", "비공개");
		assertThat(meetings.rows().get(2)).containsExactly("합동 회의", "–", "1", "40");
		assertThat(meetings.rows().get(3)).containsExactly("합계", "2", "6", "비공개");
		ReportBlock.Table people = report.blocks(ReportBlock.Table.class).get(2);
		assertThat(people.rows().get(1)).containsExactly("교감", "비공개", "비공개", "비공개");
		assertThat(report.blocks(ReportBlock.Note.class)).isNotEmpty();
		assertThat(String.join("\n", paragraphs(report))).doesNotContain("교감 ");
	}

	@Test
	void withAHigherKTheSameFiguresAreWithheld() {
		ReportDocument report = build(List.of(), 50);
		ReportBlock.Table meetings = report.blocks(ReportBlock.Table.class).get(0);
		assertThat(meetings.rows().get(0).get(3)).isEqualTo("비공개");
		assertThat(meetings.rows().get(2).get(3)).as("joint attendance 40 < 50").isEqualTo("비공개");
		assertThat(paragraphs(report)).noneMatch((text) -> text.contains("응답하였다") || text.contains("실참여자는"));
	}

	@Test
	void englishUsesTheEnglishTemplates() {
		ReportDocument report = ResultsReport.build(inputs(List.of(), 5), 2022, Locale.ENGLISH);
		assertThat(paragraphs(report)).contains(
				"In the 2022 school year 2 groups held 5 regular meetings and one joint meeting, 6 network meetings in total.");
		assertThat(report.title()).isEqualTo("Seorona Sharing School networks: results of the 2022 school year");
	}

	@Test
	void koreanReportsEmbedTheKoreanChartsAndEnglishReportsTheEnglishOnes() throws Exception {
		Path korean = png(this.charts.resolve("2019-2022/meetings-by-group.png"));
		Path english = png(this.charts.resolve("en/2019-2022/meetings-by-group.png"));
		assertThat(figures(ResultsReport.build(inputs(List.of(), 5), 2022, Locale.KOREAN))).containsExactly(korean);
		assertThat(figures(ResultsReport.build(inputs(List.of(), 5), 2022, Locale.ENGLISH))).containsExactly(english);
	}

	private static Path png(Path file) throws java.io.IOException {
		java.nio.file.Files.createDirectories(file.getParent());
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", file.toFile());
		return file;
	}

	static List<Path> figures(ReportDocument report) {
		return report.blocks(ReportBlock.Figure.class).stream().map(ReportBlock.Figure::png).toList();
	}

	@Test
	void intervalsPastTheScaleAreCutAndMarkedAndANegativeOrUndefinedAlphaIsWarnedOf() {
		ReportInputs base = inputs(List.of(), 5);
		String scale = base.scales().get(0).scaleCode();
		List<SurveyScaleStatistics> scales = new java.util.ArrayList<>(base.scales());
		// a small group: t interval 3.90..5.10 on a 1..5 scale, alpha below 0
		scales.add(new SurveyScaleStatistics(2022, "PRINCIPAL", scale, 3, 6, 0, 4.5, 0.57, 0.23, 3.90, 5.10, 4.5, 4.0,
				5.0, -0.31, 6L, null, null, false));
		// alpha not computable: every total score the same
		scales.add(new SurveyScaleStatistics(2022, "VICE_PRINCIPAL", scale, 3, 8, 0, 4.0, 0.0, 0.0, 4.0, 4.0, 4.0, 4.0,
				4.0, null, 8L, null, null, false));
		ReportInputs inputs = with(base, base.jointAttendance(), scales);
		ReportDocument report = ResultsReport.build(inputs, 2022, Locale.KOREAN);
		ReportBlock.Table table = table(report, (t) -> t.header().contains("크론바흐 알파"));
		assertThat(table.rows()).anySatisfy((row) -> assertThat(row).containsExactly(row.get(0), "교장", "6", "4.50",
				"3.90~5.00▶", "-0.31 (신뢰도 낮음)"));
		assertThat(table.rows()).anySatisfy((row) -> assertThat(row).endsWith("– (계산 불가)"));
		assertThat(table.rows()).anySatisfy((row) -> assertThat(row).endsWith("0.80"));
		assertThat(report.blocks(ReportBlock.Note.class)).extracting(ReportBlock.Note::text)
			.contains("신뢰도 낮음: 문항이 같은 개념을 재지 않거나 역채점 문항이 섞였을 수 있음(크론바흐 알파가 0보다 작음)")
			.anyMatch((text) -> text.startsWith("신뢰도 계산 불가"))
			.anyMatch((text) -> text.startsWith("◀ ▶: 95% 신뢰구간이 척도 범위(1–5)를 벗어나"));
	}

	@Test
	void aYearOfManyJointMeetingsListsTheLargestInDateOrderAndPointsToTheDataset() {
		ReportInputs base = inputs(List.of(), 5);
		List<JointMeetingAttendance> joint = new java.util.ArrayList<>();
		// 25 meetings on 25 days; participants 10, 11, ..., 34, except day 3: 3 people, withheld
		for (int day = 1; day <= 25; day++) {
			joint.add(new JointMeetingAttendance(2022, "J" + day, LocalDate.of(2022, 3, day), (day == 3) ? 3 : 9 + day, 2,
					false));
		}
		ReportInputs inputs = with(base, joint, base.scales());
		ReportDocument report = ResultsReport.build(inputs, 2022, Locale.KOREAN);
		ReportBlock.Table table = table(report, (t) -> t.caption().contains("참여자가 가장 많았던 합동 회의"));
		assertThat(table.caption()).isEqualTo("<표 2> 참여자가 가장 많았던 합동 회의 20회(2022학년도)");
		assertThat(table.rows()).hasSize(kr.seorona.analytics.stats.JointMeetingListing.LISTED);
		// the 20 largest are days 6..25 (15..34 people), in date order
		assertThat(table.rows().get(0)).containsExactly("2022. 3. 6.", "15", "2");
		assertThat(table.rows().get(19)).containsExactly("2022. 3. 25.", "34", "2");
		assertThat(paragraphs(report)).contains(
				"2022학년도에는 합동 회의가 25회 열렸다. 참여자가 가장 많았던 20회를 아래 표에 싣는다(모든 합동 회의: 데이터셋 joint_meeting_attendance).");

		ReportDocument english = ResultsReport.build(inputs, 2022, Locale.ENGLISH);
		assertThat(paragraphs(english)).contains("In the 2022 school year 25 joint meetings were held. The table lists the"
				+ " 20 with the most participants (every joint meeting: dataset joint_meeting_attendance).");
	}

	@Test
	void aYearOfFewJointMeetingsListsThemAll() {
		ReportDocument report = build(List.of(), 5);
		assertThat(paragraphs(report)).anyMatch((text) -> text.startsWith("2022학년도에는 합동 회의가 1회 열렸다("))
			.as("a date never runs into its count: 2022. 4. 29. 회의에 96명")
			.anyMatch((text) -> text.matches("2022학년도에는 합동 회의가 1회 열렸다\\(\\d{4}\\. \\d{1,2}\\. \\d{1,2}\\. 회의에 .+명\\)\\."));
		assertThat(report.blocks(ReportBlock.Table.class)).extracting(ReportBlock.Table::caption)
			.contains("<표 2> 합동 회의 일자와 참여자(2022학년도)");
	}

	/** {@code base} with other joint meetings and scale statistics. */
	static ReportInputs with(ReportInputs base, List<JointMeetingAttendance> joint, List<SurveyScaleStatistics> scales) {
		return new ReportInputs(base.identity(), base.groups(), base.survey(), base.participation(), base.yearSummaries(),
				joint, base.items(), scales, base.comparisons(), base.files(), base.chartFolders(), base.runDate(),
				base.minCellSize());
	}

	ReportDocument build(List<GroupComparison> comparisons, int k) {
		return ResultsReport.build(inputs(comparisons, k), 2022, Locale.KOREAN);
	}

	ReportInputs inputs(List<GroupComparison> comparisons, int k) {
		SurveyScale scale = DEFINITIONS.survey().scales().get(0);
		List<ParticipationStatistics> participation = List.of(
				participation("PRINCIPAL", 3, 12, 6), participation("VICE_PRINCIPAL", 2, 5, 3));
		YearSummary summary = new YearSummary(2022, 2, 2, 5, 1, 6, 17, 40, 48, 30L, false);
		List<SurveyScaleStatistics> scales = List.of(new SurveyScaleStatistics(2022, "ALL", scale.code(), 3, 30, 0, 4.1,
				0.6, 0.11, 3.88, 4.32, 4.0, 3.7, 4.5, 0.8, 30L, null, null, false));
		return new ReportInputs(DEFINITIONS.identity(), DEFINITIONS.groups(), DEFINITIONS.survey(), participation,
				List.of(summary), List.of(new JointMeetingAttendance(2022, "J1", LocalDate.of(2022, 11, 29), 40, 2, false)),
				List.of(), scales, comparisons, List.of(), List.of(this.charts), LocalDate.of(2026, 12, 2), k);
	}

	static ParticipationStatistics participation(String group, int meetings, long attendances, long people) {
		return new ParticipationStatistics(2022, group, 1, meetings, attendances, people, 4.0, 4.0, 0.8, people, 0.5, 0.0,
				null, null, null, people < 5);
	}

	static GroupComparison comparison(String scale, double p, long minGroupN) {
		return new GroupComparison(2022, scale, true, 3, 40, minGroupN, 4.2, 2, 37L, p, 4.87, 2.0, 30.456, p, 8.1, 2,
				p, 0.19, minGroupN < 5);
	}

	/** The report's first table that matches. */
	static ReportBlock.Table table(ReportDocument report, java.util.function.Predicate<ReportBlock.Table> which) {
		return report.blocks(ReportBlock.Table.class).stream().filter(which).findFirst().orElseThrow();
	}

	static List<String> paragraphs(ReportDocument report) {
		return report.blocks(ReportBlock.Paragraph.class).stream().map(ReportBlock.Paragraph::text).toList();
	}

}
