package kr.seorona.analytics.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlphaWarningTests {

	private static SurveyScaleStatistics scale(int items, Double alpha, Long alphaN, boolean suppressed) {
		return new SurveyScaleStatistics(2022, "TEACHER", "value", items, 17, 0, 3.8, 0.8, 0.2, 3.4, 4.2, 4.0, 3.0,
				4.5, alpha, alphaN, null, null, suppressed);
	}

	@Test
	void negativeIsLowReliabilityBelowPointSixIsUseWithCareFromPointSixNone() {
		assertThat(AlphaWarning.of(scale(3, -0.41, 17L, false))).isEqualTo(AlphaWarning.NEGATIVE);
		assertThat(AlphaWarning.of(scale(3, 0.0, 17L, false))).isEqualTo(AlphaWarning.LOW);
		assertThat(AlphaWarning.of(scale(3, 0.51, 17L, false))).isEqualTo(AlphaWarning.LOW);
		assertThat(AlphaWarning.of(scale(3, 0.5999, 17L, false))).isEqualTo(AlphaWarning.LOW);
		assertThat(AlphaWarning.of(scale(3, 0.6, 17L, false))).isNull();
		assertThat(AlphaWarning.of(scale(3, 0.86, 17L, false))).isNull();
	}

	@Test
	void noWarningWhereAlphaDoesNotApplyOrIsWithheld() {
		assertThat(AlphaWarning.of(scale(1, null, null, false))).as("one-item scale").isNull();
		assertThat(AlphaWarning.of(scale(3, 0.2, 17L, true))).as("withheld row").isNull();
		assertThat(AlphaWarning.of(scale(3, null, null, false))).as("withheld alpha").isNull();
		assertThat(AlphaWarning.of(scale(3, null, 1L, false))).isEqualTo(AlphaWarning.UNDEFINED);
		assertThat(AlphaWarning.LOW.shortKey()).isEqualTo("survey.alpha.low.short");
	}

}
