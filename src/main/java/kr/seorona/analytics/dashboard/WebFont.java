package kr.seorona.analytics.dashboard;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes the bundled TrueType font acceptable to browsers: their font sanitiser (OTS) rejects
 * NanumGothic.ttf because of its empty hinting-source tables ({@code TSI0}..{@code TSI5}, only
 * used by font editors). This drops those tables and rewrites the table directory, offsets and
 * checksums; glyphs are untouched. The result is deterministic.
 */
final class WebFont {

	private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

	private WebFont() {
	}

	/** A table record of the font's directory. */
	private record Table(String tag, int offset, int length) {
	}

	/**
	 * The font without its {@code TSI*} tables.
	 * @param ttf a TrueType font file
	 * @return the rewritten font file
	 * @throws IllegalArgumentException when the bytes are not a TrueType font
	 */
	static byte[] withoutSourceTables(byte[] ttf) {
		ByteBuffer in = ByteBuffer.wrap(ttf);
		int version = in.getInt(0);
		if (version != 0x00010000 && version != 0x74727565) {
			throw new IllegalArgumentException("not a TrueType font (sfnt version " + Integer.toHexString(version) + ")");
		}
		int count = Short.toUnsignedInt(in.getShort(4));
		List<Table> kept = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int record = 12 + 16 * i;
			byte[] tag = new byte[4];
			in.get(record, tag);
			String name = new String(tag, java.nio.charset.StandardCharsets.US_ASCII);
			if (!name.startsWith("TSI")) {
				kept.add(new Table(name, in.getInt(record + 8), in.getInt(record + 12)));
			}
		}
		kept.sort(Comparator.comparing(Table::tag));
		int headerSize = 12 + 16 * kept.size();
		int size = headerSize;
		for (Table table : kept) {
			size += padded(table.length());
		}
		ByteBuffer out = ByteBuffer.allocate(size);
		int entrySelector = 31 - Integer.numberOfLeadingZeros(kept.size());
		int searchRange = (1 << entrySelector) * 16;
		out.putInt(version);
		out.putShort((short) kept.size());
		out.putShort((short) searchRange);
		out.putShort((short) entrySelector);
		out.putShort((short) (kept.size() * 16 - searchRange));
		int offset = headerSize;
		int headOffset = -1;
		for (int i = 0; i < kept.size(); i++) {
			Table table = kept.get(i);
			out.put(offset, ttf, table.offset(), table.length());
			if (table.tag().equals("head")) {
				headOffset = offset;
				out.putInt(offset + 8, 0);
			}
			int record = 12 + 16 * i;
			out.put(record, table.tag().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			out.putInt(record + 4, (int) checksum(out, offset, table.length()));
			out.putInt(record + 8, offset);
			out.putInt(record + 12, table.length());
			offset += padded(table.length());
		}
		if (headOffset >= 0) {
			out.putInt(headOffset + 8, (int) ((CHECKSUM_MAGIC - checksum(out, 0, size)) & 0xFFFFFFFFL));
		}
		return out.array();
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}

	private static long checksum(ByteBuffer buffer, int offset, int length) {
		long sum = 0;
		for (int i = 0; i < padded(length); i += 4) {
			sum += Integer.toUnsignedLong(buffer.getInt(offset + i));
		}
		return sum & 0xFFFFFFFFL;
	}

}
