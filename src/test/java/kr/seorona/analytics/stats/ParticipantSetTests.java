package kr.seorona.analytics.stats;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantSetTests {

	@Test
	void behavesLikeAHashSetForPseudonymsAndOtherKeys() {
		ParticipantSet compact = new ParticipantSet();
		Set<String> plain = new HashSet<>();
		Random random = new Random(11);
		HexFormat hex = HexFormat.of();
		for (int i = 0; i < 20_000; i++) {
			long id = random.nextInt(5000) * 0x9E3779B97F4A7C15L;
			String key = switch (random.nextInt(10)) {
				case 0 -> "P" + Math.floorMod(id, 1000);
				case 1 -> "p_" + hex.toHexDigits(id).toUpperCase();
				default -> "p_" + hex.toHexDigits(id);
			};
			assertThat(compact.add(key)).isEqualTo(plain.add(key));
		}
		assertThat(compact.size()).isEqualTo(plain.size());
		assertThat(compact.contains("p_ffffffffffffffff")).isEqualTo(plain.contains("p_ffffffffffffffff"));
		for (String key : plain) {
			assertThat(compact.contains(key)).isTrue();
		}
	}

	@Test
	void countsTheKeysTwoSetsShare() {
		ParticipantSet before = new ParticipantSet();
		ParticipantSet now = new ParticipantSet();
		for (String key : new String[] { "p_0000000000000001", "p_0000000000000002", "P000003" }) {
			before.add(key);
		}
		for (String key : new String[] { "p_0000000000000002", "P000003", "p_0000000000000004", "P000005" }) {
			now.add(key);
		}
		assertThat(now.countCommon(before)).isEqualTo(2);
		assertThat(before.countCommon(now)).isEqualTo(2);
		assertThat(now.countCommon(new ParticipantSet())).isZero();
		ParticipantSet union = new ParticipantSet();
		union.addAll(before);
		union.addAll(now);
		assertThat(union.size()).isEqualTo(5);
		assertThat(union.contains("P000005")).isTrue();
		assertThat(union.contains("p_0000000000000001")).isTrue();
	}

	@Test
	void unionOfSetsOfEverySizeIsExact() {
		Random random = new Random(5);
		HexFormat hex = HexFormat.of();
		Set<String> plain = new HashSet<>();
		ParticipantSet union = new ParticipantSet();
		union.add("p_00000000000000aa");
		plain.add("p_00000000000000aa");
		for (int size : new int[] { 70_000, 3, 9_000, 200_000, 40 }) {
			ParticipantSet part = new ParticipantSet();
			for (int i = 0; i < size; i++) {
				String key = "p_" + hex.toHexDigits(random.nextLong(size * 3L));
				part.add(key);
				plain.add(key);
			}
			union.addAll(part);
			assertThat(union.size()).isEqualTo(plain.size());
		}
		for (String key : plain) {
			assertThat(union.contains(key)).isTrue();
		}
		assertThat(union.contains("p_ffffffffffffffff")).isFalse();
	}

}
