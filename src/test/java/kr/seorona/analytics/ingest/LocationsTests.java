package kr.seorona.analytics.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocationsTests {

	@Test
	void numbersFilesInOrderOfFirstUseAndDescribesLocations() {
		Locations locations = new Locations();
		long a = locations.of("2022/sessions.csv", 2);
		long b = locations.of("2021/sessions.csv", Locations.LINE_MASK);
		long c = locations.of("2022/sessions.csv", 77);
		assertThat(Locations.file(a)).isZero();
		assertThat(Locations.file(b)).isEqualTo(1);
		assertThat(Locations.file(c)).isZero();
		assertThat(Locations.line(b)).isEqualTo(Locations.LINE_MASK);
		assertThat(locations.describe(a)).isEqualTo("2022/sessions.csv line 2");
		assertThat(locations.describe(b)).isEqualTo("2021/sessions.csv line " + Locations.LINE_MASK);
		assertThat(locations.describe(c)).isEqualTo("2022/sessions.csv line 77");
	}

	@Test
	void rejectsLinesOutOfRange() {
		Locations locations = new Locations();
		assertThatIllegalArgumentException().isThrownBy(() -> locations.of("a.csv", 0)).withMessageContaining("a.csv");
		assertThatIllegalArgumentException().isThrownBy(() -> locations.of("a.csv", 1L << Locations.LINE_BITS));
	}

}
