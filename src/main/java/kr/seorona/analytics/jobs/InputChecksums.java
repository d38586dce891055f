package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import kr.seorona.analytics.parquet.WriteOptions;

/**
 * SHA-256 checksums of a run's input files (every regular file in the run's year folders).
 *
 * @param json the checksums as the JSON object of {@link WriteOptions#inputSha256}: relative path
 * ({@code 2022/sessions.csv}) to hex SHA-256, sorted; stored in every Parquet footer
 */
record InputChecksums(String json) {

	static InputChecksums of(Path input, Collection<Integer> years) {
		List<Path> files = new ArrayList<>();
		for (Integer year : years) {
			Path folder = input.resolve(String.valueOf(year));
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(Files::isRegularFile).sorted().forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list " + folder, ex);
			}
		}
		return new InputChecksums(WriteOptions.inputSha256(input, files));
	}

	/**
	 * One SHA-256 over all the checksums: any change to an input file changes it, which makes the
	 * corrected run a new job instance.
	 */
	String combined() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.json.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
