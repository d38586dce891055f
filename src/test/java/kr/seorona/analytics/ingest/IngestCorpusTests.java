package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static kr.seorona.analytics.ingest.IngestFixtures.PARSERS;
import static kr.seorona.analytics.ingest.IngestFixtures.PSEUDONYMS;
import static kr.seorona.analytics.ingest.IngestFixtures.RESOURCES;
import static kr.seorona.analytics.ingest.IngestFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The corpus of awkward and bad input files under {@code src/test/resources/ingest/corpus}, one
 * file per kind of problem, each with its exact outcome: the accepted records, the rejects as
 * {@code line|column|value|reason}, or the error message.
 */
class IngestCorpusTests {

	static final Path CORPUS = RESOURCES.resolve("corpus");

	static final Map<String, String> NETWORKS = Map.of("NET-1", "PRINCIPAL", "NET-2", "PARENT");

	static InputFile corpus(String name, RecordKind kind) {
		return IngestFixtures.file(CORPUS.resolve(name), 2022, kind);
	}

	static List<ParsedRow<SessionRecord>> sessions(String name) {
		return readAll(PARSERS.sessions(corpus(name, RecordKind.SESSIONS), NETWORKS));
	}

	static List<ParsedRow<NetworkRecord>> networks(String name) {
		return readAll(PARSERS.networks(corpus(name, RecordKind.NETWORKS)));
	}

	static List<ParsedRow<SurveyRecord>> survey(String name) {
		return readAll(PARSERS.survey(corpus(name, RecordKind.SURVEY)));
	}

	static <T> List<T> accepted(List<ParsedRow<T>> rows) {
		return rows.stream().map(ParsedRow::record).filter(Objects::nonNull).toList();
	}

	/** Every reject of the rows as {@code line|column|value|reason}. */
	static List<String> rejects(List<? extends ParsedRow<?>> rows) {
		return rows.stream()
			.flatMap((row) -> row.rejects().stream())
			.map((r) -> r.line() + "|" + r.column() + "|" + r.rawValue() + "|" + r.reason())
			.toList();
	}

	static SessionRecord session(String id, String network, String group, LocalDate date, MeetingType type,
			MeetingMode mode, int duration, int headcount, String topic) {
		return new SessionRecord(2022, id, network, group, date, type, mode, duration, headcount, topic);
	}

	static SessionRecord regular(String id, String network, LocalDate date, MeetingMode mode, int duration,
			int headcount, String topic) {
		return session(id, network, NETWORKS.get(network), date, MeetingType.REGULAR, mode, duration, headcount, topic);
	}

	static final LocalDate APRIL_29 = LocalDate.of(2022, 4, 29);

	static final LocalDate MAY_13 = LocalDate.of(2022, 5, 13);

	@Test
	void corpusHasAtLeastFortyFiles() throws IOException {
		try (Stream<Path> files = Files.list(CORPUS)) {
			assertThat(files.count()).isGreaterThanOrEqualTo(40);
		}
	}

	@Nested
	class Encodings {

		@Test
		void cp949WithKoreanHeadersIsDetected() {
			assertThat(accepted(sessions("enc-cp949-korean-headers.csv"))).containsExactly(
					regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "학교 자치와 교육과정 협의"),
					regular("S-02", "NET-2", MAY_13, MeetingMode.ONLINE, 60, 20, "학부모 참여 방안 논의"));
		}

		@Test
		void utf16WithBomTabSeparatedCrlfIsExcelUnicodeText() {
			List<ParsedRow<SessionRecord>> rows = sessions("enc-utf16le-bom-tab.txt");
			assertThat(accepted(rows))
				.containsExactly(regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "학교 자치, 교육과정"));
			assertThat(rows.get(0).line()).isEqualTo(2);
		}

		@Test
		void utf8WithBomHeaderIsMatched() {
			assertThat(accepted(sessions("enc-utf8-bom-korean.csv")))
				.containsExactly(regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "학교 자치"));
		}

		@Test
		void invalidByteMidFileIsAnErrorNamingFileAndLine() {
			InputFile file = corpus("enc-invalid-utf8-line4.csv", RecordKind.SESSIONS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessage("Input file 2022/enc-invalid-utf8-line4.csv line 4 is not valid UTF-8 (encoding byte-order mark);"
						+ " save the file as UTF-8 or set its encoding for this run explicitly");
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> sessions("enc-invalid-utf8-line4.csv"))
				.withMessageStartingWith("Input file 2022/enc-invalid-utf8-line4.csv line 4 is not valid UTF-8");
		}

		@Test
		void unsupportedDetectedEncodingIsAnErrorNotAGuess() {
			InputFile file = corpus("enc-latin1-unsupported.csv", RecordKind.NETWORKS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessageStartingWith("Input file 2022/enc-latin1-unsupported.csv looks like encoding ")
				.withMessageContaining("not one of the supported encodings");
		}

		@Test
		void oldExcelWorkbookNamedCsvIsAnError() {
			InputFile file = corpus("enc-old-excel-xls-renamed.csv", RecordKind.NETWORKS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessage("Input file 2022/enc-old-excel-xls-renamed.csv is an old Excel 97-2003 workbook (.xls);"
						+ " save it as .xlsx or CSV");
		}

		@Test
		void explicitEncodingOverridesDetection() {
			RecordParsers latin1 = new RecordParsers(IngestFixtures.DEFINITIONS, IngestFixtures.ALIASES, PSEUDONYMS,
					StandardCharsets.ISO_8859_1);
			List<ParsedRow<NetworkRecord>> rows = readAll(latin1.networks(corpus("enc-latin1-unsupported.csv",
					RecordKind.NETWORKS)));
			assertThat(accepted(rows)).extracting(NetworkRecord::networkName)
				.containsExactly("Müller Gruppe für Schüler und Lehrkräfte - Übersicht",
						"Équipe des élèves à côté du café crème");
		}

		@Test
		void euckrOverrideReadsCp949ExtendedSyllables() {
			RecordParsers euckr = new RecordParsers(IngestFixtures.DEFINITIONS, IngestFixtures.ALIASES, PSEUDONYMS,
					Charset.forName("EUC-KR"));
			InputFile file = corpus("enc-cp949-only-syllables.csv", RecordKind.NETWORKS);
			// too little text for the detector to be sure: an error asking for the encoding, not a guess
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessageStartingWith("Input file 2022/enc-cp949-only-syllables.csv looks like encoding ");
			euckr.validateHeaders(List.of(file));
			assertThat(accepted(readAll(euckr.networks(file)))).extracting(NetworkRecord::networkName)
				.containsExactly("똠방각하 쌰갈 네트워크 (CP949 확장 완성형)");
		}

		@Test
		void wrongExplicitEncodingIsAnErrorNamingTheLine() {
			RecordParsers utf8 = new RecordParsers(IngestFixtures.DEFINITIONS, IngestFixtures.ALIASES, PSEUDONYMS,
					StandardCharsets.UTF_8);
			InputFile file = corpus("enc-cp949-korean-headers.csv", RecordKind.SESSIONS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> utf8.validateHeaders(List.of(file)))
				.withMessage("Input file 2022/enc-cp949-korean-headers.csv line 1 is not valid UTF-8 (encoding set for this run);"
						+ " save the file as UTF-8 or set its encoding for this run explicitly");
		}

		@Test
		void cp949AndUtf8BomFilesWrittenByTheTest(@TempDir Path dir) throws IOException {
			String text = "네트워크ID,네트워크명,구분,회원수\r\nNET-1,강남 교장 네트워크,교장,12\r\nNET-2,서초 학부모 네트워크,학부모,30\r\n";
			Path cp949 = dir.resolve("networks.csv");
			Files.write(cp949, text.getBytes(Charset.forName("x-windows-949")));
			Path bom = dir.resolve("networks-bom.csv");
			Files.write(bom, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text.getBytes(StandardCharsets.UTF_8)));
			List<NetworkRecord> expected = List.of(new NetworkRecord(2022, "NET-1", "강남 교장 네트워크", "PRINCIPAL", 12),
					new NetworkRecord(2022, "NET-2", "서초 학부모 네트워크", "PARENT", 30));
			for (Path path : List.of(cp949, bom)) {
				InputFile file = IngestFixtures.file(path, 2022, RecordKind.NETWORKS);
				PARSERS.validateHeaders(List.of(file));
				assertThat(accepted(readAll(PARSERS.networks(file)))).isEqualTo(expected);
			}
		}

		private static byte[] concat(byte[] a, byte[] b) {
			byte[] out = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, out, a.length, b.length);
			return out;
		}

	}

	@Nested
	class CsvSyntax {

		@Test
		void crlfLineEnds() {
			assertThat(accepted(sessions("csv-crlf.csv"))).containsExactly(
					regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "a"),
					regular("S-02", "NET-2", MAY_13, MeetingMode.ONLINE, 60, 20, "b"));
		}

		@Test
		void semicolonDelimiter() {
			assertThat(accepted(sessions("csv-semicolon.csv")))
				.containsExactly(regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "a, b"));
		}

		@Test
		void tabDelimiter() {
			assertThat(accepted(sessions("csv-tab.tsv")))
				.containsExactly(regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "a; b, c"));
		}

		@Test
		void quotedFieldsWithDelimitersAndEscapedQuotes() {
			assertThat(accepted(sessions("csv-quoted-delimiters-and-quotes.csv"))).containsExactly(
					regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "회의, \"중요\" 안건"),
					regular("S-02", "NET-2", MAY_13, MeetingMode.ONLINE, 60, 20, null));
		}

		@Test
		void altEnterLineBreaksInsideQuotesKeepLineNumbers() {
			List<ParsedRow<SurveyRecord>> rows = survey("csv-alt-enter-line-breaks.csv");
			assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 5L);
			assertThat(accepted(rows)).extracting(SurveyRecord::comment).containsExactly("첫 줄\n둘째 줄\n셋째 줄", "한 줄");
		}

		@Test
		void strayQuoteRejectsTheRowOnly() {
			List<ParsedRow<SessionRecord>> rows = sessions("csv-stray-quote.csv");
			assertThat(rejects(rows)).containsExactly("2|null|null|MALFORMED_QUOTES");
			assertThat(accepted(rows)).extracting(SessionRecord::sessionId).containsExactly("S-02");
		}

		@Test
		void unclosedQuoteRejectsItsLineAndReadingResumesOnTheNext() {
			List<ParsedRow<SessionRecord>> rows = sessions("csv-unclosed-quote.csv");
			assertThat(rejects(rows)).containsExactly("2|null|null|MALFORMED_QUOTES");
			assertThat(rows.get(0).rejects().get(0).message())
				.isEqualTo("2022/csv-unclosed-quote.csv line 2: a quoted field is never closed (MALFORMED_QUOTES)");
			assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 3L, 4L);
			assertThat(accepted(rows)).extracting(SessionRecord::sessionId).containsExactly("S-02", "S-03");
		}

		@Test
		void textAfterClosingQuoteIsMalformed() {
			List<ParsedRow<SessionRecord>> rows = sessions("csv-text-after-closing-quote.csv");
			assertThat(rejects(rows)).containsExactly("2|null|null|MALFORMED_QUOTES");
			assertThat(accepted(rows)).extracting(SessionRecord::sessionId).containsExactly("S-02");
		}

		@Test
		void unquotedThousandsSeparatorShiftsCellsAndIsRejected() {
			List<ParsedRow<NetworkRecord>> rows = networks("csv-unquoted-thousands-extra-fields.csv");
			assertThat(rejects(rows)).containsExactly("2|null|null|EXTRA_FIELDS");
			assertThat(accepted(rows)).containsExactly(new NetworkRecord(2022, "NET-2", "학부모 네트워크", "PARENT", 1200));
		}

		@Test
		void blankRowsAndTrailingDelimitersAreSkipped() {
			List<ParsedRow<NetworkRecord>> rows = networks("csv-blank-rows-trailing-delimiters.csv");
			assertThat(rows).extracting(ParsedRow::line).containsExactly(3L, 6L);
			assertThat(rejects(rows)).isEmpty();
			assertThat(accepted(rows)).extracting(NetworkRecord::networkId).containsExactly("NET-1", "NET-2");
		}

	}

	@Nested
	class Headers {

		@Test
		void titleAndBlankRowsAboveTheHeaderAreSkipped() {
			List<ParsedRow<NetworkRecord>> rows = networks("hdr-title-rows-above-header.csv");
			assertThat(rows).extracting(ParsedRow::line).containsExactly(4L);
			assertThat(accepted(rows)).containsExactly(new NetworkRecord(2022, "NET-1", "교사 네트워크", "TEACHER", 12));
		}

		@Test
		void koreanHeadersInAnyOrder() {
			assertThat(accepted(sessions("hdr-korean-any-order.csv")))
				.containsExactly(regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "학교 자치"));
		}

		@Test
		void fullWidthCharactersAndSpacesInHeaders() {
			assertThat(accepted(sessions("hdr-fullwidth-and-spaces.csv")))
				.containsExactly(regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, "a"));
		}

		@Test
		void unknownColumnsAreReportedAndKeptOut() {
			InputFile file = corpus("hdr-unknown-extra-column.csv", RecordKind.NETWORKS);
			assertThat(PARSERS.unknownColumns(file)).containsExactly("비고", "담당자 연락처");
			try (RecordFileReader<NetworkRecord> reader = PARSERS.networks(file)) {
				assertThat(reader.unknownColumns()).containsExactly("비고", "담당자 연락처");
				assertThat(reader.next().record()).isEqualTo(new NetworkRecord(2022, "NET-1", "교사 네트워크", "TEACHER", 12));
				assertThat(reader.hasNext()).isFalse();
			}
		}

		@Test
		void missingRequiredColumnNamesFileAndColumn() {
			InputFile file = corpus("hdr-missing-required-column.csv", RecordKind.SESSIONS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessage("Input file 2022/hdr-missing-required-column.csv has no column headcount (header on line 1:"
						+ " [회의ID, 네트워크ID, 일자, 유형, 운영방식, 시간(분), 주제]); add the column or an alias for it in jobs/aliases.yml");
		}

		@Test
		void emptyFileIsAnError() {
			InputFile file = corpus("hdr-empty.csv", RecordKind.NETWORKS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessage("Input file 2022/hdr-empty.csv is empty (no header row)");
		}

		@Test
		void headerWithoutDataRowsIsAnError() {
			InputFile file = corpus("hdr-header-only.csv", RecordKind.NETWORKS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessage("Input file 2022/hdr-header-only.csv is empty: it has a header (line 1) but no data rows;"
						+ " if that is right, run with allowEmpty=networks");
		}

		@Test
		void twoColumnsWithOneMeaningIsAnError() {
			InputFile file = corpus("hdr-duplicate-meaning.csv", RecordKind.SESSIONS);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessage("Input file 2022/hdr-duplicate-meaning.csv line 1: columns '일자' and '회의일자' both mean date; keep one");
		}

		@Test
		void missingSurveyItemColumnIsAnError() {
			InputFile file = corpus("svy-missing-item-column.csv", RecordKind.SURVEY);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PARSERS.validateHeaders(List.of(file)))
				.withMessageStartingWith("Input file 2022/svy-missing-item-column.csv has no column q6 (header on line 1:");
		}

	}

	@Nested
	class CodedValues {

		@Test
		void groupVariantsInKoreanAndEnglish() {
			assertThat(accepted(networks("val-group-variants.csv"))).extracting(NetworkRecord::groupCode)
				.containsExactly("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "ADMIN_DIRECTOR", "EDU_STAFF", "PARENT", "PARENT",
						"TEACHER");
		}

		@Test
		void groupCodesAndLabelsOfGroupsYmlNeedNoAlias() {
			AliasTable noAliases = AliasTable.of("empty", Map.of("headers", Map.of(), "values", Map.of()));
			RecordParsers parsers = new RecordParsers(IngestFixtures.DEFINITIONS, noAliases, PSEUDONYMS, null);
			List<ParsedRow<NetworkRecord>> rows = readAll(
					parsers.networks(corpus("val-group-catalog-labels.csv", RecordKind.NETWORKS)));
			assertThat(accepted(rows)).extracting(NetworkRecord::groupCode)
				.containsExactly("PRINCIPAL", "EDU_STAFF", "EDU_STAFF");
		}

		@Test
		void unknownGroupIsARejectWithItsValue() {
			List<ParsedRow<NetworkRecord>> rows = networks("val-unknown-group.csv");
			assertThat(rejects(rows)).containsExactly("3|group|장학사|UNKNOWN_GROUP", "4|group||MISSING_VALUE",
					"5|group|JOINT|UNKNOWN_GROUP");
			assertThat(rows.get(1).rejects().get(0).message()).isEqualTo("2022/val-unknown-group.csv line 3, column 'group',"
					+ " value '장학사': not a known group (교장, 교감, 교사, 행정실장, 교육공무직, 학부모 or an alias in jobs/aliases.yml)"
					+ " (UNKNOWN_GROUP)");
			assertThat(accepted(rows)).extracting(NetworkRecord::networkId).containsExactly("N1");
		}

		@Test
		void meetingTypeAndModeAliases() {
			assertThat(accepted(sessions("val-type-mode-aliases.csv"))).containsExactly(
					regular("S-01", "NET-1", APRIL_29, MeetingMode.OFFLINE, 90, 12, null),
					regular("S-02", "NET-2", MAY_13, MeetingMode.ONLINE, 60, 20, null),
					regular("S-03", "NET-1", LocalDate.of(2022, 5, 20), MeetingMode.ONLINE, 60, 20, null),
					session("S-04", null, GroupCatalog.JOINT, LocalDate.of(2022, 6, 3), MeetingType.JOINT,
							MeetingMode.HYBRID, 120, 40, null));
		}

		@Test
		void unknownTypeAndMode() {
			List<ParsedRow<SessionRecord>> rows = sessions("val-unknown-type-mode.csv");
			assertThat(rejects(rows)).containsExactly("2|type|특별|UNKNOWN_TYPE", "3|mode|전화|UNKNOWN_MODE");
			assertThat(accepted(rows)).isEmpty();
		}

	}

	@Nested
	class Dates {

		@Test
		void everyAcceptedFormIsApril29() {
			List<ParsedRow<SessionRecord>> rows = sessions("date-accepted-forms.csv");
			assertThat(rejects(rows)).isEmpty();
			assertThat(accepted(rows)).hasSize(12).extracting(SessionRecord::date).containsOnly(APRIL_29);
		}

		@Test
		void impossibleDatesAreRejected() {
			List<ParsedRow<SessionRecord>> rows = sessions("date-impossible.csv");
			assertThat(rejects(rows)).containsExactly("2|date|2022-02-30|INVALID_DATE", "3|date|60|INVALID_DATE",
					"4|date|2022-13-01|INVALID_DATE", "5|date|2022. 4. 29. 오후 13:00|INVALID_DATE");
			assertThat(rows.get(1).rejects().get(0).message()).isEqualTo("2022/date-impossible.csv line 3, column 'date',"
					+ " value '60': Excel serial 60 is 1900-02-29, a day that does not exist (INVALID_DATE)");
		}

		@Test
		void ambiguousDayMonthOrderIsRejected() {
			List<ParsedRow<SessionRecord>> rows = sessions("date-ambiguous.csv");
			assertThat(rejects(rows)).containsExactly("2|date|04/05/2022|AMBIGUOUS_DATE");
			assertThat(accepted(rows)).extracting(SessionRecord::date).containsExactly(APRIL_29);
		}

		@Test
		void datesOutsideTheSchoolYearAreRejected() {
			List<ParsedRow<SessionRecord>> rows = sessions("date-outside-year.csv");
			assertThat(rejects(rows)).containsExactly("2|date|2021-05-01|DATE_OUTSIDE_YEAR",
					"4|date|2023-03-01|DATE_OUTSIDE_YEAR");
			assertThat(accepted(rows)).extracting(SessionRecord::date).containsExactly(LocalDate.of(2023, 2, 28));
		}

		@Test
		void textAndBlankDates() {
			assertThat(rejects(sessions("date-not-a-date.csv"))).containsExactly("2|date|미정|INVALID_DATE",
					"3|date||MISSING_VALUE");
		}

	}

	@Nested
	class Numbers {

		@Test
		void thousandsSeparatorsFullWidthDigitsSpacesAndUnits() {
			assertThat(accepted(networks("num-thousands-fullwidth-spaces.csv"))).extracting(NetworkRecord::memberCount)
				.containsExactly(1200, 12, 15, 30, 7);
		}

		@Test
		void negativeFractionalTextAndZeroAreRejected() {
			List<ParsedRow<SessionRecord>> rows = sessions("num-negative-fraction-text.csv");
			assertThat(rejects(rows)).containsExactly("2|headcount|-3|NEGATIVE_NUMBER", "3|headcount|2.5|NOT_AN_INTEGER",
					"4|duration_minutes|약 90|NOT_A_NUMBER", "5|duration_minutes|0|OUT_OF_RANGE",
					"6|headcount|1,2|NOT_A_NUMBER");
			assertThat(accepted(rows)).isEmpty();
		}

	}

	@Nested
	class Survey {

		@Test
		void likertLabels() {
			assertThat(accepted(survey("svy-likert-labels.csv"))).extracting(SurveyRecord::answers)
				.containsExactly(List.of(1, 2, 3, 4, 5, 5));
		}

		@Test
		void missingCodesAreMissingNotValues() {
			List<ParsedRow<SurveyRecord>> rows = survey("svy-missing-codes.csv");
			assertThat(rejects(rows)).isEmpty();
			assertThat(accepted(rows)).extracting(SurveyRecord::answers)
				.containsExactly(Arrays.asList(null, null, null, null, null, 4));
		}

		@Test
		void outOfRangeCellsAreRejectedAndTheRespondentKept() {
			List<ParsedRow<SurveyRecord>> rows = survey("svy-out-of-range-cells.csv");
			assertThat(rejects(rows)).containsExactly("2|q1|6|OUT_OF_RANGE", "2|q2|0|OUT_OF_RANGE",
					"2|q3|3.5|NOT_AN_INTEGER", "2|q4|좋음|INVALID_ANSWER", "2|q6|-1|OUT_OF_RANGE");
			assertThat(accepted(rows)).extracting(SurveyRecord::answers)
				.containsExactly(Arrays.asList(null, null, null, null, 5, null));
		}

		/**
		 * A blank weight keeps the respondent and its answers, without a weight, and is reported (a cell
		 * reject, which does not count as a rejected row); a weight that is not a positive number
		 * rejects the row.
		 */
		@Test
		void weights() {
			List<ParsedRow<SurveyRecord>> rows = survey("svy-weight.csv");
			assertThat(rejects(rows)).containsExactly("3|weight|0|INVALID_WEIGHT", "4|weight||MISSING_VALUE",
					"5|weight|많음|NOT_A_NUMBER");
			assertThat(accepted(rows)).extracting(SurveyRecord::weight).containsExactly(1.25, null);
			assertThat(accepted(rows).get(1).answers()).containsExactly(3, 3, 3, 3, 3, 3);
			assertThat(rows.stream().filter((row) -> row.record() == null)).hasSize(2);
		}

		@Test
		void commentsAreRedacted() {
			assertThat(accepted(survey("svy-comment-redaction.csv"))).extracting(SurveyRecord::comment)
				.containsExactly("[삭제] 선생님께 감사드립니다. 문의: [삭제], [삭제]", "[삭제]님 연락처 [삭제] 또는 [삭제]");
		}

		@Test
		void itemLabelsAndNumberedHeaders() {
			assertThat(accepted(survey("svy-item-labels-as-headers.csv"))).containsExactly(new SurveyRecord(2022,
					PSEUDONYMS.pseudonym("respondent", "R1"), "VICE_PRINCIPAL",
					PSEUDONYMS.pseudonym("school", "SCH-9"), List.of(1, 2, 3, 4, 5, 1), null, "없음"));
		}

	}

	@Nested
	class Attendance {

		@Test
		void namesArePseudonymisedAndNeverCopiedIntoRejects() {
			List<ParsedRow<AttendanceRecord>> rows = readAll(
					PARSERS.attendance(corpus("att-participant-names.csv", RecordKind.ATTENDANCE), Set.of("S-01")));
			assertThat(accepted(rows)).containsExactly(
					new AttendanceRecord(2022, "S-01", PSEUDONYMS.pseudonym("participant", "홍길동"), "TEACHER",
							PSEUDONYMS.pseudonym("school", "SCH-1")));
			assertThat(rejects(rows)).containsExactly("3|성명|(withheld)|MISSING_VALUE");
			assertThat(rows.toString()).doesNotContain("홍길동");
		}

		@Test
		void absentParticipantsAreSkippedAndOtherYesNoValuesRejected() {
			List<ParsedRow<AttendanceRecord>> rows = readAll(
					PARSERS.attendance(corpus("att-attended-yes-no.csv", RecordKind.ATTENDANCE), Set.of("S-01")));
			assertThat(accepted(rows)).extracting(AttendanceRecord::participantKey)
				.containsExactly(PSEUDONYMS.pseudonym("participant", "T1"), PSEUDONYMS.pseudonym("participant", "T3"),
						PSEUDONYMS.pseudonym("participant", "T5"), PSEUDONYMS.pseudonym("participant", "T7"));
			assertThat(rejects(rows)).containsExactly("9|참석여부|몰라|INVALID_YES_NO");
			assertThat(rows).extracting(ParsedRow::line).containsExactly(2L, 4L, 6L, 8L, 9L);
		}

		@Test
		void unknownSession() {
			List<ParsedRow<AttendanceRecord>> rows = readAll(
					PARSERS.attendance(corpus("att-unknown-session.csv", RecordKind.ATTENDANCE), Set.of("S-01")));
			assertThat(rejects(rows)).containsExactly("3|session_id|S-99|UNKNOWN_SESSION");
		}

		@Test
		void duplicateAttendanceIsCountedOnce() {
			List<ParsedRow<AttendanceRecord>> rows = readAll(
					PARSERS.attendance(corpus("att-duplicates.csv", RecordKind.ATTENDANCE), Set.of("S-01")));
			DuplicateFilter duplicates = new DuplicateFilter();
			IngestSummary summary = new IngestSummary();
			rows.stream().map(duplicates::apply).forEach(summary::add);
			assertThat(summary.files()).containsExactly(new FileSummary("2022/att-duplicates.csv", RecordKind.ATTENDANCE, 2022,
					3, 2, 1, new TreeMap<>(Map.of("DUPLICATE_ATTENDANCE", 1L))));
		}

	}

	@Nested
	class Sessions {

		@Test
		void networkReferences() {
			List<ParsedRow<SessionRecord>> rows = sessions("ses-network-references.csv");
			assertThat(rejects(rows)).containsExactly("2|network_id|NET-404|UNKNOWN_NETWORK", "3|network_id||MISSING_VALUE",
					"5|session_id||MISSING_VALUE");
			assertThat(accepted(rows)).containsExactly(session("S-03", null, GroupCatalog.JOINT, APRIL_29, MeetingType.JOINT,
					MeetingMode.OFFLINE, 90, 12, null));
		}

		@Test
		void sameSessionInTwoFilesIsCountedOnceAndReported() {
			DuplicateFilter duplicates = new DuplicateFilter();
			IngestSummary summary = new IngestSummary();
			List<Reject> rejects = new ArrayList<>();
			for (String name : List.of("ses-duplicates-a.csv", "ses-duplicates-b.csv")) {
				for (ParsedRow<SessionRecord> row : sessions(name)) {
					ParsedRow<SessionRecord> counted = duplicates.apply(row);
					summary.add(counted);
					rejects.addAll(counted.rejects());
				}
			}
			assertThat(rejects).extracting(Reject::message).containsExactly("2022/ses-duplicates-b.csv line 2, value 'S-02':"
					+ " session S-02 was already read at 2022/ses-duplicates-a.csv line 3; counted once (DUPLICATE_SESSION)");
			assertThat(summary.rowsRead()).isEqualTo(4);
			assertThat(summary.rejectedRows()).isEqualTo(1);
		}

		@Test
		void reusedSessionIdIsReportedAsSuch() {
			DuplicateFilter duplicates = new DuplicateFilter();
			sessions("ses-duplicates-a.csv").forEach(duplicates::check);
			ParsedRow<SessionRecord> row = duplicates.apply(sessions("ses-duplicates-reused-id.csv").get(0));
			assertThat(row.accepted()).isFalse();
			assertThat(row.rejects()).extracting(Reject::message).containsExactly("2022/ses-duplicates-reused-id.csv line 2,"
					+ " value 'S-02': session id S-02 was already used at 2022/ses-duplicates-a.csv line 3 for another meeting"
					+ " (2022-05-06, NET-1); session ids must be unique across years (DUPLICATE_SESSION)");
		}

		@Test
		void networkListedTwiceInAYear() {
			DuplicateFilter duplicates = new DuplicateFilter();
			List<ParsedRow<NetworkRecord>> rows = networks("net-duplicates.csv").stream().map(duplicates::apply).toList();
			assertThat(accepted(rows)).extracting(NetworkRecord::networkName).containsExactly("a");
			assertThat(rejects(rows)).containsExactly("3|null|NET-1|DUPLICATE_NETWORK");
		}

		@Test
		void personalDataInTopicsIsRedacted() {
			assertThat(accepted(sessions("ses-personal-data-in-topic.csv"))).extracting(SessionRecord::topic)
				.containsExactly("[삭제] 교장 특강 (문의 [삭제])");
		}

	}

}
