package kr.seorona.analytics.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kr.seorona.analytics.ingest.RecordKind;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of the {@code annualReport} job, resolved from {@code jobs/annualReport.yml} and
 * the command line ({@code name=value} arguments override the file).
 *
 * @param input folder with one sub-folder per school year
 * @param output folder that receives datasets, charts, reports, the dashboard and the manifest
 * @param definitions folder with {@code groups.yml}, {@code survey.yml}, {@code aliases.yml}
 * @param years the school years of this run, never empty once resolved
 * @param locale language of chart and dashboard texts ({@code ko} or {@code en})
 * @param minCellSize k: figures based on fewer than k people are suppressed
 * @param maxRejectShare the run fails when rejected rows / rows read exceeds this share (0..1)
 * @param maxRejectCount the run fails when more rows than this are rejected; -1 = no count limit
 * @param encoding explicit input encoding, or {@code null} to detect it per file
 * @param datasets root URI of the Parquet datasets on any Hadoop file system (e.g.
 * {@code hdfs://nn/seorona/}), or {@code null} for {@code <output>/datasets}
 * @param audit whether the statistics datasets are also written unsuppressed (every figure, small
 * cells included) to {@code <output>/audit/datasets/}, for the analysts' own checks; never published
 * by default
 * @param allowEmpty record kinds a year of the run may lack (no file, or a file with a header and no
 * data rows); empty by default, so that a missing file stops the run instead of replacing the
 * year's published records with none
 */
public record AnnualReportParameters(Path input, Path output, Path definitions, SortedSet<Integer> years, Locale locale,
		int minCellSize, double maxRejectShare, long maxRejectCount, Charset encoding, URI datasets, boolean audit,
		Set<RecordKind> allowEmpty) {

	/** Name of the Spring Batch job these parameters are for. */
	public static final String JOB_NAME = "annualReport";

	static final String INPUT = "input";

	static final String OUTPUT = "output";

	static final String DEFINITIONS = "definitions";

	static final String YEARS = "years";

	static final String LOCALE = "locale";

	static final String MIN_CELL_SIZE = "minCellSize";

	static final String MAX_REJECT_SHARE = "maxRejectShare";

	static final String MAX_REJECT_COUNT = "maxRejectCount";

	public static final String ENCODING = "encoding";

	static final String DATASETS = "datasets";

	static final String AUDIT = "audit";
	static final String ALLOW_EMPTY = "allowEmpty";

	/**
	 * Identifying parameter: SHA-256 over the run's input and definition files, so corrected input or
	 * definitions make a new job instance.
	 */
	static final String INPUT_SHA256 = "inputSha256";

	/** Identifying parameter: counts re-runs of an already completed instance on unchanged input. */
	public static final String RERUN = "rerun";

	static final Set<String> NAMES = Set.of(INPUT, OUTPUT, DEFINITIONS, YEARS, LOCALE, MIN_CELL_SIZE, MAX_REJECT_SHARE,
			MAX_REJECT_COUNT, ENCODING, DATASETS, AUDIT, ALLOW_EMPTY);

	/**
	 * Resolves the parameters: file defaults overridden by command-line values, relative paths
	 * against the working directory, {@code years=all} against the year folders found in the input.
	 * @throws InvalidParameterException with a message naming the parameter and the accepted values
	 */
	public static AnnualReportParameters resolve(Map<String, String> defaults, Map<String, String> overrides) {
		Map<String, String> values = new LinkedHashMap<>(defaults);
		for (Map.Entry<String, String> override : overrides.entrySet()) {
			if (!NAMES.contains(override.getKey())) {
				throw new InvalidParameterException("unknown job parameter '" + override.getKey() + "'; known: "
						+ new TreeSet<>(NAMES));
			}
			values.put(override.getKey(), override.getValue());
		}
		Path input = folder(values, INPUT, "data", true);
		Path output = folder(values, OUTPUT, "output", false);
		Path definitions = folder(values, DEFINITIONS, "jobs", true);
		SortedSet<Integer> years = YearSelection.parse(values.getOrDefault(YEARS, "all"), input);
		Locale locale = locale(values.getOrDefault(LOCALE, "ko"));
		int minCellSize = integer(values.getOrDefault(MIN_CELL_SIZE, "5"), MIN_CELL_SIZE, 1, 1000);
		double maxRejectShare = share(values.getOrDefault(MAX_REJECT_SHARE, "0.05"));
		String count = values.getOrDefault(MAX_REJECT_COUNT, "none").trim();
		long maxRejectCount = count.equalsIgnoreCase("none") ? -1
				: integer(count, MAX_REJECT_COUNT, 0, Integer.MAX_VALUE);
		Charset encoding = encoding(values.get(ENCODING));
		return new AnnualReportParameters(input, output, definitions, years, locale, minCellSize, maxRejectShare,
				maxRejectCount, encoding, datasets(values.get(DATASETS)), audit(values.getOrDefault(AUDIT, "false")),
				kinds(values.get(ALLOW_EMPTY)));
	}

	/** Reads the parameters back from a job execution's {@link JobParameters}. */
	public static AnnualReportParameters from(JobParameters parameters) {
		SortedSet<Integer> years = Stream.of(parameters.getString(YEARS).split(","))
			.map(Integer::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
		String encoding = parameters.getString(ENCODING);
		return new AnnualReportParameters(Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)),
				Path.of(parameters.getString(DEFINITIONS)), years, Locale.forLanguageTag(parameters.getString(LOCALE)),
				parameters.getLong(MIN_CELL_SIZE).intValue(), parameters.getDouble(MAX_REJECT_SHARE),
				parameters.getLong(MAX_REJECT_COUNT, -1L),
				(encoding == null || encoding.isEmpty()) ? null : Charset.forName(encoding),
				datasets(parameters.getString(DATASETS, "")), "true".equals(parameters.getString(AUDIT, "false")),
				kinds(parameters.getString(ALLOW_EMPTY, "")));
	}

	/**
	 * The job parameters of this run. Identifying: input, output, years, input checksum and the
	 * re-run counter (a new job instance when the input changed or a completed run is repeated);
	 * the rest are non-identifying settings of the instance.
	 */
	public JobParameters toJobParameters(String inputSha256, long rerun) {
		return new JobParametersBuilder().addString(INPUT, this.input.toString())
			.addString(OUTPUT, this.output.toString())
			.addString(YEARS, yearsText())
			.addString(INPUT_SHA256, inputSha256)
			.addLong(RERUN, rerun)
			.addString(DEFINITIONS, this.definitions.toString(), false)
			.addString(LOCALE, this.locale.toLanguageTag(), false)
			.addLong(MIN_CELL_SIZE, (long) this.minCellSize, false)
			.addDouble(MAX_REJECT_SHARE, this.maxRejectShare, false)
			.addLong(MAX_REJECT_COUNT, this.maxRejectCount, false)
			.addString(DATASETS, (this.datasets != null) ? this.datasets.toString() : "")
			.addString(ENCODING, (this.encoding != null) ? this.encoding.name() : "", false)
			.addString(AUDIT, Boolean.toString(this.audit))
			.addString(ALLOW_EMPTY, String.join(",", this.allowEmpty.stream().map(RecordKind::fileStem).toList()), false)
			.toJobParameters();
	}

	/** Where the datasets are published: {@code datasets}, or the output folder. */
	public URI datasetsRoot() {
		return (this.datasets != null) ? this.datasets : this.output.toUri();
	}

	/** The years as a comma-separated list, e.g. {@code 2019,2020,2021,2022}. */
	String yearsText() {
		return this.years.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static Path folder(Map<String, String> values, String name, String fallback, boolean mustExist) {
		String raw = values.getOrDefault(name, fallback);
		if (raw == null || raw.isBlank()) {
			throw new InvalidParameterException("parameter '" + name + "' must name a folder");
		}
		Path folder = Path.of(raw.trim()).toAbsolutePath().normalize();
		if (mustExist && !Files.isDirectory(folder)) {
			throw new InvalidParameterException("parameter '" + name + "': folder not found: " + folder);
		}
		if (!mustExist && Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new InvalidParameterException("parameter '" + name + "': not a folder: " + folder);
		}
		if (!mustExist) {
			try {
				Files.createDirectories(folder);
			}
			catch (IOException | UnsupportedOperationException ex) {
				throw new InvalidParameterException("parameter '" + name + "': cannot create the folder " + folder + " ("
						+ ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "")
						+ "); choose a folder you can write to");
			}
		}
		return folder;
	}

	private static Locale locale(String raw) {
		String tag = raw.trim().toLowerCase(Locale.ROOT);
		if (!tag.equals("ko") && !tag.equals("en")) {
			throw new InvalidParameterException("parameter 'locale' must be ko or en, but was '" + raw + "'");
		}
		return Locale.forLanguageTag(tag);
	}

	private static int integer(String raw, String name, int min, int max) {
		try {
			int value = Integer.parseInt(raw.trim());
			if (value < min || value > max) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(
					"parameter '" + name + "' must be a whole number from " + min + " to " + max + ", but was '" + raw + "'");
		}
	}

	private static double share(String raw) {
		try {
			double value = Double.parseDouble(raw.trim());
			if (!(value >= 0 && value <= 1)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(
					"parameter 'maxRejectShare' must be a share from 0 to 1, but was '" + raw + "'");
		}
	}

	private static boolean audit(String raw) {
		String value = raw.trim().toLowerCase(Locale.ROOT);
		if (!value.equals("true") && !value.equals("false")) {
			throw new InvalidParameterException("audit must be true or false but was '" + raw + "'");
		}
		return value.equals("true");
	}

	private static URI datasets(String raw) {
		if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("output")) {
			return null;
		}
		try {
			URI uri = new URI(raw.trim());
			if (uri.getScheme() == null || uri.getScheme().length() < 2) {
				uri = Path.of(raw.trim()).toAbsolutePath().normalize().toUri();
			}
			return URI.create(uri.toString().endsWith("/") ? uri.toString() : uri + "/");
		}
		catch (URISyntaxException ex) {
			throw new InvalidParameterException("parameter 'datasets' must be a folder or a file system URI such as "
					+ "hdfs://namenode/seorona/, but was '" + raw + "'");
		}
	}

	static Set<RecordKind> kinds(String raw) {
		try {
			return RecordKind.parseList(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("parameter 'allowEmpty' must be none or record kinds (networks, sessions,"
					+ " attendance, survey), e.g. allowEmpty=survey, but was '" + raw + "'");
		}
	}

	private static Charset encoding(String raw) {
		if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("auto")) {
			return null;
		}
		try {
			return Charset.forName(raw.trim());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new InvalidParameterException("parameter 'encoding': unknown encoding '" + raw
					+ "' (e.g. UTF-8, MS949, UTF-16, or auto to detect)");
		}
	}

}
