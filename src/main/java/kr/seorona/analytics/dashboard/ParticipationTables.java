package kr.seorona.analytics.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.JointMeetingListing;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SmallCells;
import kr.seorona.analytics.stats.YearSummary;

/**
 * The tables beside the participation and joint-meeting charts: every figure those charts draw
 * (meetings, attendances and their change, distinct participants, retention, joint meeting
 * composition) and the year totals. People counts of suppressed cells are written as the
 * suppressed label, and so are their network and meeting counts, which the published statistics
 * withhold with every other figure of a suppressed row.
 */
final class ParticipationTables {

	private final PublishedFigures figures;

	private final GroupCatalog groups;

	private final Formats formats;

	private final int minCellSize;

	ParticipationTables(PublishedFigures figures, GroupCatalog groups, Formats formats, int minCellSize) {
		this.figures = figures;
		this.groups = groups;
		this.formats = formats;
		this.minCellSize = minCellSize;
	}

	/** One row per year: regular, joint and all meetings, distinct participants, respondents. */
	List<Map<String, String>> yearTotals() {
		List<Map<String, String>> rows = new ArrayList<>();
		this.figures.years().stream().sorted(Comparator.comparingInt(YearSummary::year)).forEach((row) -> {
			Map<String, String> map = new LinkedHashMap<>();
			map.put("year", Integer.toString(row.year()));
			if (row.suppressed()) {
				// a withheld year (its figures read back as 0): every figure withheld
				List.of("regular", "joint", "total", "attendances", "participants", "respondents")
					.forEach((key) -> map.put(key, this.formats.suppressed()));
				rows.add(map);
				return;
			}
			map.put("regular", this.formats.integer(row.regularMeetings()));
			map.put("joint", this.formats.integer(row.jointMeetings()));
			map.put("total", this.formats.integer(row.meetings()));
			map.put("attendances", people(row.attendances() + row.jointAttendances()));
			map.put("participants", people(row.distinctParticipants()));
			boolean surveyHeld = this.figures.surveyHeld(row.year());
			map.put("respondents", (row.surveyRespondents() != null) ? people(row.surveyRespondents())
					: surveyHeld ? this.formats.suppressed() : Formats.NONE);
			rows.add(map);
		});
		return rows;
	}

	/** One row per year and group. */
	List<Map<String, String>> byGroup() {
		List<Map<String, String>> rows = new ArrayList<>();
		this.figures.participation()
			.stream()
			.sorted(Comparator.comparingInt(ParticipationStatistics::year)
				.thenComparingInt((row) -> this.groups.order(row.groupCode())))
			.forEach((row) -> {
				boolean suppressed = row.suppressed() || row.distinctParticipants() < this.minCellSize;
				String withheld = this.formats.suppressed();
				Map<String, String> map = new LinkedHashMap<>();
				map.put("year", Integer.toString(row.year()));
				map.put("group", groupLabel(row.groupCode()));
				map.put("networks", suppressed ? withheld : this.formats.integer(row.networks()));
				map.put("meetings", suppressed ? withheld : this.formats.integer(row.meetings()));
				map.put("attendances", suppressed ? withheld : this.formats.integer(row.attendances()));
				ParticipationStatistics previous = SmallCells.previous(row, this.figures.participation());
				map.put("attendancesChange",
						(suppressed || SmallCells.changeWithheld(row, previous)) ? withheld : attendancesChange(row));
				map.put("participants", suppressed ? withheld : this.formats.integer(row.distinctParticipants()));
				map.put("retention", (suppressed || SmallCells.changeWithheld(row, previous)
						|| SmallCells.retentionWithheld(row, previous)) ? withheld : this.formats.percent(row.retention()));
				map.put("participationRate", suppressed ? withheld : this.formats.percent(row.participationRate()));
				map.put("rowClass", suppressed ? "suppressed" : "");
				rows.add(map);
			});
		return rows;
	}

	/**
	 * {@code +21 (+10.5%)}; 신규 for a group new in its year; – in the first year published, which has
	 * no year before it to compare with.
	 */
	private String attendancesChange(ParticipationStatistics row) {
		if (row.attendancesChange() == null) {
			boolean yearBefore = this.figures.participation().stream().anyMatch((other) -> other.year() == row.year() - 1);
			return yearBefore ? this.formats.text("dashboard.change.new") : Formats.NONE;
		}
		String change = this.formats.signed(row.attendancesChange());
		return (row.attendancesRelativeChange() != null)
				? change + " (" + this.formats.signedPercent(100 * row.attendancesRelativeChange()) + ")" : change;
	}

	/**
	 * One row per joint meeting and group, each meeting followed by its total: the meetings
	 * {@link JointMeetingListing} lists for each year (all of them up to {@value JointMeetingListing#LISTED}
	 * a year).
	 */
	List<Map<String, String>> jointMeetings() {
		List<Map<String, String>> rows = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		this.figures.jointAttendance()
			.stream()
			.map(JointMeetingAttendance::year)
			.distinct()
			.forEach((year) -> JointMeetingListing.of(this.figures.jointAttendance(), year, this.minCellSize)
				.forEach((meeting) -> listed.add(meeting.year() + "/" + meeting.sessionId())));
		List<JointMeetingComposition> sorted = this.figures.jointMeetings()
			.stream()
			.filter((row) -> listed.contains(row.year() + "/" + row.sessionId()))
			.sorted(Comparator.comparing(JointMeetingComposition::date)
				.thenComparing(JointMeetingComposition::sessionId)
				.thenComparingInt((row) -> this.groups.order(row.groupCode())))
			.toList();
		// each meeting's own attendance, looked up once per meeting (a pass over all meetings per
		// meeting took 1.05 s of CPU at 1M rows); the first row of a meeting, as in the dataset
		Map<String, JointMeetingAttendance> attendance = new HashMap<>();
		for (JointMeetingAttendance meeting : this.figures.jointAttendance()) {
			attendance.putIfAbsent(meeting.year() + "/" + meeting.sessionId(), meeting);
		}
		for (int i = 0; i < sorted.size(); i++) {
			JointMeetingComposition row = sorted.get(i);
			boolean suppressed = row.suppressed() || row.participants() < this.minCellSize;
			Map<String, String> map = new LinkedHashMap<>();
			map.put("date", this.formats.date(row.date()));
			map.put("group", groupLabel(row.groupCode()));
			map.put("participants", suppressed ? this.formats.suppressed() : this.formats.integer(row.participants()));
			map.put("share", suppressed ? this.formats.suppressed() : this.formats.percent(row.share()));
			map.put("rowClass", suppressed ? "suppressed" : "");
			rows.add(map);
			boolean last = i + 1 == sorted.size() || !sorted.get(i + 1).sessionId().equals(row.sessionId());
			if (last) {
				// the meeting's own attendance (the published rows' sum leaves the withheld ones out)
				Optional<JointMeetingAttendance> meeting = Optional
					.ofNullable(attendance.get(row.year() + "/" + row.sessionId()));
				Map<String, String> sum = new LinkedHashMap<>();
				sum.put("date", this.formats.date(row.date()));
				sum.put("group", this.formats.text("dashboard.total"));
				sum.put("participants", meeting.map((m) -> m.suppressed() ? this.formats.suppressed()
						: people(m.participants())).orElse(this.formats.suppressed()));
				sum.put("share", this.formats.percent(1.0));
				sum.put("rowClass", "total");
				rows.add(sum);
			}
		}
		return rows;
	}

	/**
	 * Under the joint meetings' table when a year lists only its largest meetings, e.g. {@code
	 * 2022학년도: 합동 회의 10,813회 중 참여자가 가장 많았던 20회}; empty when every meeting is listed.
	 */
	String jointMeetingsNote() {
		List<String> years = new ArrayList<>();
		this.figures.years().stream().sorted(Comparator.comparingInt(YearSummary::year)).forEach((year) -> {
			if (year.jointMeetings() > JointMeetingListing.LISTED) {
				years.add(this.formats.text("dashboard.jointTable.largest", Integer.toString(year.year()),
						this.formats.integer(year.jointMeetings()), this.formats.integer(JointMeetingListing.LISTED)));
			}
		});
		return years.isEmpty() ? ""
				: String.join("; ", years) + ". " + this.formats.text("dashboard.jointTable.dataset",
						DatasetCatalog.JOINT_MEETING_ATTENDANCE.name(), DatasetCatalog.JOINT_MEETINGS.name());
	}

	private String people(long count) {
		return this.formats.count(count, count < this.minCellSize);
	}

	private String groupLabel(String code) {
		return this.formats.groupLabel(this.groups, code);
	}

}
