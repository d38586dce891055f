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
					"participation", "joint_meetings", "joint_meeting_attendance", "year_summaries", "participation_trends", "survey_items", "survey_scales",
					"item_reliability", "group_comparisons", "year_comparisons")
			.doesNotHaveDuplicates();
		assertThat(DatasetCatalog.all()).extracting(DatasetDefinition::type).doesNotHaveDuplicates();
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
			assertThat(definition.partitionColumns()).as(definition.name())
				.isEqualTo(crossYear.contains(definition.type()) ? List.of() : List.of("year"));
			assertThat(definition.schema().containsField("year")).as(definition.name()).isFalse();
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
		DatasetDefinition<NetworkRecord> next = DatasetCatalog.NETWORKS.withSchemaVersion(2, "added region");
		assertThat(next.schemaVersion()).isEqualTo(2);
		assertThat(next.history()).containsExactly("1: first version", "2: added region");
	}

	@Test
	void snakeCaseColumnNames() {
		assertThat(List.of("groupCode", "ciLower95", "rSquared", "share1", "year"))
			.map(Column::snakeCase)
			.containsExactly("group_code", "ci_lower95", "r_squared", "share1", "year");
	}

}
