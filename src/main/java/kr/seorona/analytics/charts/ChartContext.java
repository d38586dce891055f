package kr.seorona.analytics.charts;

import java.awt.Color;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

import kr.seorona.analytics.ingest.Group;
import kr.seorona.analytics.stats.JointMeetingComposition;
import kr.seorona.analytics.stats.ParticipationStatistics;
import kr.seorona.analytics.stats.SurveyItemStatistics;
import kr.seorona.analytics.stats.YearSummary;

/**
 * What every chart needs besides its data: options, texts, theme, and the shared rules (labels,
 * colours, small-cell suppression, subtitle and notes).
 */
record ChartContext(ChartInputs inputs, ChartOptions options, Messages messages, ChartTheme theme) {

	/** Group code of survey rows over all groups. */
	static final String ALL = "ALL";

	/** Colour of the all-groups series. */
	static final Color ALL_COLOR = new Color(0x33, 0x33, 0x33);

	/** Points of the chart's width a subtitle or note does not get (chart padding and a margin). */
	static final double TITLE_MARGIN = 24;

	/** Label of a group code in the run's language; {@code ALL} and {@code JOINT} included. */
	String groupLabel(String code) {
		if (ALL.equals(code)) {
			return this.messages.get("chart.group.all");
		}
		return this.inputs.groups().find(code).map((group) -> group.label(this.options.locale())).orElse(code);
	}

	/**
	 * A note naming the groups whose networks began after {@code firstYear}, for a chart over years
	 * from {@code firstYear}: their slots before that are blank, not zero. Empty when every group
	 * existed in {@code firstYear}.
	 */
	Optional<String> lateGroupsNote(int firstYear) {
		SortedMap<Integer, List<String>> byYear = new TreeMap<>();
		for (Group group : this.inputs.groups().groups()) {
			if (group.firstYear() > firstYear) {
				List<String> names = byYear.computeIfAbsent(group.firstYear(), (year) -> new ArrayList<>());
				String label = group.label(this.options.locale());
				// English: "Administrative directors and education affairs staff", one capital at the start
				names.add((names.isEmpty() || !"en".equals(this.options.locale().getLanguage())) ? label
						: label.substring(0, 1).toLowerCase(Locale.ENGLISH) + label.substring(1));
			}
		}
		if (byYear.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		byYear.forEach((year, groups) -> parts.add(this.messages.get("chart.lateGroups",
				String.join(this.messages.get("chart.lateGroups.and"), groups), year)));
		return Optional.of(String.join("; ", parts));
	}

	/** The fixed colour of a group code (from {@code groups.yml}); dark grey for {@code ALL}. */
	Color groupColor(String code) {
		if (ALL.equals(code)) {
			return ALL_COLOR;
		}
		return this.inputs.groups().find(code).map(Group::color).map(ChartTheme::color).orElse(Color.GRAY);
	}

	/** Display position of a group code: catalogue order, then joint, then {@code ALL}. */
	int groupOrder(String code) {
		return ALL.equals(code) ? Integer.MAX_VALUE : this.inputs.groups().order(code);
	}

	int k() {
		return this.options.minCellSize();
	}

	/** Whether people counts of this row must be withheld (flagged, or fewer than k people). */
	boolean suppressed(ParticipationStatistics row) {
		return row.suppressed() || row.distinctParticipants() < k();
	}

	/** Whether this survey row must be withheld (flagged, or fewer than k answers). */
	boolean suppressed(SurveyItemStatistics row) {
		return row.suppressed() || row.n() < k();
	}

	/** Whether this joint-meeting cell must be withheld (flagged, or fewer than k participants). */
	boolean suppressed(JointMeetingComposition row) {
		return row.suppressed() || row.participants() < k();
	}

	/** Whether a year's counts of people must be withheld (flagged, or fewer than k people). */
	boolean suppressed(YearSummary row) {
		return row.suppressed() || row.distinctParticipants() < k();
	}

	/** The years of the participation rows, ascending. */
	SortedSet<Integer> participationYears() {
		SortedSet<Integer> years = new TreeSet<>();
		this.inputs.participation().forEach((row) -> years.add(row.year()));
		return years;
	}

	/** The participation rows of one group, in input order. */
	List<ParticipationStatistics> participationOf(String groupCode) {
		return this.inputs.participation().stream().filter((row) -> row.groupCode().equals(groupCode)).toList();
	}

	/** Folder name of a year range: {@code 2022} or {@code 2019-2022}. */
	static String folder(int first, int last) {
		return (first == last) ? Integer.toString(first) : first + "-" + last;
	}

	/** Years in words: {@code 2022학년도} / {@code 2019–2022학년도} ({@code school year 2022} in English). */
	String yearsText(int first, int last) {
		return (first == last) ? this.messages.get("chart.years.single", Integer.toString(first))
				: this.messages.get("chart.years.range", Integer.toString(first), Integer.toString(last));
	}

	/** A date as the dashboard and the report write it: {@code 2022. 4. 29.}, {@code 29 Apr 2022}. */
	String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern(this.messages.get("format.date"),
				this.options.locale()));
	}

	String integer(long value) {
		return NumberFormat.getIntegerInstance(this.options.locale()).format(value);
	}

	/**
	 * Adds a note at the very bottom of the chart, under the legend and earlier notes: at the left
	 * edge, and a note too long for one line continues on lines that start at the same left edge.
	 */
	static void note(JFreeChart chart, String text) {
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			chart.removeLegend();
		}
		TextTitle note = new TextTitle(text);
		note.setPosition(RectangleEdge.BOTTOM);
		leftAligned(note);
		chart.addSubtitle(note);
		if (legend != null) {
			chart.addLegend(legend);
		}
	}

	/** Puts a title at the left edge, every line of it (a title centres its wrapped lines by default). */
	static TextTitle leftAligned(TextTitle title) {
		title.setHorizontalAlignment(HorizontalAlignment.LEFT);
		title.setTextAlignment(HorizontalAlignment.LEFT);
		return title;
	}

	/**
	 * Styles the chart with the theme, then adds the subtitle (source, years, n) under the title
	 * and, when cells were suppressed, a note at the bottom naming them.
	 * @param chart the chart
	 * @param years years in words
	 * @param nText what n counts, e.g. {@code 회의 33회}
	 * @param suppressedCells descriptions of suppressed cells, e.g. {@code 행정실장 2020}; may be empty
	 */
	JFreeChart finish(JFreeChart chart, String years, String nText, List<String> suppressedCells) {
		TextTitle subtitle = new TextTitle(this.messages.get("chart.subtitle", this.options.source(), years, nText));
		subtitle.setPosition(RectangleEdge.TOP);
		chart.addSubtitle(0, subtitle);
		if (!suppressedCells.isEmpty()) {
			note(chart, this.messages.get("chart.suppressed.note", k(), String.join(", ", suppressedCells)));
		}
		this.theme.apply(chart);
		nOnItsOwnLine(subtitle);
		wrapAtSpaces(chart);
		return chart;
	}

	/**
	 * A subtitle too long for one line breaks before its n ("자료: ... · 2019–2022학년도" over
	 * "n = ..."), not wherever the width runs out ("... 집단 간 중복 / 제외").
	 */
	private void nOnItsOwnLine(TextTitle subtitle) {
		String text = subtitle.getText();
		int n = text.lastIndexOf(" · n = ");
		if (n > 0 && LabelWrapper.width(text, subtitle.getFont(), PlotSpace.FRC) > titleWidth()) {
			subtitle.setText(text.substring(0, n) + "\n" + text.substring(n + " · ".length()));
		}
	}

	/** Points of the chart's width a subtitle or note may take. */
	private double titleWidth() {
		return this.options.widthPx() * 72.0 / this.options.dpi() - TITLE_MARGIN;
	}

	/**
	 * Breaks the subtitle and notes into lines at spaces, where JFreeChart would break a line
	 * between any two Hangul syllables ("중/복 제외").
	 */
	private void wrapAtSpaces(JFreeChart chart) {
		for (Object title : chart.getSubtitles()) {
			if (title instanceof TextTitle text && text.getText() != null) {
				wrap(text);
			}
		}
	}

	/**
	 * Breaks a title's text at spaces into lines of the chart's width, as {@link #finish} does for the
	 * titles there when it is called: for a title added after it.
	 */
	void wrap(TextTitle title) {
		title.setText(LabelWrapper.wrapToString(title.getText(), title.getFont(), PlotSpace.FRC, titleWidth()));
	}

}
