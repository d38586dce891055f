package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pseudonyms as a keyed hash: HMAC-SHA-256 of {@code kind + U+0000 + id}, where the id is
 * {@linkplain ValueParsers#clean cleaned} (NFKC, trimmed) and inner blanks collapsed, rendered as
 * {@code "p_"} and the first 16 hex digits (64 bits) of the MAC.
 * <p>
 * The key decides whether pseudonyms of two runs match: keep it secret and keep it the same across
 * years.
 */
public final class HmacPseudonymizer implements Pseudonymizer {

	/** Environment variable holding the key as text (at least 16 characters). */
	public static final String KEY_ENV = "SEORONA_PSEUDONYM_KEY";

	/** Environment variable naming a file that holds the key. */
	public static final String KEY_FILE_ENV = "SEORONA_PSEUDONYM_KEY_FILE";

	private static final Logger logger = LoggerFactory.getLogger(HmacPseudonymizer.class);

	private static final int MIN_KEY_BYTES = 16;

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private final SecretKeySpec key;

	/** One keyed MAC per thread: looking a MAC up and keying it costs more than hashing an id. */
	private final ThreadLocal<KeyedSha256> macs = ThreadLocal.withInitial(this::newMac);

	/**
	 * @param key the secret key, at least 16 bytes
	 * @throws IllegalArgumentException for a shorter key
	 */
	public HmacPseudonymizer(byte[] key) {
		if (key == null || key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("a pseudonym key needs at least " + MIN_KEY_BYTES + " bytes");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
	}

	/**
	 * The pseudonymizer of this installation. Key: the environment variable
	 * {@value #KEY_ENV}; else the file named by {@value #KEY_FILE_ENV}; else
	 * {@code ~/.seorona/pseudonym.key}, generated (32 random bytes, owner-only) on first use with a
	 * WARN, since pseudonyms then differ from those of other installations.
	 * @throws InvalidInputException when a configured key is too short or its file cannot be read
	 */
	public static HmacPseudonymizer fromEnvironment() {
		return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
	}

	static HmacPseudonymizer fromEnvironment(Map<String, String> env, Path home) {
		String text = env.get(KEY_ENV);
		if (text != null && !text.isBlank()) {
			return fromConfigured(text.strip().getBytes(StandardCharsets.UTF_8), KEY_ENV);
		}
		String file = env.get(KEY_FILE_ENV);
		if (file != null && !file.isBlank()) {
			try {
				return fromConfigured(Files.readString(Path.of(file.strip())).strip().getBytes(StandardCharsets.UTF_8),
						"key file " + file);
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				throw new InvalidInputException("The pseudonym key file " + file + " (" + KEY_FILE_ENV + ") is not text:"
						+ " write the key as text, at least " + MIN_KEY_BYTES + " characters, e.g. openssl rand -hex 32", ex);
			}
			catch (IOException ex) {
				throw new InvalidInputException("Cannot read the pseudonym key file " + file + " (" + KEY_FILE_ENV + "): "
						+ ex.getMessage(), ex);
			}
		}
		Path keyFile = home.resolve(".seorona").resolve("pseudonym.key");
		try {
			if (!Files.exists(keyFile)) {
				byte[] bytes = new byte[32];
				new SecureRandom().nextBytes(bytes);
				Files.createDirectories(keyFile.getParent());
				Files.writeString(keyFile, HexFormat.of().formatHex(bytes) + "\n", StandardOpenOption.CREATE_NEW);
				try {
					Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// not a POSIX file system (Windows): the user profile's permissions apply
				}
				logger.warn("No pseudonym key configured ({} or {}): generated a new key for this installation at {}."
						+ " Pseudonyms will not match those made with another key; back this file up.", KEY_ENV,
						KEY_FILE_ENV, keyFile);
			}
			return fromConfigured(Files.readString(keyFile).strip().getBytes(StandardCharsets.UTF_8),
					"key file " + keyFile);
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read or create the pseudonym key file " + keyFile + ": " + ex.getMessage(),
					ex);
		}
	}

	private static HmacPseudonymizer fromConfigured(byte[] key, String source) {
		if (key.length < MIN_KEY_BYTES) {
			throw new InvalidInputException("The pseudonym key from " + source + " is too short: it needs at least "
					+ MIN_KEY_BYTES + " characters");
		}
		return new HmacPseudonymizer(key);
	}

	@Override
	public String pseudonym(String kind, String rawId) {
		String cleaned = ValueParsers.clean(rawId);
		String id = singleSpaced(cleaned) ? cleaned : BLANKS.matcher(cleaned).replaceAll(" ");
		byte[] digest = this.macs.get().mac(kind, id);
		return "p_" + HexFormat.of().formatHex(digest, 0, 8);
	}

	/** Whether {@link #BLANKS} would change nothing: no blank but single spaces between words. */
	private static boolean singleSpaced(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) ? (c != ' ' || (i > 0 && text.charAt(i - 1) == ' ')) : c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	private KeyedSha256 newMac() {
		try {
			return new KeyedSha256(this.key.getEncoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

	/**
	 * HMAC-SHA-256 (RFC 2104) with the digests of the key's inner and outer pads computed once, as the
	 * RFC's section 4 suggests: each MAC then hashes two blocks instead of four (the JDK's
	 * {@link Mac} hashes the padded key again for every MAC). Same bytes as
	 * {@code Mac.getInstance("HmacSHA256")}; tests compare the two.
	 */
	static final class KeyedSha256 {

		private static final int BLOCK_BYTES = 64;

		private final MessageDigest inner;

		private final MessageDigest outer;

		KeyedSha256(byte[] key) throws GeneralSecurityException {
			byte[] block = new byte[BLOCK_BYTES];
			byte[] k = (key.length > BLOCK_BYTES) ? MessageDigest.getInstance("SHA-256").digest(key) : key;
			System.arraycopy(k, 0, block, 0, k.length);
			byte[] ipad = new byte[BLOCK_BYTES];
			byte[] opad = new byte[BLOCK_BYTES];
			for (int i = 0; i < BLOCK_BYTES; i++) {
				ipad[i] = (byte) (block[i] ^ 0x36);
				opad[i] = (byte) (block[i] ^ 0x5c);
			}
			this.inner = MessageDigest.getInstance("SHA-256");
			this.inner.update(ipad);
			this.outer = MessageDigest.getInstance("SHA-256");
			this.outer.update(opad);
		}

		/** HMAC-SHA-256 of {@code kind + U+0000 + id} (UTF-8): 32 bytes. */
		byte[] mac(String kind, String id) {
			try {
				MessageDigest in = (MessageDigest) this.inner.clone();
				in.update(kind.getBytes(StandardCharsets.UTF_8));
				in.update((byte) 0);
				byte[] innerHash = in.digest(id.getBytes(StandardCharsets.UTF_8));
				return ((MessageDigest) this.outer.clone()).digest(innerHash);
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException("this JVM's SHA-256 cannot be cloned", ex);
			}
		}

	}

}
