package kr.seorona.analytics.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seorona.analytics.ingest.GroupCatalog;
import kr.seorona.analytics.ingest.SurveyDefinition;
import kr.seorona.analytics.ingest.SurveyScale;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingListing;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SmallCells;
import kr.seorona.analytics.stats.SurveyScaleStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * The first screen of the page: the latest published year's headline figures, each with its
 * change from the year before. Meetings (regular and joint, and by group), the joint meetings with
 * their dates and attendance, distinct participants across groups, survey respondents, and the
 * all-groups mean of each survey scale with its n. Every figure element carries a
 * {@code data-figure} name, so that tests (and readers' scripts) can find it.
 */
final class HeadlineModel {

	static final String ALL = "ALL";

	private final PublishedFigures figures;

	private final GroupCatalog groups;

	private final SurveyDefinition survey;

	private final Formats formats;

	private final int minCellSize;

	HeadlineModel(PublishedFigures figures, GroupCatalog groups, SurveyDefinition survey, Formats formats,
			int minCellSize) {
		this.figures = figures;
		this.groups = groups;
		this.survey = survey;
		this.formats = formats;
		this.minCellSize = minCellSize;
	}

	/** The latest year with totals, if any year was published. */
	Optional<Integer> latestYear() {
		return this.figures.years().stream().map(YearSummary::year).max(Integer::compare);
	}

	/** The headline as template values, or an empty map when nothing was published. */
	Map<String, Object> build() {
		Optional<Integer> latest = latestYear();
		if (latest.isEmpty()) {
			return Map.of();
		}
		int year = latest.get();
		YearSummary current = totals(year).orElseThrow();
		Optional<YearSummary> previous = totals(year - 1);
		Map<String, Object> headline = new LinkedHashMap<>();
		headline.put("year", Integer.toString(year));
		headline.put("title", this.formats.text("dashboard.headline.title", Integer.toString(year)));
		headline.put("previousYear", Integer.toString(year - 1));
		List<Map<String, String>> cards = new ArrayList<>();
		cards.add(card("meetings-total", "dashboard.headline.meetings", this.formats.integer(current.meetings()),
				this.formats.text("dashboard.headline.meetingsDetail", this.formats.integer(current.regularMeetings()),
						this.formats.integer(current.jointMeetings())),
				previous.map((p) -> change(p.year(), p.meetings(), current.meetings())).orElse(noPrevious())));
		cards.add(peopleCard("participants", "dashboard.headline.participants", current.distinctParticipants(),
				previous.map(YearSummary::distinctParticipants), year));
		if (current.surveyRespondents() == null && this.figures.surveyHeld(year)) {
			// respondents 1..k-1 are withheld from the published year summary
			cards.add(card("respondents", "dashboard.headline.respondents", this.formats.suppressed(), "", ""));
		}
		else {
			// a withheld previous year counts as below k (its change reads 비공개); no survey: no previous
			boolean beforeWithheld = previous.isPresent() && previous.get().surveyRespondents() == null
					&& this.figures.surveyHeld(year - 1);
			cards.add(peopleCard("respondents", "dashboard.headline.respondents", current.surveyRespondents(),
					beforeWithheld ? Optional.of(0L) : previous.map(YearSummary::surveyRespondents), year));
		}
		headline.put("cards", cards);
		headline.put("joint", jointMeetings(year, previous));
		headline.put("groups", meetingsByGroup(year));
		headline.put("scales", scales(year));
		headline.put("hasScales", !scales(year).isEmpty());
		return headline;
	}

	private Optional<YearSummary> totals(int year) {
		return this.figures.years().stream().filter((row) -> row.year() == year).findFirst();
	}

	private Map<String, String> card(String id, String labelKey, String value, String detail, String change) {
		Map<String, String> card = new LinkedHashMap<>();
		card.put("id", id);
		card.put("label", this.formats.text(labelKey));
		card.put("value", value);
		card.put("detail", detail);
		card.put("change", change);
		return card;
	}

	/** A count of people; null (e.g. no survey that year) is written as a dash. */
	private Map<String, String> peopleCard(String id, String labelKey, Long value, Optional<Long> previous,
			int year) {
		if (value == null) {
			return card(id, labelKey, Formats.NONE, "", "");
		}
		boolean small = value < this.minCellSize;
		String change = previous
			.map((p) -> (small || p < this.minCellSize) ? this.formats.suppressed() : change(year - 1, p, value))
			.orElse(noPrevious());
		return card(id, labelKey, this.formats.count(value, small), "", change);
	}

	/** {@code 전년(2021) 29 대비 +3}. */
	private String change(int previousYear, long before, long now) {
		return this.formats.text("dashboard.change", Integer.toString(previousYear), this.formats.integer(before),
				this.formats.signed(now - before));
	}

	private String noPrevious() {
		return this.formats.text("dashboard.change.none");
	}

	private Map<String, Object> jointMeetings(int year, Optional<YearSummary> previous) {
		Map<String, Object> joint = new LinkedHashMap<>();
		YearSummary current = totals(year).orElseThrow();
		joint.put("count", this.formats.integer(current.jointMeetings()));
		joint.put("change", previous.map((p) -> change(p.year(), p.jointMeetings(), current.jointMeetings()))
			.orElse(noPrevious()));
		List<Map<String, String>> meetings = new ArrayList<>();
		List<JointMeetingAttendance> listed = JointMeetingListing.of(this.figures.jointAttendance(), year,
				this.minCellSize);
		for (JointMeetingAttendance row : listed) {
			Map<String, String> meeting = new LinkedHashMap<>();
			meeting.put("date", this.formats.date(row.date()));
			meeting.put("attendance", this.formats.text("dashboard.headline.jointAttendance",
					this.formats.count(row.participants(), JointMeetingListing.withheld(row, this.minCellSize))));
			meetings.add(meeting);
		}
		if (listed.size() < current.jointMeetings()) {
			joint.put("more", this.formats.text("dashboard.headline.jointLargest", this.formats.integer(listed.size()),
					DatasetCatalog.JOINT_MEETING_ATTENDANCE.name()));
		}
		joint.put("meetings", meetings);
		joint.put("hasMeetings", !meetings.isEmpty());
		return joint;
	}

	/** Regular meetings of each group this year and the year before, and the all-groups total last. */
	private List<Map<String, String>> meetingsByGroup(int year) {
		List<Map<String, String>> rows = new ArrayList<>();
		this.figures.participation()
			.stream()
			.filter((row) -> row.year() == year)
			.sorted(Comparator.comparingInt((ParticipationStatistics row) -> this.groups.order(row.groupCode())))
			.forEach((row) -> {
				ParticipationStatistics before = SmallCells.previous(row, this.figures.participation());
				Map<String, String> map = row.suppressed() ? withheldRow(row.groupCode(), groupLabel(row.groupCode()))
						: groupRow(row.groupCode(), groupLabel(row.groupCode()), row.meetings(),
								Optional.ofNullable(before).map(ParticipationStatistics::meetings), "");
				if (SmallCells.changeWithheld(row, before)) {
					// a withheld year before is withheld, not absent (신규 would say the group is new)
					map.put("previous", this.formats.suppressed());
					map.put("change", this.formats.suppressed());
				}
				rows.add(map);
			});
		totals(year).ifPresent((current) -> rows.add(groupRow("total", this.formats.text("dashboard.total"),
				current.regularMeetings(), totals(year - 1).map(YearSummary::regularMeetings), "total")));
		return rows;
	}

	/** A group whose published figures are withheld (fewer than k participants): no count at all. */
	private Map<String, String> withheldRow(String code, String label) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("code", code);
		map.put("group", label);
		map.put("meetings", this.formats.suppressed());
		map.put("previous", "");
		map.put("change", "");
		map.put("rowClass", "suppressed");
		return map;
	}

	private Map<String, String> groupRow(String code, String label, int meetings, Optional<Integer> before,
			String rowClass) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("code", code);
		map.put("group", label);
		map.put("meetings", this.formats.integer(meetings));
		map.put("previous", before.map(this.formats::integer).orElse(Formats.NONE));
		map.put("change", before.map((p) -> this.formats.signed(meetings - p))
			.orElse(this.formats.text("dashboard.change.new")));
		map.put("rowClass", rowClass);
		return map;
	}

	private List<Map<String, String>> scales(int year) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (SurveyScale scale : this.survey.scales()) {
			Optional<SurveyScaleStatistics> now = scale(year, scale.code());
			if (now.isEmpty()) {
				continue;
			}
			SurveyScaleStatistics row = now.get();
			boolean suppressed = row.suppressed() || row.n() < this.minCellSize || row.mean() == null;
			Optional<SurveyScaleStatistics> before = scale(year - 1, scale.code())
				.filter((p) -> !p.suppressed() && p.n() >= this.minCellSize && p.mean() != null);
			Map<String, String> map = new LinkedHashMap<>();
			map.put("code", scale.code());
			map.put("label", scale.label(this.formats.locale()));
			map.put("mean", suppressed ? this.formats.suppressed() : this.formats.mean(row.mean()));
			map.put("n", (row.n() < this.minCellSize) ? this.formats.text("dashboard.headline.nBelow", this.minCellSize)
					: this.formats.text("dashboard.headline.n", this.formats.integer(row.n())));
			map.put("change", suppressed ? "" : before
				.map((p) -> this.formats.text("dashboard.change.withN", Integer.toString(year - 1),
						this.formats.mean(p.mean()), this.formats.signedMean(row.mean() - p.mean()),
						this.formats.integer(p.n())))
				.orElse(noPrevious()));
			rows.add(map);
		}
		return rows;
	}

	private Optional<SurveyScaleStatistics> scale(int year, String scaleCode) {
		return this.figures.scales()
			.stream()
			.filter((row) -> row.year() == year && ALL.equals(row.groupCode()) && row.scaleCode().equals(scaleCode))
			.findFirst();
	}

	private String groupLabel(String code) {
		return this.formats.groupLabel(this.groups, code);
	}

}
