package kr.seorona.analytics.report;

import java.math.BigInteger;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page of the DOCX report ({@link DocxReportWriter}): A4 portrait, its margins, NanumGothic
 * as every text's font without the extra space Word puts between Hangul and digits, and the page
 * number centred in the footer.
 */
final class DocxPage {

	private DocxPage() {
	}

	/** A4 portrait with the margins of {@link DocxReportWriter}, NanumGothic, page numbers. */
	static void setUp(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(DocxReportWriter.PAGE_WIDTH_TWIPS));
		size.setH(BigInteger.valueOf(DocxReportWriter.PAGE_HEIGHT_TWIPS));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setLeft(BigInteger.valueOf(DocxReportWriter.SIDE_MARGIN_TWIPS));
		margins.setRight(BigInteger.valueOf(DocxReportWriter.SIDE_MARGIN_TWIPS));
		margins.setTop(BigInteger.valueOf(1417));
		margins.setBottom(BigInteger.valueOf(1417));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(851));
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(DocxReportWriter.FONT);
		fonts.setHAnsi(DocxReportWriter.FONT);
		fonts.setEastAsia(DocxReportWriter.FONT);
		fonts.setCs(DocxReportWriter.FONT);
		XWPFStyles styles = document.createStyles();
		styles.setDefaultFonts(fonts);
		// no extra space between Hangul and digits or Latin letters ("2022학년도", not "2022 학년도"):
		// Word and LibreOffice add it by default (w:autoSpaceDE, w:autoSpaceDN)
		CTStyles ct = styles.getCtStyles();
		CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
		CTPPrDefault paragraphDefault = defaults.isSetPPrDefault() ? defaults.getPPrDefault() : defaults.addNewPPrDefault();
		CTPPrGeneral paragraph = paragraphDefault.isSetPPr() ? paragraphDefault.getPPr() : paragraphDefault.addNewPPr();
		paragraph.addNewAutoSpaceDE().setVal(Boolean.FALSE);
		paragraph.addNewAutoSpaceDN().setVal(Boolean.FALSE);
		pageNumbers(document);
	}

	/** The page number centred in the footer of every page: {@code - 3 -} (a PAGE field). */
	private static void pageNumbers(XWPFDocument document) {
		XWPFFooter footer = document.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		text(paragraph, "- ");
		text(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		text(paragraph, null).getCTR().addNewInstrText().setStringValue(" PAGE ");
		text(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		text(paragraph, "1");
		text(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		text(paragraph, " -");
	}

	/** A 9 pt run at the end of the paragraph, with {@code text} unless null. */
	private static XWPFRun text(XWPFParagraph paragraph, String text) {
		XWPFRun run = paragraph.createRun();
		if (text != null) {
			run.setText(text);
		}
		run.setFontSize(9);
		run.setFontFamily(DocxReportWriter.FONT);
		return run;
	}

}
