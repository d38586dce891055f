package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import kr.seorona.analytics.stats.ParticipationStatistics;

/** Small cells: a figure based on fewer than k people is never drawn, and the chart says so. */
class SuppressionTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	@Test
	void participantsAndRetentionWithholdTheSuppressedYearAndTheRetentionAfterIt() {
		ParticipantsRetentionChart.Data data = ParticipantsRetentionChart.dataset(this.context);
		assertThat(data.participants().dataset().getValue("행정실장", "2020")).isNull();
		assertThat(data.participants().dataset().getValue("행정실장", "2021").doubleValue()).isEqualTo(7);
		// 2021 retention has the suppressed 2020 count as denominator
		assertThat(data.retention().dataset().getValue("행정실장", "2021")).isNull();
		assertThat(data.retention().dataset().getValue("행정실장", "2022")).isNotNull();
		assertThat(data.participants().suppressedCells()).containsExactly("행정실장 2020", "행정실장 2021 재참여율");
	}

	@Test
	void jointMeetingCompositionLeavesOutSmallGroups() {
		CategoryData data = JointMeetingCompositionChart.dataset(this.context);
		assertThat(data.dataset().getValue("행정실장", "2022. 5. 14.")).isNull();
		assertThat(data.dataset().getValue("행정실장", "2020. 11. 21.")).isNull();
		assertThat(data.dataset().getValue("행정실장", "2022. 11. 19.").doubleValue()).isEqualTo(6);
		assertThat(data.suppressedCells()).containsExactly("2020. 11. 21. 행정실장", "2022. 5. 14. 행정실장");
		long drawn = ChartFixtures.jointMeetings().stream()
			.filter((row) -> row.participants() >= 5)
			.mapToLong((row) -> row.participants())
			.sum();
		assertThat(data.n()).isEqualTo(drawn);
	}

	@Test
	void surveyMeansLeaveOutGroupsWithFewerThanKAnswers() {
		SurveyMeansChart.Data data = SurveyMeansChart.dataset(this.context, 2022);
		assertThat(data.dataset().getRowKeys()).doesNotContain("행정실장").contains("교장", "전체");
		assertThat(data.seriesCodes()).doesNotContain("ADMIN_DIRECTOR").endsWith("ALL");
		assertThat(data.suppressedCells()).containsExactly("행정실장");
		// 2021: the same group had 6 answers (>= 5) and is drawn
		assertThat(SurveyMeansChart.dataset(this.context, 2021).dataset().getRowKeys()).contains("행정실장");
	}

	@Test
	void yearOverYearShowsSuppressedInsteadOfPeopleCounts() {
		YearOverYearChart.Data data = YearOverYearChart.dataset(this.context, 2021);
		int row = data.groupCodes().indexOf("ADMIN_DIRECTOR");
		List<YearOverYearChart.Cell> cells = data.cells().stream().filter((cell) -> cell.row() == row).toList();
		assertThat(cells).extracting(YearOverYearChart.Cell::state)
			.containsOnly(YearOverYearChart.CellState.SUPPRESSED)
			.hasSize(4);
		// meetings included: the published statistics withhold every figure of a suppressed row
		assertThat(cells).allSatisfy((cell) -> assertThat(cell.change()).isNull());
	}

	@Test
	void noSuppressedFigureAppearsInAnyChart() {
		// suppressed in the fixtures: administrative directors 2020 (4 people) and at two joint meetings;
		// no chart shows any figure of theirs, meeting counts included (the published statistics
		// withhold every figure of a suppressed row)
		List<ChartFile> files = new ChartCatalog(ChartTheme.bundled())
			.build(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN));
		assertThat(files).extracting(ChartFile::stem).contains("2019-2022/participation-trend",
				"2019-2022/participants-retention", "2019-2022/joint-meeting-composition");
		for (ChartFile file : files) {
			for (CategoryDataset dataset : categoryDatasets(file)) {
				int row = dataset.getRowIndex("행정실장");
				if (row < 0) {
					continue;
				}
				for (int column = 0; column < dataset.getColumnCount(); column++) {
					String key = dataset.getColumnKey(column).toString();
					Number value = dataset.getValue(row, column);
					if (key.equals("2020") || key.equals("2020. 11. 21.") || key.equals("2022. 5. 14.")) {
						assertThat(value).as("%s %s", file.stem(), key).isNull();
					}
				}
			}
		}
	}

	@Test
	void withKTwentyEverySuppressedCellIsALabelledMarkNeverSilentlyDropped() throws Exception {
		ChartOptions strict = ChartFixtures.options(Locale.KOREAN).withMinCellSize(20);
		List<ChartFile> files = new ChartCatalog(ChartTheme.bundled())
			.build(ChartFixtures.inputs(), strict);
		List<ParticipationStatistics> small = ChartFixtures.participation().stream()
			.filter((row) -> row.distinctParticipants() < 20)
			.toList();
		assertThat(small).hasSizeGreaterThan(8);
		ChartContext context = new ChartContext(ChartFixtures.inputs(), strict, Messages.bundle(Locale.KOREAN),
				ChartTheme.bundled());
		for (ChartFile file : files) {
			List<String> texts = SvgWriterTests.strings(SvgWriter.render(file.chart(), 453.6, 281.2));
			switch (file.name()) {
				case "participation-trend" -> {
					// one grey mark per year naming the year's suppressed groups
					for (ParticipationStatistics row : small) {
						assertThat(texts).as("%s %d", row.groupCode(), row.year())
							.anySatisfy((text) -> assertThat(text).startsWith("비공개: ")
								.contains(context.groupLabel(row.groupCode())));
					}
				}
				case "participants-retention" -> assertThat(texts.stream().filter("비공개"::equals).count())
					.as("a grey bar per suppressed group-year").isEqualTo(small.size());
				case "year-over-year" -> assertThat(texts).as(file.stem()).contains("비공개");
				case "survey-means" -> assertThat(texts).as(file.stem()).contains("행정실장 (비공개)", "교육공무직 (비공개)");
				case "joint-meeting-composition" -> assertThat(texts)
					.anySatisfy((text) -> assertThat(text).contains("비공개: 교장, 교감, 행정실장, 교육공무직"));
				default -> {
				}
			}
			assertThat(texts).as(file.stem() + " note")
				.noneMatch((text) -> text.contains("비공개") && text.contains("()"));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<CategoryDataset> categoryDatasets(ChartFile file) {
		if (file.chart().getPlot() instanceof CombinedDomainCategoryPlot combined) {
			return ((List<CategoryPlot>) combined.getSubplots()).stream().map(CategoryPlot::getDataset).toList();
		}
		if (file.chart().getPlot() instanceof CategoryPlot plot) {
			return List.of(plot.getDataset());
		}
		return List.of();
	}

}
