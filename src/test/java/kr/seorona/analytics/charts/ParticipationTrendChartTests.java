package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import kr.seorona.analytics.ingest.Group;

class ParticipationTrendChartTests {

	private final ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
			Messages.bundle(Locale.KOREAN), ChartTheme.bundled());

	@Test
	void suppressedYearIsAGapNamedInTheNote() {
		CategoryData data = ParticipationTrendChart.dataset(this.context);
		assertThat(data.dataset().getValue("행정실장", "2020")).isNull();
		assertThat(data.dataset().getValue("행정실장", "2021").doubleValue()).isEqualTo(7);
		assertThat(data.suppressedCells()).containsExactly("행정실장 2020");
		JFreeChart chart = new ParticipationTrendChart().charts(this.context).get(0).chart();
		assertThat(ChartTexts.of(chart)).contains("비공개: 5명 미만에 근거한 수치와 합계에서 빼서 그 수치를 알 수 있는 수치는 표시하지 않음 (행정실장 2020)");
	}

	@Test
	void nCountsOnlyDrawnFigures() {
		long all = ChartFixtures.participation().stream().mapToLong((row) -> row.attendances()).sum();
		assertThat(ParticipationTrendChart.dataset(this.context).n()).isEqualTo(all - 4);
	}

	@Test
	void smallCellSizeIsConfigurable() {
		ChartContext strict = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN).withMinCellSize(10),
				Messages.bundle(Locale.KOREAN), ChartTheme.bundled());
		CategoryData data = ParticipationTrendChart.dataset(strict);
		assertThat(data.dataset().getValue("행정실장", "2022")).isNull();
		assertThat(data.dataset().getValue("교육공무직", "2020")).isNull();
		assertThat(data.suppressedCells()).contains("행정실장 2020", "행정실장 2021", "행정실장 2022", "교육공무직 2020");
	}

	@Test
	void eachLineIsNamedAtItsEndWithItsFirstAndLastFigureAndTheChangeInPercent() {
		JFreeChart chart = new ParticipationTrendChart().charts(this.context).get(0).chart();
		assertThat(chart.getLegend()).as("direct labels replace the legend").isNull();
		// 행정실장 2020 is suppressed: its change runs from its first published year; 교육공무직 began in 2020
		assertThat(endLabels(chart)).containsExactly("교장: 34→51명 (+50.0%)", "교감: 28→29명 (+3.6%)",
				"교사: 96→133명 (+38.5%)", "행정실장: 2021학년도부터 7→8명 (+14.3%)",
				"교육공무직: 2020학년도부터 9→21명 (+133.3%)", "학부모: 310→401명 (+29.4%)");
	}

	@Test
	void aRiseIsStatedPlainlyNeverAsATrendTestThatReadsAsNoChange() {
		// complete counts, not a sample: the chart takes no trend test (ChartInputs holds none; with p = 0.09 over
		// four years one would read "not significant" beside a rise of 29.4%)
		for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
			ChartContext other = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(locale),
					Messages.bundle(locale), this.context.theme());
			JFreeChart chart = new ParticipationTrendChart().charts(other).get(0).chart();
			List<String> texts = new ArrayList<>(ChartTexts.of(chart));
			texts.addAll(endLabels(chart));
			assertThat(endLabels(chart)).contains(locale.equals(Locale.KOREAN) ? "학부모: 310→401명 (+29.4%)"
					: "Parents: 310→401 (+29.4%)");
			assertThat(texts).as(locale.toString()).noneMatch((text) -> text.contains("p = ") || text.contains("p < ")
					|| text.contains("유의") || text.contains("추세 아님") || text.contains("significant"));
			// the footnote promises only what the chart shows: no annual growth rate, which it does not draw
			assertThat(texts).noneMatch((text) -> text.contains("연평균") || text.contains("nnual growth"));
			assertThat(texts).anySatisfy((text) -> assertThat(text).contains(locale.equals(Locale.KOREAN)
					? "선 끝 수치: 처음 학년도 → 마지막 학년도의 참여 연인원(증감률)" : "At each line's end: attendances in the first and the last school year shown"));
		}
	}

	@Test
	void theChangeUsesOnlyPublishedFiguresAndALineWithOneFigureGetsNone() {
		// with k = 10, 행정실장 is suppressed in every year, 교육공무직 in 2020 (9 people)
		ChartContext strict = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN).withMinCellSize(10),
				Messages.bundle(Locale.KOREAN), ChartTheme.bundled());
		CategoryData data = ParticipationTrendChart.dataset(strict);
		assertThat(ParticipationTrendChart.changeText(strict, data.dataset(), "행정실장")).isNull();
		assertThat(ParticipationTrendChart.changeText(strict, data.dataset(), "교육공무직"))
			.isEqualTo("2021학년도부터 19→21명 (+10.5%)");
		assertThat(ParticipationTrendChart.percentChange(0, 5)).isEmpty();
		assertThat(ParticipationTrendChart.percentChange(40, 30)).isEqualTo("-25.0%");
		assertThat(ParticipationTrendChart.percentChange(40, 40)).isEqualTo("0.0%");
	}

	@Test
	void yearsWithJointMeetingsCarryALabelledMarkNotAReferenceLine() {
		JFreeChart chart = new ParticipationTrendChart().charts(this.context).get(0).chart();
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		assertThat(plot.getDomainMarkers(Layer.BACKGROUND)).isNull();
		Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
		assertThat(markers).extracting((marker) -> ((CategoryMarker) marker).getKey() + " "
				+ ((CategoryMarker) marker).getLabel())
			.containsExactly("2020 ※ 합동 회의 1회", "2021 ※ 합동 회의 1회", "2022 ※ 합동 회의 2회");
		assertThat(markers).allSatisfy((marker) -> assertThat(((Color) ((CategoryMarker) marker).getPaint()).getAlpha())
			.as("no line is drawn").isZero());
		assertThat(ChartTexts.of(chart)).anySatisfy((text) -> assertThat(text).contains("※ 합동 회의(전 집단)는 참여 연인원에 포함하지 않음"));
		// the note mark is not a series' marker shape (a diamond marks 행정실장) and the bundled font has it
		assertThat(this.context.theme().font(ChartTheme.BASE_SIZE, true).canDisplay('※')).isTrue();
	}

	@Test
	void aSuppressedYearIsAGreyLabelledMark() {
		JFreeChart chart = new ParticipationTrendChart().charts(this.context).get(0).chart();
		assertThat(((CategoryPlot) chart.getPlot()).getAnnotations()).filteredOn(SuppressedMarks.class::isInstance)
			.flatExtracting((marks) -> ((SuppressedMarks) marks).marks())
			.containsExactly(new SuppressedMarks.Mark("2020", null, "비공개: 행정실장"));
	}

	@Test
	void endLabelsDoNotOverlapAndEachStandsRightOfItsOwnLineEndOrIsLedToIt() throws Exception {
		JFreeChart chart = new ParticipationTrendChart().charts(this.context).get(0).chart();
		String svg = SvgWriter.render(chart, 453.6, 281.2);
		List<Element> texts = SvgWriterTests.texts(svg);
		List<double[]> leaders = lines(svg, "stroke-width:0.5;stroke:rgb(119,119,119)");
		List<Rectangle2D> boxes = new ArrayList<>();
		int moved = 0;
		for (Group group : ChartFixtures.DEFINITIONS.groups().groups()) {
			Color color = Color.decode(group.color());
			List<double[]> drawn = lines(svg, "stroke-width:1.29\\d*;stroke:rgb(" + color.getRed() + ","
					+ color.getGreen() + "," + color.getBlue() + ")");
			// the key before the label's name: a level line of the series' stroke, EndLabels.KEY long
			List<double[]> keys = drawn.stream()
				.filter((line) -> Math.abs(line[1] - line[3]) < 1e-6 && Math.abs(line[2] - line[0] - EndLabels.KEY) < 0.05)
				.toList();
			List<double[]> segments = drawn.stream().filter((line) -> !keys.contains(line)).toList();
			double[] end = segments.stream().max(Comparator.comparingDouble((line) -> line[2])).orElseThrow();
			List<Element> named = texts.stream().filter((text) -> text.getTextContent().equals(group.labelKo())).toList();
			assertThat(named).as(group.labelKo()).hasSize(1);
			Element name = named.get(0);
			Rectangle2D label = box(name);
			Rectangle2D nameBox = label;
			assertThat(keys).as("the key of %s before its name", group.labelKo()).singleElement().satisfies((key) -> {
				assertThat(nameBox.getMinX() - key[2]).isBetween(EndLabels.KEY_GAP - 1, EndLabels.KEY_GAP + 1);
				assertThat(key[1]).isBetween(nameBox.getMinY(), nameBox.getMaxY());
			});
			boxes.add(label);
			Element next = texts.get(texts.indexOf(name) + 1);
			if (next.getAttribute("x").equals(name.getAttribute("x"))) {
				boxes.add(box(next));
				label = label.createUnion(box(next));
			}
			assertThat(label.getMinX()).as("%s is right of its line end", group.labelKo()).isGreaterThan(end[2]);
			assertThat(label.getMaxX()).as("%s ends inside the chart, key and all", group.labelKo()).isLessThan(453.6 - 2);
			double pointY = end[3];
			Rectangle2D block = label;
			List<double[]> led = leaders.stream()
				.filter((leader) -> Math.abs(leader[0] - (end[2] + 3)) < 0.05 && Math.abs(leader[1] - pointY) < 0.05)
				.toList();
			if (led.isEmpty()) {
				assertThat(pointY).as("%s stands beside its line end", group.labelKo())
					.isBetween(block.getMinY(), block.getMaxY());
			}
			else {
				moved++;
				assertThat(led).as("leader of %s", group.labelKo()).singleElement().satisfies((leader) -> {
					assertThat(leader[2]).isBetween(end[2], block.getMinX());
					assertThat(leader[3]).isBetween(block.getMinY(), block.getMaxY());
				});
			}
		}
		assertThat(moved).as("the fixture's small groups end close together: some labels had to move").isPositive();
		assertThat(leaders).hasSize(moved);
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Rectangle2D overlap = boxes.get(i).createIntersection(boxes.get(j));
				assertThat(overlap.isEmpty() || overlap.getHeight() < 1e-6 || overlap.getWidth() < 1e-6)
					.as("label boxes %s and %s overlap", boxes.get(i), boxes.get(j))
					.isTrue();
			}
		}
	}

	/** {x1, y1, x2, y2} of the SVG line elements whose style starts with the given pattern. */
	static List<double[]> lines(String svg, String style) {
		Matcher line = Pattern.compile("<line x1='([-\\d.]+)' y1='([-\\d.]+)' x2='([-\\d.]+)' y2='([-\\d.]+)' style='"
				+ style.replace("(", "\\(").replace(")", "\\)") + "[;']").matcher(svg);
		List<double[]> lines = new ArrayList<>();
		while (line.find()) {
			lines.add(new double[] { Double.parseDouble(line.group(1)), Double.parseDouble(line.group(2)),
					Double.parseDouble(line.group(3)), Double.parseDouble(line.group(4)) });
		}
		return lines;
	}

	/** The box of an SVG text element in points, measured with the bundled font at its size and weight. */
	static Rectangle2D box(Element text) {
		String style = text.getAttribute("style");
		Matcher size = Pattern.compile("font-size: ([\\d.]+)px").matcher(style);
		assertThat(size.find()).as(style).isTrue();
		Font font = ChartTheme.bundled().font(Float.parseFloat(size.group(1)), style.contains("font-weight: bold"));
		FontRenderContext context = new FontRenderContext(null, true, true);
		LineMetrics metrics = font.getLineMetrics(text.getTextContent(), context);
		double width = font.getStringBounds(text.getTextContent(), context).getWidth();
		double x = Double.parseDouble(text.getAttribute("x"));
		double baseline = Double.parseDouble(text.getAttribute("y"));
		return new Rectangle2D.Double(x, baseline - metrics.getAscent(), width,
				metrics.getAscent() + metrics.getDescent());
	}

	static List<String> endLabels(JFreeChart chart) {
		List<String> texts = new ArrayList<>();
		for (Object annotation : ((CategoryPlot) chart.getPlot()).getAnnotations()) {
			if (annotation instanceof EndLabels labels) {
				labels.labels().forEach((label) -> texts.add(label.name() + ": " + label.detail()));
			}
		}
		return texts;
	}

}
