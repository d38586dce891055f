package kr.seorona.analytics.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the same respondent in consecutive years, by pseudonym. */
class SurveyRespondentsTests {

	private static SurveyRespondents year(String... keys) {
		SurveyRespondents respondents = new SurveyRespondents(1);
		for (String key : keys) {
			respondents.add(key, 0, new Integer[] { 3 }, null);
		}
		return respondents;
	}

	@Test
	void pseudonymsAndOtherIdentifiersAreMatchedExactly() {
		SurveyRespondents earlier = year("p_00000000000000a1", "p_ffffffffffffffff", "R-7", "p_00000000000000b2",
				"P_00000000000000C3");
		SurveyRespondents later = year("p_ffffffffffffffff", "p_00000000000000a2", "R-7", "p_00000000000000a1",
				"p_00000000000000c3", "r-7");
		// upper-case hex is not the pseudonymiser's form: kept as a string, not equal to the lower-case key
		assertThat(SurveyRespondents.earlierRows(earlier, later)).containsExactly(1, -1, 2, 0, -1, -1);
	}

	@Test
	void anIdentifierTwiceInAYearIsNotMatched() {
		SurveyRespondents earlier = year("p_0000000000000001", "p_0000000000000002", "p_0000000000000002", "X", "X",
				"Y");
		SurveyRespondents later = year("p_0000000000000002", "p_0000000000000001", "p_0000000000000001", "X", "Y",
				"Y");
		assertThat(SurveyRespondents.earlierRows(earlier, later)).containsExactly(-1, -1, -1, -1, -1, -1);
		SurveyRespondents clean = year("p_0000000000000002", "p_0000000000000001", "Y");
		assertThat(SurveyRespondents.earlierRows(earlier, clean)).containsExactly(-1, 0, 5);
	}

	@Test
	void growsBeyondItsFirstCapacity() {
		SurveyRespondents earlier = new SurveyRespondents(2);
		SurveyRespondents later = new SurveyRespondents(2);
		for (int i = 0; i < 5000; i++) {
			earlier.add(String.format("p_%016x", i), i % 3, new Integer[] { 1 + i % 5, null }, 1.0);
			later.add(String.format("p_%016x", 4999 - i + 2500), 0, new Integer[] { 2, 2 }, null);
		}
		assertThat(earlier.size()).isEqualTo(5000);
		assertThat(earlier.answer(4321, 0)).isEqualTo(1 + 4321 % 5);
		assertThat(earlier.answer(4321, 1)).isNull();
		assertThat(earlier.group(4321)).isEqualTo(4321 % 3);
		int[] rows = SurveyRespondents.earlierRows(earlier, later);
		// later row j has key 7499 - j: in the earlier year (row 7499 - j) for j >= 2500
		assertThat(rows[2500]).isEqualTo(4999);
		assertThat(rows[4999]).isEqualTo(2500);
		assertThat(rows[2499]).isEqualTo(-1);
	}

}
