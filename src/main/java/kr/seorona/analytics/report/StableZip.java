package kr.seorona.analytics.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a document package written by a library reproducible: the same entries, in the same order,
 * with the same bytes, but every entry's modification time set to the run's date (the libraries
 * stamp each entry with the current time). The document's XML is not touched.
 */
final class StableZip {

	private StableZip() {
	}

	static byte[] withDate(byte[] zip, LocalDate date) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(date.atStartOfDay());
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
