package kr.seorona.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.ManifestItem;
import kr.dogfoot.hwpxlib.object.content.context_hpf.Meta;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.LineWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TablePageBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VerticalAlign2;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Picture;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;

/**
 * Writes a {@link ReportDocument} as HWPX (Hancom Office's OWPML) with hwpxlib: the document
 * starts as hwpxlib's blank file (A4 portrait; its fonts 함초롬돋움 and 함초롬바탕, which every
 * Hancom Office has), the side margins are set to 2.5 cm (16 cm of text width), tables are native
 * tables with a repeated header row, and each chart is a picture 16 cm wide whose PNG is stored in
 * {@code BinData/}. Lengths are in HWPUNIT (1/7200 inch).
 */
public final class HwpxReportWriter {

	/** 2.5 cm in HWPUNIT. */
	static final long SIDE_MARGIN = 7087;

	/** Width of the A4 page of the blank file, in HWPUNIT. */
	static final long PAGE_WIDTH = 59528;

	/** 16.0 cm. */
	static final long TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;

	static final long ROW_HEIGHT = 1400;

	/** A table cell's left and right margin, in HWPUNIT (1/7200 inch). */
	private static final long CELL_SIDE_MARGIN = 510;

	private final HWPXFile file;

	private final SectionXMLFile section;

	private final HwpxStyles styles;

	private int ids = 1;

	private int zOrder;

	private int images;

	private HwpxReportWriter() {
		this.file = BlankFileMaker.make();
		this.styles = HwpxStyles.add(this.file.headerXMLFile().refList());
		this.section = this.file.sectionXMLFileList().get(0);
		this.section.getPara(0).getRun(0).secPr().pagePr().margin().left((int) SIDE_MARGIN);
		this.section.getPara(0).getRun(0).secPr().pagePr().margin().right((int) SIDE_MARGIN);
		// page numbers at the foot of every page, "- 3 -", as the DOCX has them
		this.section.getPara(0).getRun(0).addNewCtrl().addNewPageNum()
			.posAnd(kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.PageNumPosition.BOTTOM_CENTER)
			.formatTypeAnd(kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.NumberType1.DIGIT)
			.sideChar("-");
	}

	/**
	 * @param report the report
	 * @param file the .hwpx file to write (replaced)
	 * @throws UncheckedIOException when a chart cannot be read or the file written
	 */
	public static void write(ReportDocument report, Path file) {
		DocumentFiles.write(file, "hwpxlib", () -> bytes(report));
	}

	/**
	 * The report as a .hwpx package in memory (entries dated {@code report.runDate()}).
	 * @throws IOException when a chart cannot be read
	 * @throws Exception what hwpxlib throws when it cannot write the package
	 */
	static byte[] bytes(ReportDocument report) throws Exception {
		HwpxReportWriter writer = new HwpxReportWriter();
		writer.file.contentHPFFile().metaData().title().addText(report.title());
		for (Meta meta : writer.file.contentHPFFile().metaData().metas()) {
			if ("CreatedDate".equals(meta.name()) || "ModifiedDate".equals(meta.name())) {
				meta.text(report.runDate() + "T00:00:00Z");
			}
			else if ("date".equals(meta.name())) {
				meta.text(report.runDate().format(DateTimeFormatter.ofPattern("yyyy년 M월 d일 EEEE", Locale.KOREAN)));
			}
		}
		for (ReportBlock block : report.blocks()) {
			writer.block(block);
		}
		return StableZip.withDate(HWPXWriter.toBytes(writer.file), report.runDate());
	}

	private void block(ReportBlock block) throws IOException {
		if (block instanceof ReportBlock.Title title) {
			paragraph(title.organisation(), this.styles.center, this.styles.subtitle);
			paragraph(title.title(), this.styles.center, this.styles.title);
			paragraph("", this.styles.body, this.styles.text);
			for (String line : title.lines()) {
				paragraph(line, this.styles.right, this.styles.note);
			}
		}
		else if (block instanceof ReportBlock.Heading heading) {
			paragraph("", this.styles.body, this.styles.text);
			paragraph(heading.text(), this.styles.left, heading.level() == 1 ? this.styles.heading1 : this.styles.heading2);
		}
		else if (block instanceof ReportBlock.Paragraph paragraph) {
			paragraph(paragraph.text(), this.styles.body, this.styles.text);
		}
		else if (block instanceof ReportBlock.Table table) {
			paragraph(table.caption(), this.styles.left, this.styles.caption);
			table(table);
			paragraph(table.source(), this.styles.left, this.styles.note);
		}
		else if (block instanceof ReportBlock.Figure figure) {
			paragraph(figure.caption(), this.styles.left, this.styles.caption);
			picture(figure);
			paragraph(figure.source(), this.styles.left, this.styles.note);
		}
		else if (block instanceof ReportBlock.Note note) {
			paragraph(note.text(), this.styles.left, this.styles.note);
		}
	}

	private Run paragraph(String text, String paraPr, String charPr) {
		return paragraph(this.section.addNewPara(), text, paraPr, charPr);
	}

	private Run paragraph(Para para, String text, String paraPr, String charPr) {
		para.id(Integer.toString(this.ids++));
		para.paraPrIDRef(paraPr);
		para.styleIDRef("0");
		para.pageBreak(false);
		para.columnBreak(false);
		para.merged(false);
		Run run = para.addNewRun();
		run.charPrIDRef(charPr);
		if (text != null) {
			run.addNewT().addText(text);
		}
		return run;
	}

	private void table(ReportBlock.Table block) {
		Run run = paragraph(this.section.addNewPara(), null, this.styles.center, this.styles.cell);
		Table table = run.addNewTable();
		int rows = block.rows().size() + 1;
		int columns = block.header().size();
		HwpxShapes.inline(table, Integer.toString(this.ids++), this.zOrder++, NumberingType.TABLE, TEXT_WIDTH,
				rows * ROW_HEIGHT);
		table.pageBreak(TablePageBreak.CELL);
		table.repeatHeader(true);
		table.rowCnt((short) rows);
		table.colCnt((short) columns);
		table.cellSpacing(0);
		table.borderFillIDRef(this.styles.cellBorder);
		table.noAdjust(false);
		table.createInMargin();
		table.inMargin().set(CELL_SIDE_MARGIN, CELL_SIDE_MARGIN, 141L, 141L);
		int[] widths = ColumnWidths.of(block, (int) TEXT_WIDTH, HwpxStyles.CELL_HEIGHT, (int) (2 * CELL_SIDE_MARGIN));
		for (int r = 0; r < rows; r++) {
			Tr tr = table.addNewTr();
			List<String> cells = (r == 0) ? block.header() : block.rows().get(r - 1);
			for (int c = 0; c < columns; c++) {
				String paraPr = (r == 0) ? this.styles.center : block.numeric().get(c) ? this.styles.right : this.styles.left;
				cell(tr.addNewTc(), r, c, widths[c], cells.get(c), paraPr, (r == 0) ? this.styles.headerCell : this.styles.cell);
			}
		}
		run.addNewT();
	}

	private void cell(Tc tc, int row, int column, long width, String text, String paraPr, String charPr) {
		tc.name("");
		tc.header(row == 0);
		tc.hasMargin(false);
		tc.protect(false);
		tc.editable(false);
		tc.dirty(false);
		tc.borderFillIDRef(row == 0 ? this.styles.headerBorder : this.styles.cellBorder);
		tc.createSubList();
		SubList list = tc.subList();
		list.id("");
		list.textDirection(TextDirection.HORIZONTAL);
		list.lineWrap(LineWrapMethod.BREAK);
		list.vertAlign(VerticalAlign2.CENTER);
		list.linkListIDRef("0");
		list.linkListNextIDRef("0");
		list.textWidth(0);
		list.textHeight(0);
		list.hasTextRef(false);
		list.hasNumRef(false);
		paragraph(list.addNewPara(), text, paraPr, charPr);
		tc.createCellAddr();
		tc.cellAddr().colAddr((short) column);
		tc.cellAddr().rowAddr((short) row);
		tc.createCellSpan();
		tc.cellSpan().colSpan((short) 1);
		tc.cellSpan().rowSpan((short) 1);
		tc.createCellSz();
		tc.cellSz().width(width);
		tc.cellSz().height(ROW_HEIGHT);
		tc.createCellMargin();
		tc.cellMargin().set(CELL_SIDE_MARGIN, CELL_SIDE_MARGIN, 141L, 141L);
	}

	private void picture(ReportBlock.Figure figure) throws IOException {
		byte[] png = Files.readAllBytes(figure.png());
		PngSize pixels = PngSize.of(figure.png());
		String binary = "image" + (++this.images);
		ManifestItem item = this.file.contentHPFFile().manifest().addNew();
		item.id(binary);
		item.href("BinData/" + binary + ".png");
		item.mediaType("image/png");
		item.embedded(true);
		item.createAttachedFile();
		item.attachedFile().data(png);
		Run run = paragraph(this.section.addNewPara(), null, this.styles.center, this.styles.text);
		Picture picture = run.addNewPicture();
		HwpxShapes.inline(picture, Integer.toString(this.ids++), this.zOrder++, NumberingType.PICTURE, TEXT_WIDTH,
				pixels.heightAt(TEXT_WIDTH));
		HwpxShapes.image(picture, binary, pixels, figure.caption());
		run.addNewT();
	}

}
