package kr.seorona.analytics.dashboard;

import java.util.Locale;

import kr.seorona.analytics.charts.Messages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@Test
	void halvesAreRoundedUpAsTheReportsAndChartsRoundThem() {
		Formats formats = new Formats(Messages.bundle(Locale.KOREAN));
		// 80 -> 71 attendances: -11.25 %, which the year-over-year chart prints as -11.3%
		assertThat(formats.signedPercent(100 * ((71 - 80) / 80.0))).isEqualTo("−11.3%");
		// a share of 0.1125 and a mean of 3.845, as the report writes them: 11.3 and 3.85
		assertThat(formats.percent(0.1125)).isEqualTo("11.3%");
		assertThat(formats.mean(3.845)).isEqualTo("3.85");
	}

}
