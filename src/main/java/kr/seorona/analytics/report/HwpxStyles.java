package kr.seorona.analytics.report;

import kr.dogfoot.hwpxlib.object.common.ObjectList;
import kr.dogfoot.hwpxlib.object.content.header_xml.RefList;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.HorizontalAlign2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineType2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineWidth;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.BorderFill;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.ParaPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.borderfill.Border;

/**
 * The character, paragraph and border properties the report adds to the header of hwpxlib's blank
 * file, each cloned from one of the blank file's own and changed where needed; the fields hold
 * their ids. Character heights are in 1/100 pt. Body text is 함초롬바탕, everything else
 * 함초롬돋움 (the blank file's two fonts).
 */
final class HwpxStyles {

	/** charPr of the blank file that uses 함초롬바탕 / 함초롬돋움. */
	private static final String SERIF = "0";

	private static final String SANS = "1";

	/** Height of table cell text in 1/100 pt (= HWPUNIT): 9 pt. */
	static final int CELL_HEIGHT = 900;

	String title;

	String subtitle;

	String heading1;

	String heading2;

	String caption;

	String text;

	String note;

	String cell;

	String headerCell;

	String left;

	String center;

	String right;

	String body;

	String cellBorder;

	String headerBorder;

	private HwpxStyles() {
	}

	static HwpxStyles add(RefList refList) {
		HwpxStyles styles = new HwpxStyles();
		ObjectList<CharPr> chars = refList.charProperties();
		styles.title = charPr(chars, SANS, 1800, true);
		styles.subtitle = charPr(chars, SANS, 1200, false);
		styles.heading1 = charPr(chars, SANS, 1400, true);
		styles.heading2 = charPr(chars, SANS, 1200, true);
		styles.caption = charPr(chars, SANS, 1000, true);
		styles.text = charPr(chars, SERIF, 1050, false);
		styles.note = charPr(chars, SANS, 850, false);
		styles.cell = charPr(chars, SANS, CELL_HEIGHT, false);
		styles.headerCell = charPr(chars, SANS, CELL_HEIGHT, true);
		ObjectList<ParaPr> paras = refList.paraProperties();
		styles.left = paraPr(paras, HorizontalAlign2.LEFT);
		styles.center = paraPr(paras, HorizontalAlign2.CENTER);
		styles.right = paraPr(paras, HorizontalAlign2.RIGHT);
		styles.body = paraPr(paras, HorizontalAlign2.JUSTIFY);
		styles.cellBorder = borderFill(refList.borderFills(), "none");
		styles.headerBorder = borderFill(refList.borderFills(), "#E7E6E6");
		return styles;
	}

	private static String charPr(ObjectList<CharPr> list, String base, int height, boolean bold) {
		CharPr charPr = find(list, base).clone();
		String id = Integer.toString(list.count());
		charPr.id(id);
		charPr.height(height);
		if (bold) {
			charPr.createBold();
		}
		list.add(charPr);
		return id;
	}

	private static CharPr find(ObjectList<CharPr> list, String id) {
		for (CharPr charPr : list.items()) {
			if (id.equals(charPr.id())) {
				return charPr;
			}
		}
		throw new IllegalStateException("the blank file has no charPr " + id);
	}

	private static String paraPr(ObjectList<ParaPr> list, HorizontalAlign2 alignment) {
		ParaPr paraPr = list.get(0).clone();
		String id = Integer.toString(list.count());
		paraPr.id(id);
		paraPr.align().horizontal(alignment);
		list.add(paraPr);
		return id;
	}

	private static String borderFill(ObjectList<BorderFill> list, String faceColor) {
		BorderFill borderFill = list.get(list.count() - 1).clone();
		String id = Integer.toString(list.count() + 1);
		borderFill.id(id);
		for (Border border : new Border[] { borderFill.leftBorder(), borderFill.rightBorder(), borderFill.topBorder(),
				borderFill.bottomBorder() }) {
			border.type(LineType2.SOLID);
			border.width(LineWidth.MM_0_12);
			border.color("#000000");
		}
		borderFill.diagonal().type(LineType2.NONE);
		if (borderFill.fillBrush() != null && borderFill.fillBrush().winBrush() != null) {
			borderFill.fillBrush().winBrush().faceColor(faceColor);
		}
		list.add(borderFill);
		return id;
	}

}
