package kr.seorona.analytics.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class StableZipTests {

	private static final byte[] MIMETYPE = "application/hwp+zip".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] XML = "<section>본문 본문 본문 본문 본문 본문 본문</section>".repeat(50)
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void everyEntryKeepsNameOrderMethodAndBytesAndGetsTheRunDate() throws IOException {
		byte[] written = libraryPackage(LocalDateTime.of(2026, 12, 3, 14, 15, 9));

		byte[] stable = StableZip.withDate(written, LocalDate.of(2022, 11, 29));

		List<ZipEntry> entries = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(stable))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry);
				contents.add(in.readAllBytes());
			}
		}
		assertThat(entries).extracting(ZipEntry::getName).containsExactly("mimetype", "Contents/section0.xml");
		assertThat(entries).extracting(ZipEntry::getMethod).containsExactly(ZipEntry.STORED, ZipEntry.DEFLATED);
		assertThat(entries).extracting(ZipEntry::getTimeLocal)
			.containsOnly(LocalDateTime.of(2022, 11, 29, 0, 0));
		assertThat(contents.get(0)).isEqualTo(MIMETYPE);
		assertThat(contents.get(1)).isEqualTo(XML);
	}

	@Test
	void theSamePackageWrittenAtAnotherTimeGivesTheSameBytes() throws IOException {
		LocalDate runDate = LocalDate.of(2022, 11, 29);
		byte[] morning = StableZip.withDate(libraryPackage(LocalDateTime.of(2026, 12, 3, 9, 0, 0)), runDate);
		byte[] evening = StableZip.withDate(libraryPackage(LocalDateTime.of(2026, 12, 3, 21, 30, 58)), runDate);

		assertThat(evening).isEqualTo(morning);
		assertThat(StableZip.withDate(morning, runDate)).as("idempotent").isEqualTo(morning);
	}

	@Test
	void aDeflatedMimetypeIsStored() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("mimetype"));
			out.write(MIMETYPE);
			out.closeEntry();
		}

		byte[] stable = StableZip.withDate(bytes.toByteArray(), LocalDate.of(2022, 11, 29));

		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(stable))) {
			ZipEntry entry = in.getNextEntry();
			assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
			assertThat(in.readAllBytes()).isEqualTo(MIMETYPE);
		}
		// OCF: the media type readable at a fixed offset, right after the first local header's name
		assertThat(new String(stable, 30 + "mimetype".length(), MIMETYPE.length, StandardCharsets.US_ASCII))
			.isEqualTo("application/hwp+zip");
	}

	@Test
	void textThatIsNotAZipIsAnError() {
		assertThatIOException()
			.isThrownBy(() -> StableZip.withDate("not a zip".getBytes(StandardCharsets.UTF_8), LocalDate.now()));
	}

	/** A package as a library writes it: a stored mimetype first, then a deflated part, stamped now. */
	private static byte[] libraryPackage(LocalDateTime now) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry mimetype = new ZipEntry("mimetype");
			mimetype.setMethod(ZipEntry.STORED);
			mimetype.setSize(MIMETYPE.length);
			CRC32 crc = new CRC32();
			crc.update(MIMETYPE);
			mimetype.setCrc(crc.getValue());
			mimetype.setTimeLocal(now);
			out.putNextEntry(mimetype);
			out.write(MIMETYPE);
			out.closeEntry();
			ZipEntry section = new ZipEntry("Contents/section0.xml");
			section.setTimeLocal(now);
			out.putNextEntry(section);
			out.write(XML);
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

}
