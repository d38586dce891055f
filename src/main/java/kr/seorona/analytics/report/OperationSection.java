package kr.seorona.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kr.seorona.analytics.charts.ChartNames;
import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.parquet.DatasetCatalog;
import kr.seorona.analytics.stats.JointMeetingAttendance;
import kr.seorona.analytics.stats.JointMeetingListing;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SmallCells;
import kr.seorona.analytics.stats.YearSummary;

/**
 * Sections 1 (overview: the groups of the year) and 2 (operation: meetings by group and in total,
 * joint meetings, distinct participants and retention), each table followed by its chart. People
 * counts of a group with fewer than k distinct participants are withheld as in the charts, and so
 * is a total they could be derived from; a retention is withheld when the group's previous year was.
 */
final class OperationSection {

	private final ReportInputs inputs;

	private final ReportText text;

	private final YearSummary totals;

	private final List<ParticipationStatistics> rows;

	OperationSection(ReportInputs inputs, ReportText text, YearSummary totals) {
		this.inputs = inputs;
		this.text = text;
		this.totals = totals;
		this.rows = inputs.participation()
			.stream()
			.filter((row) -> row.year() == text.year())
			.sorted(Comparator.comparingInt((ParticipationStatistics row) -> inputs.groups().order(row.groupCode())))
			.toList();
	}

	void overview(List<ReportBlock> blocks) {
		blocks.add(new ReportBlock.Heading(1, this.text.get("section.overview")));
		blocks.add(new ReportBlock.Paragraph(this.text.get("overview.what", this.text.programme(), this.text.year())));
		if (!this.rows.isEmpty()) {
			String labels = String.join(", ", this.rows.stream().map(this::label).toList());
			blocks.add(new ReportBlock.Paragraph(this.text.get("overview.groups", this.text.year(),
					ReportText.count(this.totals.groups()), labels, ReportText.count(this.totals.networks()))));
		}
	}

	void operation(List<ReportBlock> blocks) {
		blocks.add(new ReportBlock.Heading(1, this.text.get("section.operation")));
		meetings(blocks);
		joint(blocks);
		participants(blocks);
	}

	private void meetings(List<ReportBlock> blocks) {
		blocks.add(new ReportBlock.Heading(2, this.text.get("meetings.heading")));
		YearSummary year = this.totals;
		blocks.add(new ReportBlock.Paragraph(this.text.get("meetings.sentence", this.text.year(),
				ReportText.count(year.groups()), ReportText.count(year.regularMeetings()),
				(long) year.jointMeetings(), ReportText.count(year.meetings()))));
		List<List<String>> cells = new ArrayList<>();
		boolean anyWithheld = year.suppressed();
		for (ParticipationStatistics row : this.rows) {
			boolean withheld = suppressed(row);
			anyWithheld |= withheld;
			cells.add(withheld ? List.of(label(row), withheldCell(), withheldCell(), withheldCell())
					: List.of(label(row), ReportText.count(row.networks()), ReportText.count(row.meetings()),
							ReportText.count(row.attendances())));
		}
		if (year.jointMeetings() > 0) {
			boolean withheld = year.jointAttendances() < k();
			anyWithheld |= withheld;
			cells.add(List.of(this.text.get("meetings.joint"), none(), ReportText.count(year.jointMeetings()),
					withheld ? withheldCell() : ReportText.count(year.jointAttendances())));
		}
		cells.add(List.of(this.text.get("total"), ReportText.count(year.networks()), ReportText.count(year.meetings()),
				anyWithheld ? withheldCell() : ReportText.count(year.attendances() + year.jointAttendances())));
		table(blocks, this.text.get("meetings.caption", this.text.year()),
				List.of(this.text.get("meetings.group"), this.text.get("meetings.networks"),
						this.text.get("meetings.meetings"), this.text.get("meetings.attendances")),
				cells);
		figure(blocks, ChartNames.MEETINGS_BY_GROUP, "chart.meetings.title");
	}

	private void joint(List<ReportBlock> blocks) {
		blocks.add(new ReportBlock.Heading(2, this.text.get("joint.heading")));
		long held = this.inputs.jointAttendance().stream().filter((row) -> row.year() == this.text.year()).count();
		if (held == 0) {
			blocks.add(new ReportBlock.Paragraph(this.text.get("joint.none", this.text.year())));
			return;
		}
		List<JointMeetingAttendance> listed = JointMeetingListing.of(this.inputs.jointAttendance(), this.text.year(), k());
		boolean all = listed.size() == held;
		List<String> items = new ArrayList<>();
		List<List<String>> cells = new ArrayList<>();
		for (JointMeetingAttendance meeting : listed) {
			String date = ReportText.date(meeting.date(), this.text.locale());
			boolean withheld = JointMeetingListing.withheld(meeting, k());
			if (all) {
				items.add(this.text.get("joint.item", date, withheld ? withheldCell()
						: this.text.get("unit.people", ReportText.count(meeting.participants()))));
			}
			cells.add(List.of(date, withheld ? withheldCell() : ReportText.count(meeting.participants()),
					ReportText.count(meeting.groups())));
		}
		if (all) {
			blocks.add(new ReportBlock.Paragraph(this.text.get("joint.sentence", this.text.year(),
					held, String.join(this.text.get("list.separator"), items))));
		}
		else {
			blocks.add(new ReportBlock.Paragraph(this.text.get("joint.sentence.largest", this.text.year(),
					held, (long) listed.size(), DatasetCatalog.JOINT_MEETING_ATTENDANCE.name())));
		}
		table(blocks, all ? this.text.get("joint.caption", this.text.year())
				: this.text.get("joint.caption.largest", this.text.year(), (long) listed.size()),
				List.of(this.text.get("joint.date"), this.text.get("joint.participants"), this.text.get("joint.groups")),
				cells);
		figure(blocks, ChartNames.JOINT_MEETING_COMPOSITION, "chart.joint.title");
	}

	private void participants(List<ReportBlock> blocks) {
		blocks.add(new ReportBlock.Heading(2, this.text.get("participants.heading")));
		boolean totalShown = !this.totals.suppressed() && this.totals.distinctParticipants() >= k();
		if (totalShown) {
			blocks.add(new ReportBlock.Paragraph(this.text.get("participants.sentence", this.text.year(),
					ReportText.count(this.totals.distinctParticipants()))));
		}
		List<List<String>> cells = new ArrayList<>();
		List<ParticipationStatistics> shownRetention = new ArrayList<>();
		boolean retentionWithheld = false;
		for (ParticipationStatistics row : this.rows) {
			boolean withheld = suppressed(row);
			boolean yearOnYearWithheld = withheld
					|| SmallCells.retentionWithheld(row, SmallCells.previous(row, this.inputs.participation()));
			String retention;
			if (yearOnYearWithheld || previousSuppressed(row)) {
				boolean undefined = row.retention() == null && !yearOnYearWithheld;
				retention = undefined ? none() : withheldCell();
				retentionWithheld |= !undefined;
			}
			else if (row.retention() == null) {
				retention = none();
			}
			else {
				retention = ReportText.percent(row.retention());
				shownRetention.add(row);
			}
			cells.add(List.of(label(row), withheld ? withheldCell() : ReportText.count(row.distinctParticipants()),
					yearOnYearWithheld ? withheldCell()
							: (row.newParticipants() == null) ? none() : ReportText.count(row.newParticipants()),
					retention));
		}
		// a group's row without a year before it (its first year, or the first year published) has no
		// new participants or retention: the note says why the cells read –
		boolean noYearBefore = cells.stream().anyMatch((row) -> row.get(2).equals(none()) || row.get(3).equals(none()));
		cells.add(List.of(this.text.get("participants.total"),
				totalShown ? ReportText.count(this.totals.distinctParticipants()) : withheldCell(), none(), none()));
		List<String> notes = new ArrayList<>(List.of(this.text.get("participants.note")));
		if (noYearBefore) {
			notes.add(this.text.get("participants.noYearBefore"));
		}
		if (shownRetention.size() >= 2) {
			ParticipationStatistics low = shownRetention.stream()
				.min(Comparator.comparingDouble(ParticipationStatistics::retention))
				.orElseThrow();
			ParticipationStatistics high = shownRetention.stream()
				.max(Comparator.comparingDouble(ParticipationStatistics::retention))
				.orElseThrow();
			// the range of the groups shown: a withheld group's rate may lie outside it, and the sentence says so
			blocks.add(new ReportBlock.Paragraph(this.text.get("retention.sentence", label(low),
					ReportText.percent(low.retention()) + "%", label(high), ReportText.percent(high.retention()) + "%")
					+ (retentionWithheld ? this.text.get("retention.withheld") : "")));
		}
		table(blocks, this.text.get("participants.caption", this.text.year()),
				List.of(this.text.get("meetings.group"), this.text.get("participants.distinct"),
						this.text.get("participants.new"), this.text.get("participants.retention")),
				cells, notes.toArray(String[]::new));
		figure(blocks, ChartNames.PARTICIPANTS_RETENTION, "chart.participants.title");
	}

	/** A table whose first column is text, its notes, then the small-cell note where a cell is withheld. */
	private void table(List<ReportBlock> blocks, String caption, List<String> header, List<List<String>> cells,
			String... notes) {
		List<Boolean> numeric = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			numeric.add(i > 0);
		}
		blocks.add(this.text.table(caption, header, cells, numeric));
		for (String note : notes) {
			blocks.add(new ReportBlock.Note(note));
		}
		if (cells.stream().flatMap(List::stream).anyMatch(withheldCell()::equals)) {
			blocks.add(new ReportBlock.Note(this.text.get("suppressed", k())));
		}
	}

	private void figure(List<ReportBlock> blocks, String chart, String titleKey) {
		ReportCharts.find(this.inputs.chartFolders(), this.text.locale(), this.text.year(), chart)
			.ifPresent((png) -> blocks.add(this.text.figure(this.text.chartTitle(titleKey), png)));
	}

	private boolean previousSuppressed(ParticipationStatistics row) {
		ParticipationStatistics previous = SmallCells.previous(row, this.inputs.participation());
		return previous != null && suppressed(previous);
	}

	private boolean suppressed(ParticipationStatistics row) {
		return row.suppressed() || row.distinctParticipants() < k();
	}

	private int k() {
		return this.inputs.minCellSize();
	}

	private String label(ParticipationStatistics row) {
		return this.inputs.groups().find(row.groupCode()).map((Group group) -> group.label(this.text.locale()))
			.orElse(row.groupCode());
	}

	private String withheldCell() {
		return this.text.get("suppressed.cell");
	}

	private String none() {
		return this.text.get("none");
	}

}
