package kr.seorona.analytics.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static kr.seorona.analytics.ingest.IngestFixtures.ALIASES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AliasTableTests {

	@Test
	void headersMatchIgnoringCaseBlanksFullWidthAndBom() {
		assertThat(ALIASES.column(RecordKind.SESSIONS, "\uFEFF회의 ID")).contains("session_id");
		assertThat(ALIASES.column(RecordKind.SESSIONS, "ＳＥＳＳＩＯＮ＿ＩＤ")).contains("session_id");
		assertThat(ALIASES.column(RecordKind.SESSIONS, "Duration (min)")).contains("duration_minutes");
		assertThat(ALIASES.column(RecordKind.NETWORKS, "회의ID")).isEmpty();
	}

	@Test
	void codedValues() {
		assertThat(ALIASES.value(AliasTable.GROUP, "교무행정사")).contains("EDU_STAFF");
		assertThat(ALIASES.value(AliasTable.GROUP, "Vice-Principal")).contains("VICE_PRINCIPAL");
		assertThat(ALIASES.value(AliasTable.MODE, "온라인")).contains("ONLINE");
		assertThat(ALIASES.value(AliasTable.TYPE, "합동")).contains("JOINT");
		assertThat(ALIASES.value(AliasTable.YES_NO, "O")).contains("YES");
		assertThat(ALIASES.value(AliasTable.YES_NO, "아니오")).contains("NO");
		assertThat(ALIASES.value(AliasTable.LIKERT, "매우 그렇다")).contains("5");
		assertThat(ALIASES.value(AliasTable.GROUP, "장학사")).isEmpty();
	}

	@Test
	void oneAliasWithTwoMeaningsIsRefused() {
		Map<String, Object> yaml = Map.of("headers", Map.of(), "values",
				Map.of("group", Map.of("TEACHER", List.of("교사"), "PARENT", List.of("교사"))));
		assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(() -> AliasTable.of("aliases.yml", yaml))
			.withMessageStartingWith("aliases.yml: values.group: alias '교사' is given for both ");
	}

	@Test
	void unknownRecordKindIsRefused() {
		Map<String, Object> yaml = Map.of("headers", Map.of("meetings", Map.of("session_id", List.of("회의ID"))), "values",
				Map.of());
		assertThatExceptionOfType(InvalidDefinitionException.class).isThrownBy(() -> AliasTable.of("aliases.yml", yaml))
			.withMessage("aliases.yml: headers.meetings is not a record kind (networks, sessions, attendance, survey)");
	}

}
