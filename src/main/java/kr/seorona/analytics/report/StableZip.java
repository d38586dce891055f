package kr.seorona.analytics.report;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Makes a document package written by a library reproducible: the same entries, in the same order,
 * each with the same compression method and the same compressed bytes (copied raw, neither inflated
 * nor deflated again), but every entry's modification time set to the run's date (the libraries
 * stamp each entry with the current time). One rule of the container is enforced: an entry named
 * {@value #MIMETYPE} is stored uncompressed, as the OCF container that HWPX (OWPML, KS X 6101) shares
 * with ODF and EPUB requires of its first entry (hwpxlib 1.0.8 deflates it). The document's XML is
 * not touched.
 */
final class StableZip {

	/** The package's media type entry, stored uncompressed. */
	static final String MIMETYPE = "mimetype";

	private StableZip() {
	}

	/**
	 * @param zip the package as written by the library
	 * @param date the date every entry is stamped with (local midnight, as a ZIP stores local time)
	 * @return the package with stable entry times
	 * @throws IOException when {@code zip} is not a ZIP package
	 */
	static byte[] withDate(byte[] zip, LocalDate date) throws IOException {
		long midnight = date.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
		SeekableInMemoryByteChannel target = new SeekableInMemoryByteChannel();
		try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
				ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
			for (Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder(); entries.hasMoreElements();) {
				ZipArchiveEntry entry = entries.nextElement();
				ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
				copy.setCrc(entry.getCrc());
				copy.setSize(entry.getSize());
				copy.setTime(midnight);
				if (MIMETYPE.equals(entry.getName())) {
					copy.setMethod(ZipArchiveEntry.STORED);
					copy.setCompressedSize(entry.getSize());
					try (InputStream content = in.getInputStream(entry)) {
						out.addRawArchiveEntry(copy, content);
					}
				}
				else {
					copy.setMethod(entry.getMethod());
					copy.setCompressedSize(entry.getCompressedSize());
					try (InputStream raw = in.getRawInputStream(entry)) {
						out.addRawArchiveEntry(copy, raw);
					}
				}
			}
		}
		return java.util.Arrays.copyOf(target.array(), (int) target.size());
	}

}
