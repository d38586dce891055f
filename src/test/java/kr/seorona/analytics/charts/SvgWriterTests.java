package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SVG keeps text as text: searchable and editable after pasting. The tests read the written SVG
 * back as XML and find each chart's texts and series in it.
 */
class SvgWriterTests {

	private final List<ChartFile> files = new ChartCatalog(ChartTheme.bundled())
		.build(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN));

	private String svg(String stem) {
		ChartFile file = this.files.stream().filter((f) -> f.stem().equals(stem)).findFirst().orElseThrow();
		return SvgWriter.render(file.chart(), 453.6, 281.2);
	}

	/** The text elements of an SVG document, parsed as XML. */
	static List<Element> texts(String svg) throws Exception {
		NodeList nodes = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
			.getElementsByTagName("text");
		List<Element> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add((Element) nodes.item(i));
		}
		return texts;
	}

	static List<String> strings(String svg) throws Exception {
		return texts(svg).stream().map(Element::getTextContent).toList();
	}

	@Test
	void everyTextOfTheChartIsATextElementNamingTheBundledFont() throws Exception {
		String svg = svg("2019-2022/participation-trend");
		List<Element> texts = texts(svg);
		assertThat(texts).extracting(Element::getTextContent)
			.contains("집단별 참여 연인원 추이", "2019", "2022", "교장", "학부모", "※ 합동 회의 2회", "비공개: 행정실장")
			.anySatisfy((text) -> assertThat(text).startsWith("자료: 울산광역시교육청"));
		assertThat(texts).allSatisfy((text) -> assertThat(text.getAttribute("style")).contains("\"NanumGothic\""));
		assertThat(texts).filteredOn((text) -> text.getTextContent().equals("집단별 참여 연인원 추이"))
			.allSatisfy((title) -> assertThat(title.getAttribute("style")).contains("font-weight: bold"));
	}

	@Test
	void seriesCanBeReadFromTheSvg() throws Exception {
		// meetings: one bar colour per group and joint, each year's total as text
		String svg = svg("2019-2022/meetings-by-group");
		for (String code : List.of("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "ADMIN_DIRECTOR", "EDU_STAFF", "PARENT",
				"JOINT")) {
			java.awt.Color color = java.awt.Color.decode(ChartFixtures.DEFINITIONS.groups().get(code).color());
			assertThat(svg).as(code).contains("fill:rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")");
		}
		assertThat(strings(svg)).contains("계 33회 (정기 31 + 합동 2)", "18", "교육공무직", "합동");
		// year over year: the bases beside the change
		assertThat(strings(svg("2022/year-over-year"))).contains("47→51", "+8.5%", "변화 없음");
	}

	@Test
	void englishChartsKeepEnglishText() throws Exception {
		List<ChartFile> english = new ChartCatalog(ChartTheme.bundled())
			.build(ChartFixtures.inputs(), ChartFixtures.options(Locale.ENGLISH));
		String svg = SvgWriter.render(english.get(0).chart(), 453.6, 281.2);
		assertThat(strings(svg)).contains("Network meetings by group", "Total 33", "regular 31 + joint 2", "Parents");
	}

}
