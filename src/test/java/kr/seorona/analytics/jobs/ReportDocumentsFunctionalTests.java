package kr.seorona.analytics.jobs;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import kr.seorona.analytics.charts.ChartCatalog;
import kr.seorona.analytics.charts.ChartInputs;
import kr.seorona.analytics.charts.ChartOptions;
import kr.seorona.analytics.charts.ChartTheme;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.ingest.Definitions;
import kr.seorona.analytics.ingest.FileSummary;
import kr.seorona.analytics.operations.IngestSummaries;
import kr.seorona.analytics.ingest.SurveyItem;
import kr.seorona.analytics.ingest.SurveyScale;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.parquet.DatasetReader;
import kr.seorona.analytics.report.ReadBack;
import kr.seorona.analytics.report.ReportFiles;
import kr.seorona.analytics.report.ReportInputs;
import kr.seorona.analytics.stats.GroupComparison;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyCalculator;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole job on the bundled data, then reads every year's draft report back, the DOCX with
 * POI XWPF and the HWPX with hwpxlib, and checks every table cell and every number of the
 * generated sentences against the published statistics datasets, and the embedded charts against
 * the published PNGs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentsFunctionalTests extends JobTestSupport {

	static final int K = 5;

	static final String WITHHELD = "비공개";

	static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

	@TempDir
	static Path output;

	JobExecution execution;

	Definitions definitions;

	List<ParticipationStatistics> participation;

	List<YearSummary> summaries;

	List<JointMeetingAttendance> joint;

	List<SurveyScaleStatistics> scales;

	List<SurveyItemStatistics> items;

	List<GroupComparison> comparisons;

	List<FileSummary> files;

	@BeforeAll
	void runJobOnBundledData() throws Exception {
		this.execution = run(Path.of("data"), output);
		this.definitions = Definitions.load(Path.of("jobs"));
		this.participation = published(ParticipationStatistics.class);
		this.summaries = published(YearSummary.class);
		this.joint = published(JointMeetingAttendance.class);
		this.scales = published(SurveyScaleStatistics.class);
		this.items = published(SurveyItemStatistics.class);
		this.comparisons = published(GroupComparison.class);
		this.files = IngestSummaries.read(output.resolve("reports").resolve(IngestSummaries.FILE_NAME));
	}

	@Test
	void everyYearHasBothDocumentsListedInTheManifest() throws IOException {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String manifest = Files.readString(output.resolve("manifest.json"));
		for (int year = 2019; year <= 2022; year++) {
			for (String extension : List.of(".hwpx", ".docx")) {
				String path = "reports/" + year + "/" + name(year) + extension;
				assertThat(output.resolve(path)).isRegularFile();
				assertThat(manifest).contains("\"path\" : \"" + path + "\"");
			}
		}
		assertThat(name(2022)).isEqualTo("울산광역시교육청_서로나눔학교_네트워크_2022학년도_운영결과보고_초안");
	}

	@Test
	void everyTableCellIsTheStatisticsFigure() throws Exception {
		for (int year = 2019; year <= 2022; year++) {
			List<List<List<String>>> expected = expectedTables(year);
			for (ReadBack document : documents(year)) {
				assertThat(document.tables()).as("tables of " + year).isEqualTo(expected);
			}
		}
	}

	@Test
	void headlineSentencesStateTheYearSummary() throws Exception {
		for (YearSummary summary : this.summaries) {
			int year = summary.year();
			List<String> expected = new ArrayList<>(List.of(
					year + "학년도에는 " + summary.groups() + "개 집단이 정기 회의 " + count(summary.regularMeetings())
							+ "회와 합동 회의 " + summary.jointMeetings() + "회, 모두 " + count(summary.meetings())
							+ "회의 네트워크 회의를 열었다.",
					year + "학년도 실참여자는 " + count(summary.distinctParticipants())
							+ "명이었다(한 사람은 한 번만 세고, 합동 회의에만 참여한 사람도 포함)."));
			if (summary.surveyRespondents() != null) {
				expected.add(year + "학년도 연말 설문에는 " + count(summary.surveyRespondents()) + "명이 응답하였다.");
			}
			List<FileSummary> yearFiles = this.files.stream().filter((file) -> file.year() == year).toList();
			long read = yearFiles.stream().mapToLong(FileSummary::rowsRead).sum();
			long rejected = yearFiles.stream().mapToLong(FileSummary::rejected).sum();
			expected.add(year + "학년도 입력 파일 " + yearFiles.size() + "개에서 " + count(read) + "행을 읽어 " + count(rejected)
					+ "행(" + round(100.0 * rejected / read, 1) + "%)을 제외하였다. 제외한 행과 사유는 reports/rejects.csv에 있다.");
			for (ReadBack document : documents(year)) {
				assertThat(document.paragraphs()).as("sentences of " + year).containsAll(expected);
			}
		}
		assertThat(this.summaries.stream().filter((s) -> s.year() == 2022).findFirst().orElseThrow().meetings())
			.as("2022: 31 regular meetings and the two joint meetings").isEqualTo(33);
	}

	@Test
	void everyNumberInTheGeneratedSentencesIsAFigureOfTheYear() throws Exception {
		for (int year = 2019; year <= 2022; year++) {
			Set<String> allowed = allowedNumbers(year);
			for (ReadBack document : documents(year)) {
				for (String sentence : sentences(document)) {
					Matcher numbers = NUMBER.matcher(sentence);
					while (numbers.find()) {
						assertThat(allowed).as("'%s' in: %s", numbers.group(), sentence).contains(numbers.group());
					}
				}
			}
		}
	}

	@Test
	void everyChartIsEmbedded16CmWideFromThePublishedPng(@TempDir Path earlier) throws Exception {
		// an earlier year's report: the charts over years drawn up to its year, as the catalogue draws them
		ChartInputs all = new ChartInputs(this.definitions.groups(), this.definitions.survey(), this.participation,
				published(JointMeetingComposition.class), this.items, this.summaries);
		List<ChartOptions> korean = List.of(ChartOptions.defaults(this.definitions.identity(), Locale.KOREAN)
			.withMinCellSize(K));
		for (int year = 2019; year <= 2022; year++) {
			List<Path> charts = new ArrayList<>();
			if (year < 2022) {
				charts.addAll(new ChartCatalog(ChartTheme.bundled()).renderPngs(all.upTo(year), korean,
						earlier.resolve(Integer.toString(year)), ReportFiles.CHARTS_OVER_YEARS));
				// in the order the report embeds them
				charts.sort(java.util.Comparator.comparingInt((png) -> ReportFiles.CHARTS_OVER_YEARS
					.indexOf(png.getFileName().toString().replace(".png", ""))));
				assertThat(charts).as("charts over years up to " + year).isNotEmpty();
				String range = (year == 2019) ? "2019" : "2019-" + year;
				assertThat(charts).allSatisfy((png) -> assertThat(png.getParent().getFileName()).hasToString(range));
			}
			else {
				for (String chart : List.of("meetings-by-group", "joint-meeting-composition", "participants-retention")) {
					charts.add(output.resolve("charts/2019-2022/" + chart + ".png"));
				}
			}
			for (String chart : List.of("survey-means", "likert-distribution")) {
				charts.add(output.resolve("charts/" + year + "/" + chart + ".png"));
			}
			charts.removeIf((png) -> !Files.exists(png));
			assertThat(charts).as("charts of " + year).hasSizeGreaterThanOrEqualTo(3);
			for (ReadBack document : documents(year)) {
				assertThat(document.pictures()).hasSameSizeAs(charts);
				for (int i = 0; i < charts.size(); i++) {
					ReadBack.Image picture = document.pictures().get(i);
					assertThat(picture.data()).as(charts.get(i).toString()).isEqualTo(Files.readAllBytes(charts.get(i)));
					java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(charts.get(i).toFile());
					assertThat(picture.widthCm()).isCloseTo(16.0, org.assertj.core.data.Offset.offset(0.01));
					assertThat(picture.heightCm()).isCloseTo(16.0 * image.getHeight() / image.getWidth(),
							org.assertj.core.data.Offset.offset(0.01));
				}
			}
		}
	}

	@Test
	void theParticipantsTableSaysWhyItsTotalCanExceedItsGroupsAndNoFigureNamesAFile() throws Exception {
		YearSummary summary = this.summaries.stream().filter((s) -> s.year() == 2022).findFirst().orElseThrow();
		long groups = this.participation.stream()
			.filter((row) -> row.year() == 2022)
			.mapToLong(ParticipationStatistics::distinctParticipants)
			.sum();
		assertThat(summary.distinctParticipants()).as("2022: 12 people came only to joint meetings")
			.isGreaterThan(groups);
		for (int year = 2019; year <= 2022; year++) {
			for (ReadBack document : documents(year)) {
				assertThat(document.paragraphs()).as("notes of " + year)
					.contains("집단별 실참여자는 그 집단의 정기 회의에 참여한 사람이다. 전체에는 합동 회의에만 참여한 사람도 들어 있어 "
							+ "집단별 수의 합보다 클 수 있다.");
				assertThat(document.allText()).as("a file path printed under a figure").doesNotContain(".png");
			}
		}
	}

	@Test
	void anEarlierYearsReportShowsNoLaterYear() throws Exception {
		for (ReadBack document : documents(2019)) {
			assertThat(document.allText()).as("2019 report").doesNotContain("2022").doesNotContain("2021").doesNotContain("2020");
		}
		assertThat(output.resolve("charts/2019-2021")).as("drawn for the documents only, not published").doesNotExist();
		// the first year's table 3 has no new participants or retention: a note says why the cells read –
		String noYearBefore = "신규 참여자와 재참여율의 –: 그 집단의 전년도 자료가 없어(첫 운영 학년도이거나 자료의 첫 학년도) 계산하지 않았다.";
		for (ReadBack document : documents(2019)) {
			assertThat(document.paragraphs()).contains(noYearBefore);
		}
		for (ReadBack document : documents(2022)) {
			assertThat(document.paragraphs()).as("every 2022 group had a 2021").doesNotContain(noYearBefore);
		}
		assertThat(output.resolve(".staging")).as("nothing of the run's staging is left").doesNotExist();
	}

	@Test
	void noPseudonymOrRawIdAppears() throws Exception {
		Pattern ids = Pattern.compile("p_[0-9a-f]{16}|P\\d{6}|S\\d{4}|SES-\\d{4}|NET-\\d{4}");
		for (int year = 2019; year <= 2022; year++) {
			for (ReadBack document : documents(year)) {
				assertThat(ids.matcher(document.allText()).find()).as("ids in " + year).isFalse();
			}
		}
	}

	@Test
	void suppressedFiguresNeverAppear(@TempDir Path documents) throws Exception {
		int k = 40;
		ReportInputs inputs = new ReportInputs(this.definitions.identity(), this.definitions.groups(),
				this.definitions.survey(), this.participation, this.summaries, this.joint, this.items, this.scales,
				this.comparisons, this.files, List.of(output.resolve("charts")), LocalDate.of(2026, 12, 2), k);
		List<Path> written = ReportFiles.write(inputs, List.of(2022), List.of(Locale.KOREAN), documents);
		assertThat(written).hasSize(2);
		List<ParticipationStatistics> hidden = this.participation.stream()
			.filter((row) -> row.year() == 2022 && row.distinctParticipants() < k)
			.toList();
		assertThat(hidden).as("groups under k = 40 in 2022").isNotEmpty();
		for (Path file : written) {
			ReadBack document = file.toString().endsWith(".docx") ? ReadBack.docx(file) : ReadBack.hwpx(file);
			List<List<String>> meetings = document.tables().get(0);
			List<List<String>> people = document.tables().get(2);
			for (ParticipationStatistics row : hidden) {
				List<String> meetingRow = row(meetings, label(row.groupCode()));
				assertThat(meetingRow.get(3)).isEqualTo(WITHHELD);
				List<String> peopleRow = row(people, label(row.groupCode()));
				assertThat(peopleRow.subList(1, 4)).allMatch((cell) -> cell.equals(WITHHELD) || cell.equals("–"));
				for (String sentence : sentences(document)) {
					assertThat(sentence).doesNotContain(label(row.groupCode()) + " ");
				}
			}
			assertThat(row(meetings, "합계").get(3)).as("a total that would give the withheld figures away")
				.isEqualTo(WITHHELD);
			List<List<String>> scaleTable = document.tables().get(3);
			this.scales.stream()
				.filter((row) -> row.year() == 2022 && row.n() < k)
				.forEach((row) -> assertThat(scaleTable).anyMatch((cells) -> cells.get(1).equals(label(row.groupCode()))
						&& cells.subList(2, 5).stream().allMatch(WITHHELD::equals)));
			assertThat(scaleTable.stream().skip(1).flatMap((cells) -> cells.subList(2, 3).stream()))
				.allMatch((n) -> n.equals(WITHHELD) || Long.parseLong(n.replace(",", "")) >= k);
			assertThat(document.paragraphs()).anyMatch((text) -> text.startsWith("비공개: 40명 미만에 근거한 수치"));
		}
	}

	@Test
	void theRetentionRangeSaysWhenWithheldGroupsAreLeftOut() throws Exception {
		for (int year : List.of(2020, 2021, 2022)) {
			boolean withheld = this.participation.stream()
				.anyMatch((row) -> row.year() == year && !row.suppressed() && row.newParticipants() == null
						&& this.participation.stream()
							.anyMatch((previous) -> previous.year() == year - 1
									&& previous.groupCode().equals(row.groupCode())));
			for (ReadBack document : documents(year)) {
				List<String> range = document.paragraphs().stream()
					.filter((text) -> text.startsWith("전년도에 각 집단의 정기 회의에 참여한 사람 가운데 올해도 그 집단의 정기 회의에 참여한 비율(재참여율)은"))
					.toList();
				assertThat(range).as("%d", year).hasSize(1);
				assertThat(range.get(0).endsWith(" 비공개 집단은 이 범위에 넣지 않았다.")).as("%d: %s", year, range.get(0))
					.isEqualTo(withheld);
			}
		}
		assertThat(this.participation).as("the bundled 2022 has withheld retention")
			.anyMatch((row) -> row.year() == 2022 && !row.suppressed() && row.newParticipants() == null);
	}

	@Test
	void docxPrintsOnA4WithTheHeadlineFiguresInKorean(@TempDir Path pdfFolder) throws Exception {
		Path docx = output.resolve("reports/2022/" + name(2022) + ".docx");
		Optional<String> missing = Stream.of("soffice", "pdftotext", "pdfinfo", "pdffonts")
			.filter((tool) -> !onPath(tool))
			.findFirst();
		if (missing.isPresent()) {
			System.out.println("ReportDocumentsFunctionalTests: skipping the PDF check, " + missing.get()
					+ " is not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-nanum)");
			Assumptions.abort(missing.get() + " is not installed");
		}
		command(pdfFolder, "soffice", "-env:UserInstallation=" + pdfFolder.resolve("profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", pdfFolder.toString(), docx.toString());
		Path pdf = pdfFolder.resolve(name(2022) + ".pdf");
		assertThat(pdf).isRegularFile();
		String info = command(pdfFolder, "pdfinfo", pdf.toString());
		assertThat(info).containsPattern("Page size:\\s+595\\.\\d* x 841\\.\\d* pts \\(A4\\)");
		assertThat(command(pdfFolder, "pdffonts", pdf.toString())).contains("NanumGothic");
		String text = command(pdfFolder, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s+", "");
		YearSummary summary = summary(2022);
		assertThat(text).contains(("2022학년도에는" + summary.groups() + "개집단이정기회의" + summary.regularMeetings()
				+ "회와합동회의" + summary.jointMeetings() + "회,모두" + summary.meetings() + "회의네트워크회의를열었다."))
			.contains("실참여자는" + count(summary.distinctParticipants()) + "명이었다(한사람은한번만세고,합동회의에만참여한사람도포함).")
			.contains("연말설문에는" + count(summary.surveyRespondents()) + "명이응답하였다.");
		Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
		assertThat(pages.find()).isTrue();
		int count = Integer.parseInt(pages.group(1));
		assertThat(count).as("pages").isGreaterThan(1);
		for (int page = 1; page <= count; page++) {
			List<String> lines = command(pdfFolder, "pdftotext", "-f", Integer.toString(page), "-l",
					Integer.toString(page), "-enc", "UTF-8", pdf.toString(), "-").lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
			assertThat(lines.get(lines.size() - 1).replace(" ", "")).as("the foot of page %d", page).isEqualTo("-" + page + "-");
		}
	}

	@Test
	void docxTurnsOffTheExtraSpaceBetweenHangulAndDigits() throws Exception {
		Path docx = output.resolve("reports/2022/" + name(2022) + ".docx");
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
			String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			// Word's default adds space between Asian text and digits ("2022 학년도"); LibreOffice 7.4
			// does not read these settings and still adds it
			assertThat(styles).contains("<w:pPrDefault><w:pPr><w:autoSpaceDE w:val=\"false\"/><w:autoSpaceDN w:val=\"false\"/>");
		}
	}

	@Test
	void hwpxHasTheStructureOfHwpxlibsBlankFile() throws Exception {
		Path hwpx = output.resolve("reports/2022/" + name(2022) + ".hwpx");
		byte[] blank = HWPXWriter.toBytes(BlankFileMaker.make());
		List<String> blankEntries = entries(new java.io.ByteArrayInputStream(blank));
		List<String> ourEntries = entries(Files.newInputStream(hwpx));
		assertThat(ourEntries.get(0)).isEqualTo("mimetype");
		Map<String, Integer> methods = methods(Files.newInputStream(hwpx));
		assertThat(methods).as("the OCF container's media type entry is stored uncompressed")
			.containsEntry("mimetype", java.util.zip.ZipEntry.STORED);
		methods.remove("mimetype");
		assertThat(methods).as("every other entry compressed").containsOnlyKeys(ourEntries.subList(1, ourEntries.size()))
			.allSatisfy((name, method) -> assertThat(method).isEqualTo(java.util.zip.ZipEntry.DEFLATED));
		assertThat(ourEntries).containsAll(blankEntries);
		List<String> extra = new ArrayList<>(ourEntries);
		extra.removeAll(blankEntries);
		assertThat(extra).isNotEmpty().allMatch((entry) -> entry.matches("BinData/image\\d+\\.png"));
		assertThat(extra).hasSameSizeAs(ReadBack.hwpx(hwpx).pictures());
		HWPXFile ours = HWPXReader.fromFilepath(hwpx.toString());
		HWPXFile theirs = HWPXReader.fromFilepath(writeTemp(blank).toString());
		List<String> manifest = new ArrayList<>();
		ours.contentHPFFile().manifest().items().forEach((item) -> manifest.add(item.id() + " " + item.href()));
		List<String> blankManifest = new ArrayList<>();
		theirs.contentHPFFile().manifest().items().forEach((item) -> blankManifest.add(item.id() + " " + item.href()));
		assertThat(manifest).containsAll(blankManifest);
		assertThat(ours.sectionXMLFileList().count()).isEqualTo(theirs.sectionXMLFileList().count()).isEqualTo(1);
		assertThat(ours.headerXMLFile().refList().charProperties().count())
			.isGreaterThan(theirs.headerXMLFile().refList().charProperties().count());
		var page = ours.sectionXMLFileList().get(0).getPara(0).getRun(0).secPr().pagePr();
		var blankPage = theirs.sectionXMLFileList().get(0).getPara(0).getRun(0).secPr().pagePr();
		assertThat(page.width()).as("A4 as the blank file").isEqualTo(blankPage.width());
		assertThat(page.height()).isEqualTo(blankPage.height());
		assertThat(page.width() - page.margin().left() - page.margin().right()).as("16 cm of text width")
			.isEqualTo(45354);
		String section = new String(zipEntry(hwpx, "Contents/section0.xml"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(section).as("page numbers at the foot of every page, - 3 -")
			.containsPattern("<hp:pageNum pos=\"BOTTOM_CENTER\" formatType=\"DIGIT\" sideChar=\"-\"\\s*/>");
	}

	static List<String> entries(java.io.InputStream in) throws IOException {
		List<String> names = new ArrayList<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in)) {
			for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	static byte[] zipEntry(Path file, String name) throws IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			return zip.getInputStream(zip.getEntry(name)).readAllBytes();
		}
	}

	static Map<String, Integer> methods(java.io.InputStream in) throws IOException {
		Map<String, Integer> methods = new java.util.LinkedHashMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in)) {
			for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				methods.put(entry.getName(), entry.getMethod());
			}
		}
		return methods;
	}

	static Path writeTemp(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(output, "blank", ".hwpx");
		Files.write(file, bytes);
		return file;
	}

	static List<String> row(List<List<String>> table, String label) {
		return table.stream().filter((cells) -> cells.get(0).equals(label)).findFirst().orElseThrow();
	}

	static boolean onPath(String tool) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			.anyMatch((folder) -> Files.isExecutable(Path.of(folder, tool)));
	}

	static String command(Path folder, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
		return out;
	}

	/** Tables 1 to 6 as the report must print them, built from the published datasets. */
	List<List<List<String>>> expectedTables(int year) {
		YearSummary summary = summary(year);
		List<ParticipationStatistics> rows = this.participation.stream()
			.filter((row) -> row.year() == year)
			.sorted(Comparator.comparingInt((ParticipationStatistics row) -> this.definitions.groups().order(row.groupCode())))
			.toList();
		assertThat(rows.stream().mapToInt(ParticipationStatistics::meetings).sum()).isEqualTo(summary.regularMeetings());
		List<List<List<String>>> tables = new ArrayList<>();
		List<List<String>> meetings = new ArrayList<>();
		meetings.add(List.of("집단", "네트워크(개)", "회의(회)", "참여 연인원(명)"));
		boolean anyWithheld = summary.suppressed();
		for (ParticipationStatistics row : rows) {
			boolean withheld = row.suppressed() || row.distinctParticipants() < K;
			anyWithheld |= withheld;
			// a withheld group's networks and meetings are withheld in the published files too
			meetings.add(withheld ? List.of(label(row.groupCode()), WITHHELD, WITHHELD, WITHHELD)
					: List.of(label(row.groupCode()), count(row.networks()), count(row.meetings()),
							count(row.attendances())));
		}
		if (summary.jointMeetings() > 0) {
			anyWithheld |= summary.jointAttendances() < K;
			meetings.add(List.of("합동 회의", "–", count(summary.jointMeetings()),
					summary.jointAttendances() < K ? WITHHELD : count(summary.jointAttendances())));
		}
		meetings.add(List.of("합계", count(summary.networks()), count(summary.meetings()),
				anyWithheld ? WITHHELD : count(summary.attendances() + summary.jointAttendances())));
		tables.add(meetings);
		List<JointMeetingAttendance> jointRows = this.joint.stream()
			.filter((row) -> row.year() == year)
			.sorted(Comparator.comparing(JointMeetingAttendance::date))
			.toList();
		if (!jointRows.isEmpty()) {
			List<List<String>> joint = new ArrayList<>();
			joint.add(List.of("회의 일자", "참여자(명)", "참여 집단(개)"));
			jointRows.forEach((row) -> joint.add(List.of(date(row.date()),
					row.participants() < K ? WITHHELD : count(row.participants()), count(row.groups()))));
			tables.add(joint);
		}
		List<List<String>> people = new ArrayList<>();
		people.add(List.of("집단", "실참여자(명)", "신규 참여자(명)", "재참여율(%)"));
		for (ParticipationStatistics row : rows) {
			boolean withheld = row.suppressed() || row.distinctParticipants() < K;
			// computed whenever the group has a previous year: null there means withheld
			boolean yearOnYearWithheld = withheld || (hasPrevious(row) && row.newParticipants() == null);
			people.add(List.of(label(row.groupCode()), withheld ? WITHHELD : count(row.distinctParticipants()),
					yearOnYearWithheld ? WITHHELD : row.newParticipants() == null ? "–" : count(row.newParticipants()),
					yearOnYearWithheld ? WITHHELD : row.retention() == null ? "–" : round(100 * row.retention(), 1)));
		}
		people.add(List.of("전체(합동 회의에만 참여한 사람 포함, 중복 제외)", count(summary.distinctParticipants()), "–", "–"));
		tables.add(people);
		List<List<String>> scaleTable = new ArrayList<>();
		scaleTable.add(List.of("척도", "집단", "응답(n)", "평균", "95% 신뢰구간", "크론바흐 알파"));
		for (SurveyScale scale : this.definitions.survey().scales()) {
			this.scales.stream()
				.filter((row) -> row.year() == year && row.scaleCode().equals(scale.code()))
				.sorted(Comparator.comparingInt((SurveyScaleStatistics row) -> SurveyCalculator.ALL.equals(row.groupCode())
						? Integer.MAX_VALUE : this.definitions.groups().order(row.groupCode())))
				.forEach((row) -> scaleTable.add(row.suppressed() ? List.of(scale.labelKo(), label(row.groupCode()), WITHHELD,
						WITHHELD, WITHHELD, WITHHELD)
						: List.of(scale.labelKo(), label(row.groupCode()), count(row.n()), round(row.mean(), 2),
								interval(row.ciLower95(), row.ciUpper95()), alpha(row))));
		}
		tables.add(scaleTable);
		List<List<String>> itemTable = new ArrayList<>();
		itemTable.add(List.of("문항", "응답(n)", "평균", "95% 신뢰구간", "긍정(4·5점) 비율(%)"));
		for (SurveyItem item : this.definitions.survey().items()) {
			this.items.stream()
				.filter((row) -> row.year() == year && row.itemCode().equals(item.code())
						&& SurveyCalculator.ALL.equals(row.groupCode()))
				.forEach((row) -> itemTable.add(List.of(item.labelKo(), count(row.n()), round(row.mean(), 2),
						interval(row.ciLower95(), row.ciUpper95()), round(100 * row.topTwoBox(), 1))));
		}
		tables.add(itemTable);
		List<List<String>> quality = new ArrayList<>();
		quality.add(List.of("파일", "읽은 행", "채택", "제외", "제외 사유(건)"));
		List<FileSummary> yearFiles = this.files.stream().filter((file) -> file.year() == year).toList();
		for (FileSummary file : yearFiles) {
			List<String> reasons = new ArrayList<>();
			file.rejectedByReason().forEach((reason, n) -> reasons.add(reason + " " + count(n)));
			quality.add(List.of(file.file(), count(file.rowsRead()), count(file.accepted()), count(file.rejected()),
					reasons.isEmpty() ? "–" : String.join(", ", reasons)));
		}
		quality.add(List.of("합계", count(yearFiles.stream().mapToLong(FileSummary::rowsRead).sum()),
				count(yearFiles.stream().mapToLong(FileSummary::accepted).sum()),
				count(yearFiles.stream().mapToLong(FileSummary::rejected).sum()), "–"));
		tables.add(quality);
		return tables;
	}

	/**
	 * Every figure of the year as the report formats it, the year itself, the run date, and the
	 * constants of the templates (1 to 5 points, 95% CI, 0.05 level, p &lt; 0.001).
	 */
	Set<String> allowedNumbers(int year) {
		Set<String> allowed = new HashSet<>(List.of(Integer.toString(year), "1", "5", "95", "0.05", "0.001"));
		YearSummary summary = summary(year);
		Stream.of(summary.groups(), summary.networks(), summary.regularMeetings(), summary.jointMeetings(),
				summary.meetings(), summary.distinctParticipants(), summary.surveyRespondents())
			.filter(java.util.Objects::nonNull)
			.forEach((n) -> allowed.add(count(n.longValue())));
		this.joint.stream().filter((row) -> row.year() == year).forEach((row) -> {
			allowed.add(count(row.participants()));
			allowed.addAll(List.of(date(row.date()).split("\\.\\s*")));
		});
		this.participation.stream()
			.filter((row) -> row.year() == year && row.retention() != null)
			.forEach((row) -> allowed.add(round(100 * row.retention(), 1)));
		this.scales.stream().filter((row) -> row.year() == year && row.mean() != null).forEach((row) -> {
			allowed.addAll(List.of(round(row.mean(), 2), count(row.n())));
			if (row.ciLower95() != null) {
				allowed.addAll(List.of(round(row.ciLower95(), 2), round(row.ciUpper95(), 2)));
			}
		});
		this.comparisons.stream().filter((row) -> row.year() == year && row.welchF() != null).forEach((row) -> {
			allowed.addAll(List.of(count(Math.round(row.welchDf1())), round(row.welchDf2(), 2), round(row.welchF(), 2),
					round(row.welchPValue(), 3)));
		});
		List<FileSummary> yearFiles = this.files.stream().filter((file) -> file.year() == year).toList();
		long read = yearFiles.stream().mapToLong(FileSummary::rowsRead).sum();
		long rejected = yearFiles.stream().mapToLong(FileSummary::rejected).sum();
		allowed.addAll(List.of(count(yearFiles.size()), count(read), count(rejected), round(100.0 * rejected / read, 1)));
		return allowed;
	}

	/** The generated sentences: paragraphs that are not the title block, a caption or a note. */
	static List<String> sentences(ReadBack document) {
		return document.paragraphs()
			.stream()
			.skip(5)
			.filter((text) -> !text.startsWith("<표") && !text.startsWith("[그림") && !text.startsWith("자료:")
					&& !text.startsWith("비공개:") && !text.startsWith("◀ ▶:") && !text.startsWith("신뢰도 ")
					&& !text.matches("^\\d+\\. .*|^[가-하]\\. .*"))
			.toList();
	}

	List<ReadBack> documents(int year) throws Exception {
		Path folder = output.resolve("reports").resolve(Integer.toString(year));
		return List.of(ReadBack.docx(folder.resolve(name(year) + ".docx")),
				ReadBack.hwpx(folder.resolve(name(year) + ".hwpx")));
	}

	String name(int year) {
		return ReportFiles.name(this.definitions.identity(), year, Locale.KOREAN);
	}

	YearSummary summary(int year) {
		return this.summaries.stream().filter((row) -> row.year() == year).findFirst().orElseThrow();
	}

	/** A 95% interval as the report shows it: cut at 1 and 5, a cut end marked ◀ or ▶. */
	static String interval(double lower, double upper) {
		return (lower < 1 ? "◀" : "") + round(Math.max(1, lower), 2) + "~" + round(Math.min(5, upper), 2)
				+ (upper > 5 ? "▶" : "");
	}

	/** Cronbach's alpha as the report shows it: withheld, "–", or the value, warned of below 0. */
	static String alpha(SurveyScaleStatistics row) {
		if (row.cronbachAlpha() == null) {
			return (row.alphaN() == null) ? WITHHELD : (row.items() < 2) ? "–" : "– (계산 불가)";
		}
		return round(row.cronbachAlpha(), 2) + ((row.cronbachAlpha() < 0) ? " (신뢰도 낮음)"
				: (row.cronbachAlpha() < 0.6) ? " (신뢰도 주의)" : "");
	}

	boolean hasPrevious(ParticipationStatistics row) {
		return this.participation.stream()
			.anyMatch((other) -> other.year() == row.year() - 1 && other.groupCode().equals(row.groupCode()));
	}

	String label(String code) {
		return SurveyCalculator.ALL.equals(code) ? "전체" : this.definitions.groups().get(code).labelKo();
	}

	static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	static String round(double value, int decimals) {
		return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	static String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("yyyy. M. d.", Locale.KOREAN));
	}

	static <T extends Record> List<T> published(Class<T> type) {
		try (Stream<T> rows = DatasetReader.read(DatasetCatalog.of(type), output.toUri())) {
			return rows.toList();
		}
	}

}
