package kr.seorona.analytics.report;

import java.util.List;

/**
 * Widths of a report table's columns from the text they hold, so that a short number column is not
 * as wide as a long text column and a cell such as {@code 0.51 (신뢰도 주의)} is not broken over three
 * lines in a column sized for {@code 0.83}.
 *
 * <p>A column needs the width of its longest cell, or of the longest word of its header (headers
 * may wrap between words), plus the cell's side margins. Text is measured in ems of the cell font:
 * Hangul, CJK and full-width characters 1 em, every other character 0.6 em (NanumGothic's digits
 * and Latin letters are 0.5-0.6 em), bold header text 5 % wider. When the table's needs fit the
 * text width, the rest is shared in proportion to the needs; when they do not, number columns keep
 * their need (numbers never wrap) and text columns share what is left in proportion to theirs, so
 * that text wraps between words. Same units in and out (twips for DOCX, HWPUNIT for HWPX).
 */
final class ColumnWidths {

	private static final double NARROW_EM = 0.6;

	private static final double BOLD = 1.05;

	private ColumnWidths() {
	}

	/**
	 * @param table the table, header and rows
	 * @param total the table's width
	 * @param em the cell font's size (1 em) in the same unit
	 * @param margins a cell's left plus right margin in the same unit
	 * @return one width per column, summing to {@code total}
	 */
	static int[] of(ReportBlock.Table table, int total, double em, int margins) {
		int columns = table.header().size();
		double[] need = new double[columns];
		for (int c = 0; c < columns; c++) {
			double widest = 0;
			for (String word : table.header().get(c).split(" ")) {
				widest = Math.max(widest, ems(word) * BOLD);
			}
			for (List<String> row : table.rows()) {
				widest = Math.max(widest, ems(row.get(c)));
			}
			need[c] = widest * em + margins;
		}
		double needed = sum(need);
		double[] widths = new double[columns];
		if (needed <= total) {
			for (int c = 0; c < columns; c++) {
				widths[c] = need[c] * total / needed;
			}
		}
		else {
			double numbers = 0;
			double text = 0;
			for (int c = 0; c < columns; c++) {
				if (table.numeric().get(c)) {
					numbers += need[c];
				}
				else {
					text += need[c];
				}
			}
			// numbers keep their width unless that leaves the text columns less than half the table
			double forNumbers = Math.min(numbers, total / 2.0);
			for (int c = 0; c < columns; c++) {
				widths[c] = table.numeric().get(c) ? need[c] * forNumbers / numbers
						: need[c] * (total - forNumbers) / text;
			}
		}
		return rounded(widths, total);
	}

	/** Width of a text in ems of its font (see the class description). */
	static double ems(String text) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			ems += wide(text.charAt(i)) ? 1 : NARROW_EM;
		}
		return ems;
	}

	private static boolean wide(char c) {
		return (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3000' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3')
				|| (c >= '\uFF00' && c <= '\uFF60');
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum;
	}

	/** Whole units that sum to {@code total}: the rounding rest goes to the first column. */
	private static int[] rounded(double[] widths, int total) {
		int[] whole = new int[widths.length];
		int used = 0;
		for (int c = 0; c < widths.length; c++) {
			whole[c] = (int) Math.floor(widths[c]);
			used += whole[c];
		}
		whole[0] += total - used;
		return whole;
	}

}
