package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import tools.jackson.databind.json.JsonMapper;

/**
 * How {@link DatasetWriter} writes files, and the key-value metadata stamped into each file footer.
 * <p>
 * Metadata keys (all values are strings):
 * <ul>
 * <li>{@value #SCHEMA_VERSION}: the dataset's schema version ({@link DatasetDefinition#schemaVersion()}),
 * set by the writer;</li>
 * <li>{@value #DATASET}: the dataset name, set by the writer;</li>
 * <li>{@value #JOB_EXECUTION_ID}: the Spring Batch job execution id of the run that wrote the file
 * (required);</li>
 * <li>{@value #INPUT_SHA256}: SHA-256 of the input files as a JSON object, input path relative to the
 * input folder ('/'-separated) to lower-case hex digest, keys sorted, e.g.
 * <code>{"2022/sessions.csv":"9f86d0..."}</code>; see {@link #inputSha256(Path, Collection)}
 * (required);</li>
 * <li>{@value #SOFTWARE_VERSION}: the version of this software (required);</li>
 * <li>{@value #MIN_CELL_SIZE}: k of the small-cell rule (required to write a dataset with a
 * {@link DatasetDefinition.Suppression} rule, see {@link #withMinCellSize(int)});</li>
 * <li>{@value #SMALL_CELLS}: set by the writer on datasets with a suppression rule:
 * {@value #WITHHELD} (the published form: suppressed rows keep only keys, flag and band) or
 * {@value #AUDIT} (every figure; see {@link #forAudit()}).</li>
 * </ul>
 * Further keys may be added with {@link #withMetadata(String, String)}.
 *
 * @param codec compression: {@code ZSTD} (default), {@code SNAPPY}, {@code GZIP} or
 * {@code UNCOMPRESSED}; others are rejected because not every BI reader supports them
 * @param rowGroupSize target row group size in bytes (default 128 MiB), &gt; 0
 * @param pageSize target page size in bytes (default 1 MiB), &gt; 0
 * @param metadata key-value metadata written to every file footer; must contain
 * {@link #REQUIRED_KEYS} and must not contain the keys the writer sets
 */
public record WriteOptions(CompressionCodecName codec, long rowGroupSize, int pageSize, Map<String, String> metadata) {

	/** Metadata key of the dataset's schema version (set by the writer). */
	public static final String SCHEMA_VERSION = "seorona.schema.version";

	/** Metadata key of the dataset name (set by the writer). */
	public static final String DATASET = "seorona.dataset";

	/** Metadata key of the Spring Batch job execution id. */
	public static final String JOB_EXECUTION_ID = "seorona.job.execution.id";

	/** Metadata key of the input files' SHA-256 digests (JSON object). */
	public static final String INPUT_SHA256 = "seorona.input.sha256";

	/** Metadata key of the software version. */
	public static final String SOFTWARE_VERSION = "seorona.software.version";

	/** Metadata key of k, the small-cell rule: figures about fewer than k people are withheld. */
	public static final String MIN_CELL_SIZE = "seorona.min_cell_size";

	/** Metadata key of the form of a suppressible dataset: {@value #WITHHELD} or {@value #AUDIT}. */
	public static final String SMALL_CELLS = "seorona.small_cells";

	/** {@value #SMALL_CELLS} of the published form: suppressed rows keep only keys, flag and band. */
	public static final String WITHHELD = "withheld";

	/** {@value #SMALL_CELLS} of the audit form: every figure, never for publication. */
	public static final String AUDIT = "audit";

	/** Keys the caller must supply. */
	public static final List<String> REQUIRED_KEYS = List.of(JOB_EXECUTION_ID, INPUT_SHA256, SOFTWARE_VERSION);

	/** Keys every written file carries. */
	public static final List<String> FOOTER_KEYS = List.of(SCHEMA_VERSION, DATASET, JOB_EXECUTION_ID, INPUT_SHA256,
			SOFTWARE_VERSION);

	/** Default row group size: 128 MiB. */
	public static final long DEFAULT_ROW_GROUP_SIZE = 128L * 1024 * 1024;

	/** Default page size: 1 MiB. */
	public static final int DEFAULT_PAGE_SIZE = 1024 * 1024;

	private static final Set<CompressionCodecName> CODECS = Set.of(CompressionCodecName.ZSTD,
			CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.UNCOMPRESSED);

	public WriteOptions {
		Objects.requireNonNull(codec, "codec");
		if (!CODECS.contains(codec)) {
			throw new IllegalArgumentException("codec must be one of " + CODECS + " but was " + codec);
		}
		if (rowGroupSize <= 0) {
			throw new IllegalArgumentException("rowGroupSize must be > 0 but was " + rowGroupSize);
		}
		if (pageSize <= 0) {
			throw new IllegalArgumentException("pageSize must be > 0 but was " + pageSize);
		}
		metadata = java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
		for (String key : REQUIRED_KEYS) {
			String value = metadata.get(key);
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("metadata must contain " + key + " but has " + metadata.keySet());
			}
		}
		if (metadata.containsKey(SCHEMA_VERSION) || metadata.containsKey(DATASET)) {
			throw new IllegalArgumentException(SCHEMA_VERSION + " and " + DATASET + " are set by the writer");
		}
	}

	/**
	 * Default options (ZSTD, 128 MiB row groups, 1 MiB pages) with the required metadata.
	 * @param jobExecutionId the Spring Batch job execution id
	 * @param softwareVersion the software version, e.g. {@code 0.1.0}
	 * @param inputSha256 the JSON of {@link #inputSha256(Path, Collection)}
	 */
	public static WriteOptions of(long jobExecutionId, String softwareVersion, String inputSha256) {
		return new WriteOptions(CompressionCodecName.ZSTD, DEFAULT_ROW_GROUP_SIZE, DEFAULT_PAGE_SIZE,
				Map.of(JOB_EXECUTION_ID, Long.toString(jobExecutionId), SOFTWARE_VERSION, softwareVersion,
						INPUT_SHA256, inputSha256));
	}

	/** A copy with another codec. */
	public WriteOptions withCodec(CompressionCodecName codec) {
		return new WriteOptions(codec, this.rowGroupSize, this.pageSize, this.metadata);
	}

	/** A copy with other row group and page sizes (bytes). */
	public WriteOptions withSizes(long rowGroupSize, int pageSize) {
		return new WriteOptions(this.codec, rowGroupSize, pageSize, this.metadata);
	}

	/** A copy with one more metadata entry. */
	public WriteOptions withMetadata(String key, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.metadata);
		all.put(key, value);
		return new WriteOptions(this.codec, this.rowGroupSize, this.pageSize, all);
	}

	/** A copy with k of the small-cell rule ({@value #MIN_CELL_SIZE}), k &gt;= 1. */
	public WriteOptions withMinCellSize(int k) {
		if (k < 1) {
			throw new IllegalArgumentException("minCellSize must be >= 1 but was " + k);
		}
		return withMetadata(MIN_CELL_SIZE, Integer.toString(k));
	}

	/**
	 * A copy that writes the audit form of suppressible datasets: every figure of every row, the
	 * footer saying {@value #SMALL_CELLS} = {@value #AUDIT}. Never for the published datasets.
	 */
	public WriteOptions forAudit() {
		return withMetadata(SMALL_CELLS, AUDIT);
	}

	/** The footer metadata of a dataset's files: these options' metadata plus the writer's keys. */
	Map<String, String> footer(DatasetDefinition<?> definition) {
		Map<String, String> all = new TreeMap<>(this.metadata);
		all.put(SCHEMA_VERSION, Integer.toString(definition.schemaVersion()));
		all.put(DATASET, definition.name());
		if (definition.suppression() != null) {
			all.put(SMALL_CELLS, AUDIT.equals(this.metadata.get(SMALL_CELLS)) ? AUDIT : WITHHELD);
		}
		else {
			all.remove(SMALL_CELLS);
		}
		return all;
	}

	/**
	 * k from footer metadata.
	 * @throws IllegalArgumentException naming the dataset when k is absent or not a positive number
	 */
	static int minCellSize(Map<String, String> metadata, DatasetDefinition<?> definition) {
		String value = metadata.get(MIN_CELL_SIZE);
		try {
			int k = Integer.parseInt(String.valueOf(value));
			if (k >= 1) {
				return k;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("dataset " + definition.name() + " withholds small cells: its write options"
				+ " need " + MIN_CELL_SIZE + " (WriteOptions.withMinCellSize) but had " + value);
	}

	/**
	 * SHA-256 of input files as the JSON object stored under {@value #INPUT_SHA256}: keys are the
	 * paths relative to {@code inputFolder} with '/' separators, sorted; values lower-case hex.
	 * @throws UncheckedIOException when a file cannot be read
	 */
	public static String inputSha256(Path inputFolder, Collection<Path> files) {
		Map<String, String> digests = new TreeMap<>();
		// the files in parallel (a run's few large attendance and survey files dominate)
		List<Path> list = List.copyOf(files);
		List<String> hashes = list.parallelStream().map(WriteOptions::sha256).toList();
		for (int i = 0; i < list.size(); i++) {
			String key = inputFolder.relativize(list.get(i)).toString().replace('\\', '/');
			digests.put(key, hashes.get(i));
		}
		return JsonMapper.builder().build().writeValueAsString(digests);
	}

	private static String sha256(Path file) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
