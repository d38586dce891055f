package kr.seorona.analytics.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a label into lines no wider than a width, breaking at spaces and, inside a word longer
 * than the width, between characters. Nothing is ever cut off or replaced by an ellipsis.
 */
final class LabelWrapper {

	private LabelWrapper() {
	}

	/**
	 * The lines of {@code text} set in {@code font}.
	 * @param text the label; existing line breaks are kept
	 * @param font the font it is drawn in
	 * @param frc the render context (from the target Graphics2D)
	 * @param maxWidth the width in the font's units (points here); at least one character per line
	 * @return the lines, at least one; joined with spaces (or nothing inside a broken word) they
	 * give back the text's words
	 */
	static List<String> wrap(String text, Font font, FontRenderContext frc, double maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.trim().split("\\s+")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (blockWidth(candidate, font, frc) <= maxWidth) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (blockWidth(rest, font, frc) > maxWidth && rest.length() > 1) {
					int cut = fitting(rest, font, frc, maxWidth);
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** {@link #wrap} joined with line breaks, the form JFreeChart's text blocks split on. */
	static String wrapToString(String text, Font font, FontRenderContext frc, double maxWidth) {
		return String.join("\n", wrap(text, font, frc, maxWidth));
	}

	private static int fitting(String word, Font font, FontRenderContext frc, double maxWidth) {
		int end = 1;
		while (end < word.length() && blockWidth(word.substring(0, end + 1), font, frc) <= maxWidth) {
			end++;
		}
		if (Character.isHighSurrogate(word.charAt(end - 1)) && end < word.length()) {
			end++;
		}
		return end;
	}

	/**
	 * The width JFreeChart gives a line when it lays out a text block ({@code TextUtils.createTextBlock},
	 * titles and axis labels): the sum of its line-break segments (each Hangul syllable, each word
	 * with its space), each measured alone and rounded to a whole point as
	 * {@code FontMetrics.stringWidth} rounds it. A line no wider than this is never broken again by
	 * JFreeChart, which broke "신규:" into "신" and "규:" when lines were measured whole.
	 */
	static double blockWidth(String text, Font font, FontRenderContext frc) {
		BreakIterator breaks = BreakIterator.getLineInstance();
		breaks.setText(text);
		double width = 0;
		for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			width += (int) (0.5 + width(text.substring(start, end), font, frc));
		}
		return width;
	}

	static double width(String text, Font font, FontRenderContext frc) {
		return font.getStringBounds(text, frc).getWidth();
	}

}
