package kr.seorona.analytics.report;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnWidthsTests {

	/** DOCX: 16 cm of text width in twips, 9 pt cell text, 100 twips of margin each side. */
	static final int TOTAL = 9072;

	static final double EM = 180;

	static final int MARGINS = 200;

	/** The report's survey scale table: the alpha column's warning is the longest number cell. */
	static final ReportBlock.Table SCALES = new ReportBlock.Table("<표 4>",
			List.of("척도", "집단", "응답(n)", "평균", "95% 신뢰구간", "크론바흐 알파"),
			List.of(List.of("소통과 협력", "교장", "7", "3.43", "2.58~4.28", "0.83"),
					List.of("소통과 협력", "교육공무직", "8", "2.75", "2.31~3.19", "0.51 (신뢰도 주의)"),
					List.of("참여 가치", "전체", "121", "3.85", "3.71~4.00", "0.82")),
			List.of(false, false, true, true, true, true), "자료");

	@Test
	void everyCellOfATableThatFitsStaysOnOneLine() {
		int[] widths = ColumnWidths.of(SCALES, TOTAL, EM, MARGINS);
		assertThat(IntStream.of(widths).sum()).isEqualTo(TOTAL);
		for (int c = 0; c < widths.length; c++) {
			for (List<String> row : SCALES.rows()) {
				assertThat(ColumnWidths.ems(row.get(c)) * EM + MARGINS).as("column %d, cell '%s'", c, row.get(c))
					.isLessThanOrEqualTo(widths[c]);
			}
		}
		// the warning's column is wider than a plain number column (the old fixed 1:2 widths gave both 1/10)
		assertThat(widths[5]).isGreaterThan(widths[3] * 2);
	}

	@Test
	void whenTextIsTooLongNumbersKeepTheirWidthAndTextColumnsWrap() {
		String longText = String.join(" ", Collections.nCopies(40, "공동회의"));
		ReportBlock.Table table = new ReportBlock.Table("<표>", List.of("내용", "집단", "참여자(n)"),
				List.of(List.of(longText, "교육공무직", "1,234")), List.of(false, false, true), "자료");
		int[] widths = ColumnWidths.of(table, TOTAL, EM, MARGINS);
		assertThat(IntStream.of(widths).sum()).isEqualTo(TOTAL);
		assertThat(widths[2]).as("the number column fits its widest text, the header word 참여자(n)")
			.isGreaterThanOrEqualTo((int) (ColumnWidths.ems("참여자(n)") * 1.05 * EM + MARGINS));
		assertThat(widths[0]).as("the long text takes most of what is left").isGreaterThan(widths[1] * 5);
	}

	@Test
	void hangulIsOneEmAndDigitsLess() {
		assertThat(ColumnWidths.ems("신뢰도")).isEqualTo(3.0);
		assertThat(ColumnWidths.ems("0.51")).isLessThan(3.0);
	}

}
