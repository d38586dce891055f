package kr.seorona.analytics.ingest;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Definitions parsed from files, reused while the files hold the same bytes: each step and each
 * ingest partition of a run reads {@code jobs/} again (a remote worker has no other way to get
 * them), and parsing the YAML every time cost a run about a third of a second of its main thread.
 * The key is the kind of definition, the folder or file it came from and the SHA-256 of the bytes
 * read, so an edited file is parsed anew and two folders never share a result; the values must be
 * immutable. Keeps the {@value #CAPACITY} most recently used results. Thread-safe.
 */
final class ParsedDefinitions {

	/** Results kept: a run uses two (definitions and alias table); tests use a few folders. */
	static final int CAPACITY = 8;

	private static final Map<Key, Object> RESULTS = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
			return size() > CAPACITY;
		}

	};

	private ParsedDefinitions() {
	}

	/**
	 * The result of parsing these bytes of these files, parsed now if not kept.
	 * @param type the kind of definition
	 * @param source the folder or file the bytes were read from
	 * @param contents the bytes of each file, in a fixed order
	 * @param parser parses exactly {@code contents}; what it throws is thrown and nothing is kept
	 */
	static <T> T get(Class<T> type, Path source, List<byte[]> contents, Supplier<T> parser) {
		Key key = new Key(type, source.toAbsolutePath().normalize(), sha256(contents));
		synchronized (RESULTS) {
			Object kept = RESULTS.get(key);
			if (kept != null) {
				return type.cast(kept);
			}
		}
		T parsed = parser.get();
		synchronized (RESULTS) {
			RESULTS.put(key, parsed);
		}
		return parsed;
	}

	private static String sha256(List<byte[]> contents) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] content : contents) {
				// length first: ("ab", "c") and ("a", "bc") are different files
				long length = content.length;
				for (int shift = 56; shift >= 0; shift -= 8) {
					digest.update((byte) (length >>> shift));
				}
				digest.update(content);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Key(Class<?> type, Path source, String sha256) {
	}

}
