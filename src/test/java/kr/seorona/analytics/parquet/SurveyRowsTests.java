package kr.seorona.analytics.parquet;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.ingest.SurveyRecord;
import kr.seorona.analytics.ingest.SurveyScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SurveyRowsTests {

	static final SurveyDefinition SURVEY = new SurveyDefinition(
			List.of(new SurveyItem("q1", "상호 이해", "Mutual understanding", "collaboration"),
					new SurveyItem("q2", "합의 형성", "Consensus building", "collaboration"),
					new SurveyItem("q4", "학교혁신에 유용함", "Useful", "value")),
			List.of(new SurveyScale("collaboration", "소통과 협력", "Collaboration", List.of("q1", "q2")),
					new SurveyScale("value", "가치", "Value", List.of("q4"))),
			Map.of());

	static final SurveyRecord RECORD = new SurveyRecord(2022, "r-1", "PARENT", "S-01", Arrays.asList(5, null, 3), 1.5,
			"좋았습니다 [이름]");

	@Test
	void responseCountsAnsweredAndMissingItems() {
		assertThat(SurveyRows.responses(RECORD, SURVEY))
			.isEqualTo(new SurveyResponseRow(2022, "r-1", "PARENT", "S-01", 1.5, "좋았습니다 [이름]", 2, 1));
	}

	@Test
	void oneAnswerRowPerItemWithItsScaleAndNullForMissing() {
		assertThat(SurveyRows.answers(RECORD, SURVEY)).containsExactly(
				new SurveyAnswerRow(2022, "r-1", "PARENT", "q1", "collaboration", 5, 1.5),
				new SurveyAnswerRow(2022, "r-1", "PARENT", "q2", "collaboration", null, 1.5),
				new SurveyAnswerRow(2022, "r-1", "PARENT", "q4", "value", 3, 1.5));
	}

	@Test
	void answersNotMatchingTheItemsAreRejected() {
		SurveyRecord short1 = new SurveyRecord(2022, "r-2", "PARENT", null, List.of(5), null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> SurveyRows.answers(short1, SURVEY))
			.withMessageContaining("r-2")
			.withMessageContaining("3 items");
		assertThatIllegalArgumentException().isThrownBy(() -> SurveyRows.responses(short1, SURVEY));
	}

}
