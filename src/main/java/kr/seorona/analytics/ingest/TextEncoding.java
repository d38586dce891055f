package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The encoding of a text input file: a byte-order mark wins, then an explicit override, then
 * juniversalchardet's detection, restricted to the encodings Korean exports use (UTF-8, CP949 and
 * its subset EUC-KR, UTF-16). Anything else is an error asking for an explicit encoding rather than
 * a silent guess.
 *
 * @param charset the charset to decode with (CP949 for a detected EUC-KR)
 * @param bomLength bytes of byte-order mark to skip at the start
 * @param how how the charset was chosen, for messages ("byte-order mark", "detected", "set")
 */
record TextEncoding(Charset charset, int bomLength, String how) {

	/** Korean Excel's "CSV" encoding: Microsoft's superset of EUC-KR. */
	static final Charset CP949 = Charset.forName("x-windows-949");

	private static final int DETECTION_LIMIT = 4 * 1024 * 1024;

	static TextEncoding of(InputFile file, Charset override) {
		byte[] head = new byte[4];
		int n;
		try (InputStream in = Files.newInputStream(file.path())) {
			n = in.readNBytes(head, 0, 4);
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read input file " + file.name() + ": " + ex.getMessage(), ex);
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			throw new InvalidInputException("Input file " + file.name()
					+ " is an Excel workbook or another ZIP file, not text; name it .xlsx or save it as CSV");
		}
		if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			throw new InvalidInputException("Input file " + file.name()
					+ " is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV");
		}
		Charset bom = null;
		int bomLength = 0;
		if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			bom = StandardCharsets.UTF_8;
			bomLength = 3;
		}
		else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			bom = StandardCharsets.UTF_16LE;
			bomLength = 2;
		}
		else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			bom = StandardCharsets.UTF_16BE;
			bomLength = 2;
		}
		if (bom != null) {
			if (override != null && !sameFamily(override, bom)) {
				throw new InvalidInputException("Input file " + file.name() + " starts with a " + bom.name()
						+ " byte-order mark but encoding " + override.name() + " was requested for this run");
			}
			return new TextEncoding(bom, bomLength, "byte-order mark");
		}
		if (override != null) {
			// Korean Excel writes CP949 when it says EUC-KR; CP949 decodes every EUC-KR file the same way
			Charset charset = "EUC-KR".equalsIgnoreCase(override.name()) ? CP949 : override;
			return new TextEncoding(charset, 0, "set for this run");
		}
		Charset utf16 = utf16WithoutBom(file);
		if (utf16 != null) {
			return new TextEncoding(utf16, 0, "detected: " + utf16.name() + " without byte-order mark");
		}
		return new TextEncoding(detect(file), 0, "detected");
	}

	/**
	 * UTF-16 saved without a byte-order mark, told by its zero bytes: a delimited file always has
	 * ASCII delimiters, digits and line ends, whose UTF-16 form has a zero byte in every other place
	 * (the second of each pair little-endian, the first big-endian); Hangul has none there. At least
	 * one pair in ten with the zero on one side and almost none on the other.
	 * @return UTF-16LE, UTF-16BE, or {@code null} when the first 4 KiB do not look like UTF-16
	 */
	private static Charset utf16WithoutBom(InputFile file) {
		byte[] sample;
		try (InputStream in = Files.newInputStream(file.path())) {
			sample = in.readNBytes(4096);
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read input file " + file.name() + ": " + ex.getMessage(), ex);
		}
		int pairs = sample.length / 2;
		if (pairs < 8) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i + 1 < sample.length; i += 2) {
			evenZeros += (sample[i] == 0) ? 1 : 0;
			oddZeros += (sample[i + 1] == 0) ? 1 : 0;
		}
		if (oddZeros * 10 >= pairs && evenZeros * 50 < pairs) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros * 10 >= pairs && oddZeros * 50 < pairs) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static boolean sameFamily(Charset override, Charset bom) {
		if (bom.equals(StandardCharsets.UTF_8)) {
			return override.equals(StandardCharsets.UTF_8);
		}
		return override.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
	}

	private static Charset detect(InputFile file) {
		UniversalDetector detector = new UniversalDetector();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (InputStream in = Files.newInputStream(file.path())) {
			int read;
			while (!detector.isDone() && total < DETECTION_LIMIT && (read = in.read(buffer)) > 0) {
				detector.handleData(buffer, 0, read);
				total += read;
			}
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read input file " + file.name() + ": " + ex.getMessage(), ex);
		}
		detector.dataEnd();
		String detected = detector.getDetectedCharset();
		if (detected == null) {
			// only ASCII seen, or too little text to tell: UTF-8 is checked strictly while reading
			return StandardCharsets.UTF_8;
		}
		return switch (detected.toUpperCase(Locale.ROOT)) {
			case "UTF-8", "US-ASCII" -> StandardCharsets.UTF_8;
			case "EUC-KR", "CP949", "X-WINDOWS-949", "MS949" -> CP949;
			case "UTF-16LE" -> StandardCharsets.UTF_16LE;
			case "UTF-16BE" -> StandardCharsets.UTF_16BE;
			default -> throw new InvalidInputException("Input file " + file.name() + " looks like encoding " + detected
					+ ", which is not one of the supported encodings (UTF-8, UTF-8 with BOM, CP949/EUC-KR, UTF-16);"
					+ " save it as UTF-8 or set the encoding for this run explicitly");
		};
	}

}
