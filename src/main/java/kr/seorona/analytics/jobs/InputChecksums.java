package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import kr.seorona.analytics.parquet.WriteOptions;

/**
 * SHA-256 checksums of what a run reads: every regular file in the run's year folders, and the
 * definition files ({@code *.yml}) of the {@code definitions} folder.
 *
 * @param json the input files' checksums as the JSON object of {@link WriteOptions#inputSha256}:
 * relative path ({@code 2022/sessions.csv}) to hex SHA-256, sorted; stored in every Parquet footer
 * @param definitionsJson the same for the definition files ({@code aliases.yml}, ...)
 */
record InputChecksums(String json, String definitionsJson) {

	static InputChecksums of(AnnualReportParameters parameters) {
		List<Path> inputs = new ArrayList<>();
		for (Integer year : parameters.years()) {
			inputs.addAll(files(parameters.input().resolve(String.valueOf(year)), ""));
		}
		List<Path> definitions = files(parameters.definitions(), ".yml");
		return new InputChecksums(WriteOptions.inputSha256(parameters.input(), inputs),
				WriteOptions.inputSha256(parameters.definitions(), definitions));
	}

	private static List<Path> files(Path folder, String suffix) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(Files::isRegularFile)
				.filter((file) -> file.getFileName().toString().endsWith(suffix))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

	/**
	 * One SHA-256 over all the checksums: any change to an input file or to a definition (an alias
	 * added to fix rejects, say) changes it, which makes the corrected run a new job instance.
	 */
	String combined() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((this.json + "\n" + this.definitionsJson).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
