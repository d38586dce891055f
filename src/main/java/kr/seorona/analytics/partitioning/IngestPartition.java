package kr.seorona.analytics.partitioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import kr.seorona.analytics.ingest.InputFile;
import kr.seorona.analytics.ingest.RecordKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * One partition of the ingest: the files of one school year whose rows it stages, and the staged
 * file of each record dataset it writes (its rejects are staged apart, per partition, and merged
 * into the year's {@code rejects} file when every partition is done). A year has one partition for
 * its networks and sessions files ({@code 2022-sessions}, always, even without such files: it also
 * stages the year's empty files of the kinds the year lacks) and one per attendance file
 * ({@code 2022-attendance}, {@code 2022-attendance-2}, ...), named after the file. The survey file
 * rides with the year's last attendance file: survey comments are cleared of the ids of every
 * attendance row of the year ({@link kr.seorona.analytics.ingest.KnownIdentifiers}), which that
 * partition reads anyway, so no partition parses the year's attendance a second time only for its
 * ids (a year without attendance has a {@code 2022-survey} partition). No two partitions stage the
 * same file: the {@code n}th attendance file, in name order, is staged as
 * {@code part-0000<n-1>.parquet} of its dataset's year folder, the survey as {@code part-00000}.
 *
 * @param year the school year
 * @param kind {@link RecordKind#SESSIONS} for the networks and sessions files, else
 * {@link RecordKind#ATTENDANCE} (with the survey file when it is the year's last attendance file)
 * or {@link RecordKind#SURVEY} (a year without attendance)
 * @param label {@code sessions} for the networks and sessions files, else its file's name without
 * extension, lower case, e.g. {@code attendance}, {@code attendance-2}
 * @param files the names of the files whose rows it stages (see {@link InputFile#name()}), e.g.
 * {@code [2022/networks.csv, 2022/sessions.csv]}; the files of the year it reads before them are
 * only looked up
 * @param parts the staged file name of each record dataset it writes, e.g.
 * {@code attendance -> part-00000.parquet}
 */
public record IngestPartition(int year, RecordKind kind, String label, List<String> files, Map<String, String> parts) {

	/**
	 * The order in which the single-threaded ingest reads files: networks, sessions, attendance,
	 * survey ({@link RecordKind} order), then year, then name.
	 */
	public static final Comparator<InputFile> READING_ORDER = Comparator.comparing(InputFile::kind)
		.thenComparingInt(InputFile::year)
		.thenComparing(InputFile::name);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Datasets of the rows of each kind. */
	private static final Map<RecordKind, List<String>> DATASETS = Map.of(RecordKind.NETWORKS, List.of("networks"),
			RecordKind.SESSIONS, List.of("sessions"), RecordKind.ATTENDANCE, List.of("attendance"),
			RecordKind.SURVEY, List.of("survey_responses", "survey_answers"));

	public IngestPartition {
		Objects.requireNonNull(kind, "kind");
		if (kind == RecordKind.NETWORKS) {
			throw new IllegalArgumentException("networks files are in the SESSIONS partition of their year");
		}
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("a partition needs a label");
		}
		files = List.copyOf(files);
		parts = Map.copyOf(parts);
	}

	/**
	 * The partitions of a year, in the order the single-threaded ingest reads their files: networks
	 * and sessions, then each attendance file (the last with the survey).
	 * @param year the school year
	 * @param files the run's input files (those of other years are ignored), sorted by kind then name
	 */
	public static List<IngestPartition> of(int year, List<InputFile> files) {
		List<InputFile> own = files.stream().filter((file) -> file.year() == year).sorted(READING_ORDER).toList();
		List<IngestPartition> partitions = new ArrayList<>();
		Map<String, String> first = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		for (RecordKind kind : RecordKind.values()) {
			List<InputFile> ofKind = own.stream().filter((file) -> file.kind() == kind).toList();
			if (ofKind.isEmpty() || kind == RecordKind.NETWORKS || kind == RecordKind.SESSIONS) {
				// the first partition stages every dataset of the kinds no other partition stages
				DATASETS.get(kind).forEach((dataset) -> first.put(dataset, part(0)));
				ofKind.forEach((file) -> names.add(file.name()));
			}
		}
		partitions.add(new IngestPartition(year, RecordKind.SESSIONS, RecordKind.SESSIONS.fileStem(), names, first));
		List<InputFile> attendance = own.stream().filter((file) -> file.kind() == RecordKind.ATTENDANCE).toList();
		List<InputFile> survey = own.stream().filter((file) -> file.kind() == RecordKind.SURVEY).toList();
		for (int i = 0; i < attendance.size(); i++) {
			Map<String, String> parts = new LinkedHashMap<>();
			parts.put("attendance", part(i));
			List<String> staged = new ArrayList<>(List.of(attendance.get(i).name()));
			if (i == attendance.size() - 1 && !survey.isEmpty()) {
				// the survey rides with the last attendance file: its comments are cleared of the ids
				// of every attendance row of the year, which this partition has just read
				DATASETS.get(RecordKind.SURVEY).forEach((dataset) -> parts.put(dataset, part(0)));
				survey.forEach((file) -> staged.add(file.name()));
			}
			partitions.add(new IngestPartition(year, RecordKind.ATTENDANCE, stem(attendance.get(i)), staged, parts));
		}
		if (attendance.isEmpty() && !survey.isEmpty()) {
			Map<String, String> parts = new LinkedHashMap<>();
			DATASETS.get(RecordKind.SURVEY).forEach((dataset) -> parts.put(dataset, part(0)));
			partitions.add(new IngestPartition(year, RecordKind.SURVEY, stem(survey.get(0)),
					survey.stream().map(InputFile::name).toList(), parts));
		}
		return partitions;
	}

	private static String stem(InputFile file) {
		String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	/** The staged file name of the {@code index}th file of a dataset's year, from 0. */
	static String part(int index) {
		return String.format("part-%05d.parquet", index);
	}

	/**
	 * The partition's name: year and label, e.g. {@code 2022-sessions}, {@code 2022-attendance},
	 * {@code 2022-attendance-2}.
	 */
	public String name() {
		return this.year + "-" + this.label;
	}

	/**
	 * The name of the partition's step executions in the job repository (Spring Batch's
	 * {@code <step>:<partition>}), e.g. {@code ingestPartition:2022-attendance}.
	 */
	public String stepExecutionName() {
		return IngestPartitioner.WORKER_STEP + ":" + name();
	}

	/** Whether this partition stages the rows of the file. */
	public boolean stages(InputFile file) {
		return this.files.contains(file.name());
	}

	/** As JSON, for the partition's execution context. */
	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	/**
	 * From {@link #toJson()}.
	 * @throws IllegalArgumentException when the text is not a partition
	 */
	public static IngestPartition fromJson(String json) {
		try {
			return JSON.readValue(json, IngestPartition.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("not an ingest partition: " + json, ex);
		}
	}

}
