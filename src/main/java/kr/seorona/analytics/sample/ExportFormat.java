package kr.seorona.analytics.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.LineDelimiter;
import kr.seorona.analytics.ingest.MeetingMode;
import kr.seorona.analytics.ingest.MeetingType;
import kr.seorona.analytics.ingest.RecordKind;

/**
 * How one export style spells the records: encoding, line ends, headers, group labels, meeting
 * types and modes, dates. The records themselves do not depend on the style.
 */
enum ExportFormat {

	/** The input contract: UTF-8 without BOM, LF, English headers, canonical codes, ISO dates. */
	CANONICAL(StandardCharsets.UTF_8, LineDelimiter.LF) {

		@Override
		List<String> header(RecordKind kind) {
			return switch (kind) {
				case NETWORKS -> List.of("network_id", "network_name", "group", "member_count");
				case SESSIONS -> List.of("session_id", "network_id", "date", "type", "mode", "duration_minutes",
						"headcount", "topic");
				case ATTENDANCE -> List.of("session_id", "participant_id", "group", "school_id");
				case SURVEY -> List.of("respondent_id", "group", "school_id", "q1", "q2", "q3", "q4", "q5", "q6",
						"comment");
			};
		}

		@Override
		String group(SampleGroup group) {
			return group.name();
		}

		@Override
		String type(MeetingType type) {
			return type.name().toLowerCase(Locale.ROOT);
		}

		@Override
		String mode(MeetingMode mode) {
			return mode.name().toLowerCase(Locale.ROOT);
		}

		@Override
		String date(LocalDate date) {
			return date.toString();
		}

		@Override
		String unknownGroup() {
			return "OTHER";
		}

		@Override
		String impossibleDate(int year) {
			return year + "-02-30";
		}

		@Override
		String unknownType() {
			return "workshop";
		}

	},

	/** A Korean Excel "save as CSV": MS949, CRLF, Korean headers and labels, {@code 2022. 4. 29.} dates. */
	KOREAN_EXCEL(Charset.forName("MS949"), LineDelimiter.CRLF) {

		@Override
		List<String> header(RecordKind kind) {
			return switch (kind) {
				case NETWORKS -> List.of("네트워크ID", "네트워크명", "구분", "회원수");
				case SESSIONS -> List.of("회의ID", "네트워크ID", "회의일자", "유형", "운영방식", "시간(분)", "참석인원", "주제");
				case ATTENDANCE -> List.of("회의ID", "참여자ID", "구분", "학교ID");
				case SURVEY -> List.of("응답자ID", "구분", "학교ID", "문항1", "문항2", "문항3", "문항4", "문항5", "문항6", "의견");
			};
		}

		@Override
		String group(SampleGroup group) {
			return group.labelKo();
		}

		@Override
		String type(MeetingType type) {
			return (type == MeetingType.JOINT) ? "합동" : "정기";
		}

		@Override
		String mode(MeetingMode mode) {
			return switch (mode) {
				case OFFLINE -> "대면";
				case ONLINE -> "비대면";
				case HYBRID -> "혼합";
			};
		}

		@Override
		String date(LocalDate date) {
			return date.getYear() + ". " + date.getMonthValue() + ". " + date.getDayOfMonth() + ".";
		}

		@Override
		String unknownGroup() {
			return "기타";
		}

		@Override
		String impossibleDate(int year) {
			return year + ". 2. 30.";
		}

		@Override
		String unknownType() {
			return "워크숍";
		}

	};

	private final Charset charset;

	private final LineDelimiter lineDelimiter;

	ExportFormat(Charset charset, LineDelimiter lineDelimiter) {
		this.charset = charset;
		this.lineDelimiter = lineDelimiter;
	}

	Charset charset() {
		return this.charset;
	}

	LineDelimiter lineDelimiter() {
		return this.lineDelimiter;
	}

	/** The header row of a record kind's file. */
	abstract List<String> header(RecordKind kind);

	abstract String group(SampleGroup group);

	abstract String type(MeetingType type);

	abstract String mode(MeetingMode mode);

	abstract String date(LocalDate date);

	/** A group label that no catalogue knows, for bad rows. */
	abstract String unknownGroup();

	/** A date that does not exist (30 February), for bad rows. */
	abstract String impossibleDate(int year);

	/** A meeting type that is neither regular nor joint in any spelling, for bad rows. */
	abstract String unknownType();

	static ExportFormat of(SampleDataGenerator.Style style) {
		return (style == SampleDataGenerator.Style.KOREAN_EXCEL) ? KOREAN_EXCEL : CANONICAL;
	}

}
