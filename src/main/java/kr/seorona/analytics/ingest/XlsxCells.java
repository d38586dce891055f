package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What {@link XlsxRowSource} needs of a workbook besides its sheet's rows: the sheet to read, cell
 * references, and numbers as text under the workbook's styles and date system.
 */
final class XlsxCells {

	/** Digits of a number's plain notation beyond which it is kept as written. */
	static final int MAX_PLAIN_DIGITS = 40;

	/** Excel's last column, XFD, is the 16,384th. */
	static final int MAX_COLUMNS = 16_384;

	private final StylesTable styles;

	private final boolean date1904;

	XlsxCells(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
		this.styles = reader.getStylesTable();
		this.date1904 = date1904(reader);
	}

	/**
	 * A numeric cell's value as text: plain notation without grouping, a date-formatted number as
	 * its serial in the 1900 date system; a number whose plain notation would be longer than
	 * {@value #MAX_PLAIN_DIGITS} digits as written.
	 */
	String number(String raw, String style) {
		BigDecimal number;
		try {
			number = new BigDecimal(raw.trim());
		}
		catch (NumberFormatException ex) {
			return raw;
		}
		if (number.signum() != 0 && (number.precision() - number.scale() > MAX_PLAIN_DIGITS
				|| number.scale() > MAX_PLAIN_DIGITS)) {
			// 1E+999999999 in plain notation is a billion digits: keep it as written, for a reject
			return raw.trim();
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

	/**
	 * The 0-based column of a cell reference such as {@code D2}, or -1 when its letters name a
	 * column beyond {@value #MAX_COLUMNS} (POI's CellReference keeps only the low 16 bits).
	 */
	static int column(String ref) {
		long column = 0;
		int i = 0;
		for (; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
			if (column > MAX_COLUMNS) {
				return -1;
			}
		}
		return (int) column - 1;
	}

	/** The named sheet (ignoring case and blanks), or the first. */
	static InputStream openSheet(XSSFReader reader, String sheetName, InputFile file)
			throws IOException, OpenXML4JException {
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
			throw new InvalidInputException("Input file " + file.name() + " is empty: the workbook has no sheet");
		}
		throw new InvalidInputException("Input file " + file.name() + " has no sheet named '" + sheetName
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

}
