package kr.seorona.analytics.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.ManifestItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.TItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Picture;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NormalText;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A report document read back with the library that wrote it (POI XWPF for DOCX, hwpxlib for
 * HWPX): its paragraphs outside tables, its tables as rows of cell texts, and its pictures with
 * their bytes and printed size, all in document order.
 *
 * @param paragraphs non-empty paragraphs outside tables
 * @param tables every table, rows of cell texts, header row first
 * @param pictures every embedded picture
 */
public record ReadBack(List<String> paragraphs, List<List<List<String>>> tables, List<Image> pictures) {

	/**
	 * An embedded picture.
	 *
	 * @param data the image file's bytes
	 * @param widthCm printed width in cm
	 * @param heightCm printed height in cm
	 */
	public record Image(byte[] data, double widthCm, double heightCm) {

	}

	/** Every text of the document (paragraphs and cells), one per line. */
	public String allText() {
		StringBuilder text = new StringBuilder();
		this.paragraphs.forEach((paragraph) -> text.append(paragraph).append('\n'));
		this.tables.forEach((table) -> table.forEach((row) -> text.append(String.join("\t", row)).append('\n')));
		return text.toString();
	}

	public static ReadBack docx(Path file) throws IOException {
		List<String> paragraphs = new ArrayList<>();
		List<List<List<String>>> tables = new ArrayList<>();
		List<Image> pictures = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					if (!paragraph.getText().isEmpty()) {
						paragraphs.add(paragraph.getText());
					}
					for (XWPFRun run : paragraph.getRuns()) {
						for (XWPFPicture picture : run.getEmbeddedPictures()) {
							var extent = picture.getCTPicture().getSpPr().getXfrm().getExt();
							pictures.add(new Image(picture.getPictureData().getData(), extent.getCx() / 360000.0,
									extent.getCy() / 360000.0));
						}
					}
				}
				else if (element instanceof XWPFTable table) {
					List<List<String>> rows = new ArrayList<>();
					for (XWPFTableRow row : table.getRows()) {
						rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
					}
					tables.add(rows);
				}
			}
		}
		return new ReadBack(paragraphs, tables, pictures);
	}

	public static ReadBack hwpx(Path file) throws Exception {
		HWPXFile hwpx = HWPXReader.fromFilepath(file.toString());
		Map<String, byte[]> binaries = new HashMap<>();
		for (ManifestItem item : hwpx.contentHPFFile().manifest().items()) {
			if (item.attachedFile() != null) {
				binaries.put(item.id(), item.attachedFile().data());
			}
		}
		List<String> paragraphs = new ArrayList<>();
		List<List<List<String>>> tables = new ArrayList<>();
		List<Image> pictures = new ArrayList<>();
		for (Para para : hwpx.sectionXMLFileList().get(0).paras()) {
			String text = text(para);
			if (!text.isEmpty()) {
				paragraphs.add(text);
			}
			for (Run run : para.runs()) {
				for (RunItem item : run.runItems()) {
					if (item instanceof Table table) {
						List<List<String>> rows = new ArrayList<>();
						for (Tr tr : table.trs()) {
							List<String> cells = new ArrayList<>();
							for (Tc tc : tr.tcs()) {
								StringBuilder cell = new StringBuilder();
								tc.subList().paras().forEach((p) -> cell.append(text(p)));
								cells.add(cell.toString());
							}
							rows.add(cells);
						}
						tables.add(rows);
					}
					else if (item instanceof Picture picture) {
						pictures.add(new Image(binaries.get(picture.img().binaryItemIDRef()),
								picture.sz().width() * 2.54 / 7200, picture.sz().height() * 2.54 / 7200));
					}
				}
			}
		}
		return new ReadBack(paragraphs, tables, pictures);
	}

	private static String text(Para para) {
		StringBuilder text = new StringBuilder();
		for (Run run : para.runs()) {
			for (RunItem item : run.runItems()) {
				if (item instanceof T t) {
					if (t.isOnlyText()) {
						text.append((t.onlyText() != null) ? t.onlyText() : "");
					}
					else if (t.items() != null) {
						for (TItem part : t.items()) {
							if (part instanceof NormalText normal) {
								text.append(normal.text());
							}
						}
					}
				}
			}
		}
		return text.toString();
	}

}
