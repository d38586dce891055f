package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Rows of one sheet of an XLSX workbook, read as a stream (StAX over the sheet's XML, the way POI's
 * event API does) so that a large sheet does not fill memory; only the shared-strings table is held.
 * Cell values as text: strings as is, numbers in plain notation without grouping ({@code 1200},
 * {@code 3.5}), date-formatted numbers as their Excel serial in the 1900 date system
 * ({@code 44680}; the date parser turns them into dates), booleans as {@code TRUE}/{@code FALSE},
 * formulas as their cached result. Row numbers are Excel's.
 */
final class XlsxRowSource implements RowSource {

	private final InputFile file;

	private final OPCPackage pkg;

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final boolean date1904;

	private long rowsSeen;

	XlsxRowSource(InputFile file, String sheetName) {
		this.file = file;
		try {
			this.pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw new InvalidInputException("Input file " + file.name() + " cannot be read as an Excel workbook (.xlsx): "
					+ ex.getMessage(), ex);
		}
		try {
			XSSFReader reader = new XSSFReader(this.pkg);
			this.strings = new ReadOnlySharedStringsTable(this.pkg, false);
			this.styles = reader.getStylesTable();
			this.date1904 = date1904(reader);
			this.sheet = openSheet(reader, sheetName);
			XMLInputFactory factory = XMLHelper.newXMLInputFactory();
			this.xml = factory.createXMLStreamReader(this.sheet);
		}
		catch (InvalidInputException ex) {
			this.pkg.revert();
			throw ex;
		}
		catch (Exception ex) {
			this.pkg.revert();
			throw new InvalidInputException("Input file " + file.name() + " cannot be read as an Excel workbook (.xlsx): "
					+ ex.getMessage(), ex);
		}
	}

	private InputStream openSheet(XSSFReader reader, String sheetName) throws IOException, OpenXML4JException {
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		List<String> names = new ArrayList<>();
		while (sheets.hasNext()) {
			InputStream in = sheets.next();
			String name = sheets.getSheetName();
			if (sheetName == null || AliasTable.normalize(sheetName).equals(AliasTable.normalize(name))) {
				return in;
			}
			names.add(name);
			in.close();
		}
		if (sheetName == null) {
			throw new InvalidInputException("Input file " + this.file.name() + " is empty: the workbook has no sheet");
		}
		throw new InvalidInputException("Input file " + this.file.name() + " has no sheet named '" + sheetName
				+ "'; its sheets are " + names);
	}

	private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
						String value = xml.getAttributeValue(null, "date1904");
						return "1".equals(value) || "true".equalsIgnoreCase(value);
					}
					if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
						return false;
					}
				}
				return false;
			}
			finally {
				xml.close();
			}
		}
	}

	@Override
	public RawRow next() {
		try {
			while (this.xml.hasNext()) {
				if (this.xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
					return readRow();
				}
			}
			return null;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new InvalidInputException("Input file " + this.file.name() + " cannot be read after row " + this.rowsSeen
					+ ": " + ex.getMessage(), ex);
		}
	}

	private RawRow readRow() throws XMLStreamException {
		String r = this.xml.getAttributeValue(null, "r");
		long number = (r != null) ? Long.parseLong(r) : this.rowsSeen + 1;
		this.rowsSeen = number;
		List<String> cells = new ArrayList<>();
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
				String ref = this.xml.getAttributeValue(null, "r");
				int column = (ref != null) ? new CellReference(ref).getCol() : cells.size();
				String value = readCell();
				while (cells.size() < column) {
					cells.add("");
				}
				if (column < cells.size()) {
					cells.set(column, value);
				}
				else {
					cells.add(value);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName())) {
				break;
			}
		}
		return RawRow.of(number, cells);
	}

	/** Reads one {@code <c>} element up to its end and returns its value as text. */
	private String readCell() throws XMLStreamException {
		String type = this.xml.getAttributeValue(null, "t");
		String style = this.xml.getAttributeValue(null, "s");
		StringBuilder value = null;
		StringBuilder inline = null;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = this.xml.getLocalName();
				if ("v".equals(name)) {
					value = new StringBuilder(this.xml.getElementText());
				}
				else if ("t".equals(name)) {
					if (inline == null) {
						inline = new StringBuilder();
					}
					inline.append(this.xml.getElementText());
				}
				else if ("rPh".equals(name)) {
					skip("rPh");
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName())) {
				break;
			}
		}
		if ("inlineStr".equals(type)) {
			return (inline != null) ? inline.toString() : "";
		}
		if (value == null) {
			return "";
		}
		String v = value.toString();
		if (type == null || "n".equals(type)) {
			return number(v, style);
		}
		return switch (type) {
			case "s" -> this.strings.getItemAt(Integer.parseInt(v.trim())).getString();
			case "b" -> "1".equals(v.trim()) ? "TRUE" : "FALSE";
			default -> v; // "str" (formula text), "e" (error, e.g. #N/A), "d" (ISO date)
		};
	}

	private void skip(String element) throws XMLStreamException {
		while (this.xml.hasNext()) {
			if (this.xml.next() == XMLStreamConstants.END_ELEMENT && element.equals(this.xml.getLocalName())) {
				return;
			}
		}
	}

	private String number(String raw, String style) {
		BigDecimal number;
		try {
			number = new BigDecimal(raw.trim());
		}
		catch (NumberFormatException ex) {
			return raw;
		}
		if (style != null && !style.isEmpty()) {
			XSSFCellStyle cellStyle = this.styles.getStyleAt(Integer.parseInt(style));
			if (cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
				if (this.date1904) {
					number = number.add(BigDecimal.valueOf(1462));
				}
			}
		}
		return plain(number);
	}

	static String plain(BigDecimal number) {
		String text = number.stripTrailingZeros().toPlainString();
		return text.toLowerCase(Locale.ROOT);
	}

	@Override
	public void close() {
		try {
			this.xml.close();
			this.sheet.close();
		}
		catch (XMLStreamException | IOException ex) {
			// read-only: nothing to recover
		}
		finally {
			this.pkg.revert();
		}
	}

}
