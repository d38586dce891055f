package kr.seorona.analytics.operations;

import java.net.URI;
import java.nio.charset.Charset;
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

	static final String ENCODING = "encoding";

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
		Path input = ParameterValues.folder(values, INPUT, "data", true);
		Path output = ParameterValues.folder(values, OUTPUT, "output", false);
		Path definitions = ParameterValues.folder(values, DEFINITIONS, "jobs", true);
		SortedSet<Integer> years = YearSelection.parse(values.getOrDefault(YEARS, "all"), input);
		Locale locale = ParameterValues.locale(values.getOrDefault(LOCALE, "ko"));
		int minCellSize = ParameterValues.integer(values.getOrDefault(MIN_CELL_SIZE, "5"), MIN_CELL_SIZE, 1, 1000);
		double maxRejectShare = ParameterValues.share(values.getOrDefault(MAX_REJECT_SHARE, "0.05"));
		String count = values.getOrDefault(MAX_REJECT_COUNT, "none").trim();
		long maxRejectCount = count.equalsIgnoreCase("none") ? -1
				: ParameterValues.integer(count, MAX_REJECT_COUNT, 0, Integer.MAX_VALUE);
		Charset encoding = ParameterValues.encoding(values.get(ENCODING));
		return new AnnualReportParameters(input, output, definitions, years, locale, minCellSize, maxRejectShare,
				maxRejectCount, encoding, ParameterValues.datasets(values.get(DATASETS)),
				ParameterValues.audit(values.getOrDefault(AUDIT, "false")), ParameterValues.kinds(values.get(ALLOW_EMPTY)));
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
				ParameterValues.datasets(parameters.getString(DATASETS, "")), "true".equals(parameters.getString(AUDIT, "false")),
				ParameterValues.kinds(parameters.getString(ALLOW_EMPTY, "")));
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

}
