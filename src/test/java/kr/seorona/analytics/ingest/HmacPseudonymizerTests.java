package kr.seorona.analytics.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HmacPseudonymizerTests {

	private static final String KEY = "test-key-not-secret-0123456789";

	private final HmacPseudonymizer pseudonyms = new HmacPseudonymizer(KEY.getBytes(StandardCharsets.UTF_8));

	@Test
	void matchesHmacSha256ComputedByOpenssl() {
		// printf 'participant\0T0001' | openssl dgst -sha256 -hmac "test-key-not-secret-0123456789"
		assertThat(this.pseudonyms.pseudonym("participant", "T0001")).isEqualTo("p_c727ad706ab504a4");
		assertThat(this.pseudonyms.pseudonym("participant", "홍길동")).isEqualTo("p_027e6dcfe5e3d8de");
		assertThat(this.pseudonyms.pseudonym("respondent", "T0001")).isEqualTo("p_7055fd37a609c6a5");
	}

	@Test
	void blanksAndFullWidthFormsDoNotMatter() {
		assertThat(this.pseudonyms.pseudonym("participant", "  Ｔ0001 ")).isEqualTo("p_c727ad706ab504a4");
	}

	@Test
	void innerBlanksOfAnyKindCountAsOneSpace() {
		String expected = this.pseudonyms.pseudonym("participant", "Kim Minsu");
		assertThat(this.pseudonyms.pseudonym("participant", "Kim  Minsu")).isEqualTo(expected);
		assertThat(this.pseudonyms.pseudonym("participant", "Kim\tMinsu")).isEqualTo(expected);
		assertThat(this.pseudonyms.pseudonym("participant", "Kim \u3000Minsu")).isEqualTo(expected);
		assertThat(this.pseudonyms.pseudonym("participant", " Kim\u00A0Minsu ")).isEqualTo(expected);
		assertThat(this.pseudonyms.pseudonym("participant", "KimMinsu")).isNotEqualTo(expected);
	}

	@Test
	void precomputedPadsGiveTheJdkHmacSha256() throws Exception {
		java.util.Random random = new java.util.Random(2104);
		for (int keyLength : new int[] { 16, 32, 63, 64, 65, 200 }) {
			byte[] key = new byte[keyLength];
			random.nextBytes(key);
			javax.crypto.Mac jdk = javax.crypto.Mac.getInstance("HmacSHA256");
			jdk.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
			HmacPseudonymizer.KeyedSha256 ours = new HmacPseudonymizer.KeyedSha256(key);
			for (int n = 0; n < 200; n++) {
				String id = random.ints(random.nextInt(120), 0x20, 0xD7A3)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
					.toString();
				jdk.update("participant".getBytes(StandardCharsets.UTF_8));
				jdk.update((byte) 0);
				byte[] expected = jdk.doFinal(id.getBytes(StandardCharsets.UTF_8));
				assertThat(ours.mac("participant", id)).as("key of %d bytes, id %s", keyLength, id)
					.isEqualTo(expected);
			}
		}
	}

	@Test
	void anotherKeyGivesAnotherPseudonym() {
		HmacPseudonymizer other = new HmacPseudonymizer("another-key-0123456789".getBytes(StandardCharsets.UTF_8));
		assertThat(other.pseudonym("participant", "T0001")).isNotEqualTo("p_c727ad706ab504a4");
	}

	@Test
	void shortKeysAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HmacPseudonymizer(new byte[8]));
	}

	@Test
	void keyFromEnvironmentVariable(@TempDir Path home) {
		HmacPseudonymizer fromEnv = HmacPseudonymizer.fromEnvironment(Map.of(HmacPseudonymizer.KEY_ENV, KEY), home);
		assertThat(fromEnv.pseudonym("participant", "T0001")).isEqualTo("p_c727ad706ab504a4");
		assertThat(home.resolve(".seorona")).doesNotExist();
	}

	@Test
	void keyFromFile(@TempDir Path home) throws Exception {
		Path keyFile = home.resolve("key.txt");
		Files.writeString(keyFile, KEY + "\n");
		HmacPseudonymizer fromFile = HmacPseudonymizer
			.fromEnvironment(Map.of(HmacPseudonymizer.KEY_FILE_ENV, keyFile.toString()), home);
		assertThat(fromFile.pseudonym("participant", "T0001")).isEqualTo("p_c727ad706ab504a4");
	}

	@Test
	void missingKeyFileIsAnError(@TempDir Path home) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> HmacPseudonymizer.fromEnvironment(
					Map.of(HmacPseudonymizer.KEY_FILE_ENV, home.resolve("nope").toString()), home))
			.withMessageStartingWith("Cannot read the pseudonym key file " + home.resolve("nope"));
	}

	@Test
	void installationKeyIsGeneratedOnceAndReused(@TempDir Path home) throws Exception {
		HmacPseudonymizer first = HmacPseudonymizer.fromEnvironment(Map.of(), home);
		Path keyFile = home.resolve(".seorona/pseudonym.key");
		assertThat(keyFile).exists();
		assertThat(Files.readString(keyFile).strip()).matches("[0-9a-f]{64}");
		HmacPseudonymizer second = HmacPseudonymizer.fromEnvironment(Map.of(), home);
		assertThat(second.pseudonym("participant", "T0001")).isEqualTo(first.pseudonym("participant", "T0001"));
	}

}
