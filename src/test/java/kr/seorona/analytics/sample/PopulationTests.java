package kr.seorona.analytics.sample;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationTests {

	@Test
	void participantIdsHaveAtLeastSixDigits() {
		assertThat(Population.participantId(1)).isEqualTo("P000001");
		assertThat(Population.participantId(123)).isEqualTo("P000123");
		assertThat(Population.participantId(999_999)).isEqualTo("P999999");
		assertThat(Population.participantId(1_234_567)).isEqualTo("P1234567");
	}

	@Test
	void schoolsAreSpreadAndReproducible() {
		Population population = people(1);
		Population again = people(1);
		java.util.Set<String> schools = new java.util.HashSet<>();
		for (int person = 1; person <= population.size(); person++) {
			assertThat(population.schoolId(person)).matches("S\\d{4}").isEqualTo(again.schoolId(person));
			schools.add(population.schoolId(person));
		}
		assertThat(population.size()).isEqualTo(5000);
		assertThat(schools).hasSizeGreaterThan(2500);
	}

	private static Population people(long seed) {
		Population population = new Population();
		Random random = new Random(seed);
		for (int i = 0; i < 5000; i++) {
			population.newPerson(random);
		}
		return population;
	}

}
