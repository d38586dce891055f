package kr.seorona.analytics.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantNumbersTests {

	@Test
	void numbersKeysInOrderOfFirstSightLikeAHashMap() {
		ParticipantNumbers numbers = new ParticipantNumbers();
		Map<Long, Integer> expected = new HashMap<>();
		Random random = new Random(3);
		for (int i = 0; i < 200_000; i++) {
			// few distinct keys, all bits used, 0 and -1 included: many repeats and collisions
			long key = switch (random.nextInt(20)) {
				case 0 -> 0L;
				case 1 -> -1L;
				default -> random.nextInt(40_000) * 0x9E3779B97F4A7C15L;
			};
			int number = numbers.numberOf(key);
			Integer previous = expected.putIfAbsent(key, expected.size());
			assertThat(number).isEqualTo((previous != null) ? previous : expected.size() - 1);
		}
		assertThat(numbers.size()).isEqualTo(expected.size());
		expected.forEach((key, number) -> assertThat(numbers.numberOf(key)).isEqualTo(number));
		assertThat(numbers.size()).isEqualTo(expected.size());
	}

}
