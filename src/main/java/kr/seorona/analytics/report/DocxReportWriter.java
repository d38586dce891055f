package kr.seorona.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a {@link ReportDocument} as DOCX with Apache POI XWPF: A4 portrait, 2.5 cm side margins
 * (16 cm of text width), NanumGothic (the charts' font), native Word tables with a repeated header
 * row, charts embedded 16 cm wide at their aspect ratio.
 */
public final class DocxReportWriter {

	/** A4 in twentieths of a point. */
	static final int PAGE_WIDTH_TWIPS = 11906;

	static final int PAGE_HEIGHT_TWIPS = 16838;

	/** 2.5 cm; leaves 9072 twips = 16.0 cm of text width. */
	static final int SIDE_MARGIN_TWIPS = 1417;

	static final int TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - 2 * SIDE_MARGIN_TWIPS;

	static final String FONT = "NanumGothic";

	/** Size of table cell text, in points. */
	private static final int CELL_FONT_PT = 9;

	/** A table cell's left and right margin, in twips (1/1440 inch). */
	private static final int CELL_SIDE_MARGIN = 100;

	private DocxReportWriter() {
	}

	/**
	 * @param report the report
	 * @param file the .docx file to write (replaced)
	 * @throws UncheckedIOException when a chart cannot be read or the file written
	 */
	public static void write(ReportDocument report, Path file) {
		DocumentFiles.write(file, "Apache POI", () -> bytes(report));
	}

	/**
	 * The report as a .docx package in memory (entries dated {@code report.runDate()}).
	 * @throws IOException when a chart cannot be read
	 */
	static byte[] bytes(ReportDocument report) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			DocxPage.setUp(document);
			document.getProperties().getCoreProperties().setTitle(report.title());
			Date created = Date.from(report.runDate().atStartOfDay(ZoneOffset.UTC).toInstant());
			document.getProperties().getCoreProperties().setCreated(Optional.of(created));
			document.getProperties().getCoreProperties().setModified(Optional.of(created));
			for (ReportBlock block : report.blocks()) {
				if (block instanceof ReportBlock.Title title) {
					title(document, title);
				}
				else if (block instanceof ReportBlock.Heading heading) {
					heading(document, heading);
				}
				else if (block instanceof ReportBlock.Paragraph paragraph) {
					text(document, paragraph.text(), 10.5, false, false);
				}
				else if (block instanceof ReportBlock.Table table) {
					table(document, table);
				}
				else if (block instanceof ReportBlock.Figure figure) {
					figure(document, figure);
				}
				else if (block instanceof ReportBlock.Note note) {
					text(document, note.text(), 9, false, false);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.write(bytes);
			return StableZip.withDate(bytes.toByteArray(), report.runDate());
		}
	}

	private static void title(XWPFDocument document, ReportBlock.Title title) {
		XWPFParagraph organisation = document.createParagraph();
		organisation.setAlignment(ParagraphAlignment.CENTER);
		run(organisation, title.organisation(), 12, false);
		XWPFParagraph main = document.createParagraph();
		main.setAlignment(ParagraphAlignment.CENTER);
		main.setSpacingAfter(240);
		run(main, title.title(), 18, true);
		for (String line : title.lines()) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.RIGHT);
			paragraph.setSpacingAfter(0);
			run(paragraph, line, 9, false);
		}
	}

	private static void heading(XWPFDocument document, ReportBlock.Heading heading) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setSpacingBefore(heading.level() == 1 ? 360 : 200);
		paragraph.setSpacingAfter(120);
		paragraph.setKeepNext(true);
		paragraph.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(heading.level() - 1));
		run(paragraph, heading.text(), heading.level() == 1 ? 14 : 12, true);
	}

	private static XWPFParagraph text(XWPFDocument document, String text, double size, boolean bold, boolean keepNext) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setSpacingAfter(size < 10 ? 120 : 160);
		if (keepNext) {
			paragraph.setKeepNext(true);
		}
		run(paragraph, text, size, bold);
		return paragraph;
	}

	private static void table(XWPFDocument document, ReportBlock.Table table) {
		text(document, table.caption(), 10, true, true);
		int columns = table.header().size();
		XWPFTable grid = document.createTable(table.rows().size() + 1, columns);
		grid.setTableAlignment(TableRowAlign.CENTER);
		grid.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		grid.setWidth(Integer.toString(TEXT_WIDTH_TWIPS));
		grid.setCellMargins(30, CELL_SIDE_MARGIN, 30, CELL_SIDE_MARGIN);
		int[] widths = ColumnWidths.of(table, TEXT_WIDTH_TWIPS, CELL_FONT_PT * 20, 2 * CELL_SIDE_MARGIN);
		CTTblGrid tblGrid = (grid.getCTTbl().getTblGrid() != null) ? grid.getCTTbl().getTblGrid()
				: grid.getCTTbl().addNewTblGrid();
		for (int i = 0; i < columns; i++) {
			(i < tblGrid.sizeOfGridColArray() ? tblGrid.getGridColArray(i) : tblGrid.addNewGridCol())
				.setW(BigInteger.valueOf(widths[i]));
		}
		XWPFTableRow header = grid.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < columns; i++) {
			XWPFTableCell cell = header.getCell(i);
			cell.setColor("E7E6E6");
			cell(cell, table.header().get(i), widths[i], ParagraphAlignment.CENTER, true);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = grid.getRow(r + 1);
			row.setCantSplitRow(true);
			List<String> cells = table.rows().get(r);
			for (int i = 0; i < columns; i++) {
				cell(row.getCell(i), cells.get(i), widths[i],
						table.numeric().get(i) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, false);
			}
		}
		// every row kept with the next and the last with the source line: a table that fits on a page
		// moves whole to the next page rather than leaving its last rows alone at the top of one
		for (XWPFTableRow row : grid.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				cell.getParagraphs().forEach((paragraph) -> paragraph.setKeepNext(true));
			}
		}
		text(document, table.source(), 8.5, false, false).setSpacingBefore(60);
	}

	private static void cell(XWPFTableCell cell, String text, int width, ParagraphAlignment alignment, boolean bold) {
		cell.setWidth(Integer.toString(width));
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, CELL_FONT_PT, bold);
	}

	private static void figure(XWPFDocument document, ReportBlock.Figure figure) throws IOException {
		text(document, figure.caption(), 10, true, true);
		PngSize size = PngSize.of(figure.png());
		long width = Math.round(ReportBlock.Figure.WIDTH_CM * Units.EMU_PER_CENTIMETER);
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setKeepNext(true);
		paragraph.setSpacingAfter(0);
		try (InputStream in = Files.newInputStream(figure.png())) {
			paragraph.createRun()
				.addPicture(in, PictureType.PNG, figure.png().getFileName().toString(), (int) width,
						(int) size.heightAt(width));
		}
		catch (InvalidFormatException ex) {
			throw new IOException("cannot embed " + figure.png(), ex);
		}
		text(document, figure.source(), 8.5, false, false).setSpacingBefore(60);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontFamily(FONT);
		return run;
	}

}
