package kr.seorona.analytics.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
public record InputChecksums(String json, String definitionsJson) {

	/** The last checksums computed in this process, with the files' sizes and times they are of. */
	private static final AtomicReference<Computed> last = new AtomicReference<>();

	/**
	 * Reads every file once, unless this process has just computed the checksums of the same files
	 * (same paths, sizes and modification times): the launcher computes them for the job's
	 * identity and the prepare step needs them again for the Parquet footers.
	 * @throws UncheckedIOException when a file cannot be read
	 */
	public static InputChecksums of(AnnualReportParameters parameters) {
		List<Path> inputs = new ArrayList<>();
		for (Integer year : parameters.years()) {
			inputs.addAll(files(parameters.input().resolve(String.valueOf(year)), ""));
		}
		List<Path> definitions = files(parameters.definitions(), ".yml");
		List<Object> fingerprint = new ArrayList<>();
		fingerprint.add(parameters.input().toAbsolutePath());
		fingerprint.add(parameters.definitions().toAbsolutePath());
		for (Path file : inputs) {
			fingerprint.add(fingerprint(file));
		}
		for (Path file : definitions) {
			fingerprint.add(fingerprint(file));
		}
		Computed computed = last.get();
		if (computed != null && computed.fingerprint().equals(fingerprint)) {
			return computed.checksums();
		}
		InputChecksums checksums = new InputChecksums(WriteOptions.inputSha256(parameters.input(), inputs),
				WriteOptions.inputSha256(parameters.definitions(), definitions));
		last.set(new Computed(fingerprint, checksums));
		return checksums;
	}

	private static List<Object> fingerprint(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return List.of(file.toAbsolutePath(), attributes.size(), attributes.lastModifiedTime(),
					String.valueOf(attributes.fileKey()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private record Computed(List<Object> fingerprint, InputChecksums checksums) {
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
	public String combined() {
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
