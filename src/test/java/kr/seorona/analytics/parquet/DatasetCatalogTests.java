package kr.seorona.analytics.parquet;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kr.seorona.analytics.ingest.NetworkRecord;
import kr.seorona.analytics.stats.ParticipationTrend;
import kr.seorona.analytics.stats.YearComparison;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatasetCatalogTests {

	@Test
	void catalogueHoldsTheAgreedDatasetsUnderUniqueNames() {
		assertThat(DatasetCatalog.all()).extracting(DatasetDefinition::name)
			.containsExactly("networks", "sessions", "attendance", "survey_responses", "survey_answers", "rejects",
					"participation", "joint_meetings", "joint_meeting_attendance", "year_summaries", "participation_trends",
					"survey_items", "survey_scales", "item_reliability", "group_comparisons", "year_comparisons", "groups",
					"items", "scales", "responses", "meeting_types", "meeting_modes", "indicators")
			.doesNotHaveDuplicates();
		// the three code lists share a row type; every other dataset has its own
		assertThat(DatasetCatalog.all().stream().filter((d) -> d.type() != Dimensions.CodeRow.class))
			.extracting(DatasetDefinition::type)
			.doesNotHaveDuplicates();
		assertThatIllegalArgumentException().isThrownBy(() -> DatasetCatalog.of(Dimensions.CodeRow.class))
			.withMessageContaining("several datasets");
	}

	@Test
	void everyColumnOfEveryDatasetIsDescribed() {
		for (DatasetDefinition<?> definition : DatasetCatalog.all()) {
			Set<String> columns = RecordSchema.of(definition)
				.columns()
				.stream()
				.map(Column::name)
				.collect(Collectors.toSet());
			assertThat(definition.columnDescriptions().keySet()).as(definition.name()).isEqualTo(columns);
			assertThat(definition.columnDescriptions().values()).as(definition.name()).allSatisfy((text) -> assertThat(text).isNotBlank());
			assertThat(definition.description()).as(definition.name()).isNotBlank();
		}
	}

	@Test
	void everyDatasetButTheCrossYearOnesIsPartitionedByYearAndHasASortOrder() {
		Set<Class<?>> crossYear = Set.of(ParticipationTrend.class, YearComparison.class);
		for (DatasetDefinition<?> definition : DatasetCatalog.all()) {
			assertThat(definition.schema().getFieldCount()).isPositive();
			assertThat(definition.sortOrder()).as(definition.name()).isNotEmpty();
			boolean whole = crossYear.contains(definition.type()) || DatasetCatalog.dimensions().contains(definition);
			assertThat(definition.partitionColumns()).as(definition.name())
				.isEqualTo(whole ? List.of() : List.of("year"));
			// year is stored in the files as well as being the folder name
			assertThat(definition.schema().containsField("year")).as(definition.name()).isEqualTo(!whole);
		}
	}

	@Test
	void lookupsByTypeAndName() {
		assertThat(DatasetCatalog.of(NetworkRecord.class)).isSameAs(DatasetCatalog.NETWORKS);
		assertThat(DatasetCatalog.named("participation_trends")).isSameAs(DatasetCatalog.PARTICIPATION_TRENDS);
		assertThatIllegalArgumentException().isThrownBy(() -> DatasetCatalog.named("nope")).withMessageContaining("nope");
		assertThatIllegalArgumentException().isThrownBy(() -> DatasetCatalog.of(TestDatasets.Budget.class))
			.withMessageContaining("Budget");
	}

	@Test
	void schemaVersionChangeIsRecordedInTheHistory() {
		assertThat(DatasetCatalog.NETWORKS.schemaVersion()).isEqualTo(2);
		DatasetDefinition<NetworkRecord> next = DatasetCatalog.NETWORKS.withSchemaVersion(3, "added region");
		assertThat(next.schemaVersion()).isEqualTo(3);
		assertThat(next.history()).containsExactly("1: first version",
				"2: year stored in the files as well as the partition folder", "3: added region");
	}

	@Test
	void everyCodeColumnOfAFactOrStatisticsDatasetJoinsADataset() {
		for (DatasetDefinition<?> definition : DatasetCatalog.all()) {
			if (DatasetCatalog.dimensions().contains(definition)) {
				continue;
			}
			for (String column : definition.columnNames()) {
				if (column.endsWith("_code") || column.startsWith("meeting_") && !column.equals("meeting_date")
						|| column.equals("indicator")) {
					assertThat(DatasetCatalog.joins()).as(definition.name() + "." + column).containsKey(column);
				}
			}
		}
		for (String target : DatasetCatalog.joins().values()) {
			assertThat(DatasetCatalog.named(target).columnNames()).as(target)
				.containsAnyElementsOf(DatasetCatalog.joins().keySet());
		}
	}

	@Test
	void smallCellBandsStartAtK() {
		assertThat(List.of(0L, 4L, 5L, 9L, 10L, 19L, 20L, 99L, 100L, 999L, 1000L))
			.map((n) -> DatasetDefinition.Suppression.band(n, 5))
			.containsExactly("<5", "<5", "5-9", "5-9", "10-19", "10-19", "20-49", "50-99", "100-499", "500-999", "1000+");
		assertThat(DatasetDefinition.Suppression.band(12, 10)).isEqualTo("10-19");
		assertThat(DatasetDefinition.Suppression.band(9, 10)).isEqualTo("<10");
		assertThat(DatasetDefinition.Suppression.band(25, 20)).isEqualTo("20-49");
	}

	@Test
	void snakeCaseColumnNames() {
		assertThat(List.of("groupCode", "ciLower95", "rSquared", "share1", "year"))
			.map(Column::snakeCase)
			.containsExactly("group_code", "ci_lower95", "r_squared", "share1", "year");
	}

}
