package kr.seorona.analytics.stats;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplementarySuppressionTests {

	@Test
	void oneWithheldCellOfATotalTakesTheSmallestOtherWithIt() {
		ComplementarySuppression rule = new ComplementarySuppression();
		rule.cell("total", 100, false);
		rule.cell("a", 3, true);
		rule.cell("b", 40, false);
		rule.cell("c", 21, false);
		rule.cell("d", 36, false);
		rule.total("total", List.of("a", "b", "c", "d"));
		assertThat(rule.secondary()).containsExactly("c");
		assertThat(rule.withheld("total")).isFalse();
	}

	@Test
	void tiesGoToTheFirstCellInTheOrderGiven() {
		ComplementarySuppression rule = new ComplementarySuppression();
		rule.cell("total", 50, false);
		List.of("a", "b", "c").forEach((key) -> rule.cell(key, key.equals("a") ? 2 : 24, key.equals("a")));
		rule.total("total", List.of("a", "c", "b"));
		assertThat(rule.secondary()).containsExactly("c");
	}

	@Test
	void twoOrNoWithheldCellsNeedNothingAndAWithheldTotalProtectsNothing() {
		ComplementarySuppression rule = new ComplementarySuppression();
		rule.cell("t1", 60, false);
		rule.cell("t2", 4, true);
		rule.cell("a", 2, true);
		rule.cell("b", 3, true);
		rule.cell("c", 55, false);
		rule.cell("d", 2, true);
		rule.cell("e", 2, false);
		rule.total("t1", List.of("a", "b", "c"));
		rule.total("t2", List.of("d", "e"));
		assertThat(rule.secondary()).isEmpty();
	}

	@Test
	void aTotalWithOneCellOnlyIsWithheldItselfAndThatCascadesUpwards() {
		// year = meeting1 + meeting2; meeting1 = one group only, withheld
		ComplementarySuppression rule = new ComplementarySuppression();
		rule.cell("year", 90, false);
		rule.cell("meeting1", 30, false);
		rule.cell("meeting2", 60, false);
		rule.cell("group", 4, true);
		rule.total("year", List.of("meeting1", "meeting2"));
		rule.total("meeting1", List.of("group"));
		assertThat(rule.secondary()).containsExactly("meeting1", "meeting2");
	}

	@Test
	void cellsInTwoTotalsAreRepeatedUntilNoTotalHasExactlyOneWithheldCell() {
		// a 2 x 2 table with row and column totals: a11 withheld
		ComplementarySuppression rule = new ComplementarySuppression();
		for (String key : List.of("r1", "r2", "c1", "c2")) {
			rule.cell(key, 100, false);
		}
		rule.cell("a11", 3, true);
		rule.cell("a12", 30, false);
		rule.cell("a21", 40, false);
		rule.cell("a22", 50, false);
		rule.total("r1", List.of("a11", "a12"));
		rule.total("r2", List.of("a21", "a22"));
		rule.total("c1", List.of("a11", "a21"));
		rule.total("c2", List.of("a12", "a22"));
		assertThat(rule.secondary()).containsExactlyInAnyOrder("a12", "a21", "a22");
	}

}
