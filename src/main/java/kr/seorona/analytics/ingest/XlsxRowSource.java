package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Rows of one sheet of an XLSX workbook, read as a stream (StAX over the sheet's XML, the way POI's
 * event API does) so that a large sheet does not fill memory; only the shared-strings table is held.
 * Cell values as text: strings as is, numbers in plain notation without grouping ({@code 1200},
 * {@code 3.5}), date-formatted numbers as their Excel serial in the 1900 date system
 * ({@code 44680}; the date parser turns them into dates), booleans as {@code TRUE}/{@code FALSE},
 * formulas as their cached result. Row numbers are Excel's.
 * <p>
 * Bounded cost: the table of texts is read within {@link SharedStrings.Limits}; a number whose
 * plain notation would be longer than {@value XlsxCells#MAX_PLAIN_DIGITS} digits ({@code 1E+999999999}) is
 * kept as written (and so rejected where a number is expected); a cell text longer than
 * {@value #MAX_CELL_CHARS} characters, a cell beyond Excel's last column (XFD) or a row of more
 * cells stops the run with a message naming the file.
 */
final class XlsxRowSource implements RowSource {

	private final InputFile file;

	private final OPCPackage pkg;

	private final InputStream sheet;

	private final XMLStreamReader xml;

	/** Excel's own limit on a cell's text is 32,767 characters; XML escapes and rich text add some. */
	static final int MAX_CELL_CHARS = 1_000_000;

	private final SharedStrings strings;

	private final XlsxCells cells;

	private long rowsSeen;

	XlsxRowSource(InputFile file, String sheetName) {
		this(file, sheetName, SharedStrings.Limits.DEFAULT);
	}

	XlsxRowSource(InputFile file, String sheetName, SharedStrings.Limits limits) {
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
			XMLInputFactory factory = XMLHelper.newXMLInputFactory();
			if (factory.isPropertySupported("com.ctc.wstx.maxTextLength")) {
				// Woodstox: a text node (a cell's value) longer than this is an error, not a heap filled
				factory.setProperty("com.ctc.wstx.maxTextLength", MAX_CELL_CHARS);
			}
			this.strings = SharedStrings.read(this.pkg, file, factory, limits);
			this.cells = new XlsxCells(reader);
			this.sheet = XlsxCells.openSheet(reader, sheetName, file);
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
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new InvalidInputException("Input file " + this.file.name() + " cannot be read after row " + this.rowsSeen
					+ ": " + Rejects.abbreviate(ex.getMessage(), Rejects.MAX_DETAIL_CHARS), ex);
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
				int column = (ref != null) ? XlsxCells.column(ref) : cells.size();
				if (column < 0 || column >= XlsxCells.MAX_COLUMNS) {
					throw new InvalidInputException("Input file " + this.file.name() + " row " + number + ": cell "
							+ ((ref != null) ? Rejects.abbreviate(ref, 20) : "number " + (column + 1))
							+ " is beyond Excel's last column (XFD); the workbook is damaged");
				}
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
			return this.cells.number(v, style);
		}
		return switch (type) {
			case "s" -> this.strings.get(Integer.parseInt(v.trim()), this.file);
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
