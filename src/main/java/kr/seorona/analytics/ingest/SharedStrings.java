package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The shared-strings table of an XLSX workbook (the text of its text cells, each distinct text
 * once), read with a bound on memory: at most {@link Limits#maxStrings()} texts and
 * {@link Limits#maxChars()} characters in all, else an {@link InvalidInputException} naming the
 * file (a workbook with millions of distinct texts would fill the heap before a row is read; the
 * same data as CSV has no such limit). Phonetic runs ({@code rPh}) are left out, rich-text runs
 * joined.
 */
final class SharedStrings {

	/**
	 * Bounds of the table.
	 * @param maxStrings most distinct texts
	 * @param maxChars most characters over all texts
	 */
	record Limits(int maxStrings, long maxChars) {

		/** 2,000,000 texts (about twice the rows of a full sheet of one text column), 64 million characters. */
		static final Limits DEFAULT = new Limits(2_000_000, 64_000_000L);

	}

	private final List<String> items;

	private SharedStrings(List<String> items) {
		this.items = items;
	}

	static SharedStrings read(OPCPackage pkg, InputFile file, XMLInputFactory factory, Limits limits) {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		List<String> items = new ArrayList<>();
		if (parts.isEmpty()) {
			return new SharedStrings(items);
		}
		try (InputStream in = parts.get(0).getInputStream()) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			try {
				read(xml, items, file, limits);
			}
			finally {
				xml.close();
			}
		}
		catch (IOException | XMLStreamException ex) {
			throw new InvalidInputException("Input file " + file.name() + ": its table of texts (sharedStrings.xml) "
					+ "cannot be read: " + ex.getMessage(), ex);
		}
		return new SharedStrings(items);
	}

	private static void read(XMLStreamReader xml, List<String> items, InputFile file, Limits limits)
			throws XMLStreamException {
		long chars = 0;
		StringBuilder text = null;
		int phonetic = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "sst" -> {
						String declared = xml.getAttributeValue(null, "uniqueCount");
						if (declared != null && declared.matches("\\d{1,18}")
								&& Long.parseLong(declared) > limits.maxStrings()) {
							throw tooLarge(file, limits, declared + " distinct texts");
						}
					}
					case "si" -> text = new StringBuilder();
					case "rPh" -> phonetic++;
					case "t" -> {
						String value = xml.getElementText();
						if (text != null && phonetic == 0) {
							text.append(value);
							chars += value.length();
							if (chars > limits.maxChars()) {
								throw tooLarge(file, limits, "more than " + limits.maxChars() + " characters of text");
							}
						}
					}
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				if ("rPh".equals(name)) {
					phonetic--;
				}
				else if ("si".equals(name) && text != null) {
					if (items.size() >= limits.maxStrings()) {
						throw tooLarge(file, limits, "more than " + limits.maxStrings() + " distinct texts");
					}
					items.add(text.toString());
					text = null;
				}
			}
		}
	}

	private static InvalidInputException tooLarge(InputFile file, Limits limits, String found) {
		return new InvalidInputException(String.format(Locale.ROOT,
				"Input file %s has %s in its table of texts (sharedStrings.xml); at most %,d texts and %,d characters "
						+ "are read from a workbook, to stay within memory. Save the sheet as CSV UTF-8 and use that file",
				file.name(), found, limits.maxStrings(), limits.maxChars()));
	}

	/**
	 * The text at an index of the table.
	 * @throws InvalidInputException naming the file when the index is not in the table
	 */
	String get(int index, InputFile file) {
		if (index < 0 || index >= this.items.size()) {
			throw new InvalidInputException("Input file " + file.name() + " refers to text " + index
					+ " of its table of texts, which has " + this.items.size());
		}
		return this.items.get(index);
	}

}
