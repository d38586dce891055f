package kr.seorona.analytics.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

/**
 * Reads the physical lines of a text file, decoding strictly: a byte sequence that is not valid in
 * the encoding is an {@link InvalidInputException} naming the file and the line, never a
 * replacement character. Line ends: LF, CRLF or CR. Streaming, bounded memory: a line keeps at most
 * {@value #MAX_LINE_CHARS} characters.
 */
final class StrictLineReader implements Closeable {

	private final InputFile file;

	private final TextEncoding encoding;

	/** Characters of a line kept; the rest of a longer line is read and dropped, its length counted. */
	static final int MAX_LINE_CHARS = 1 << 20;

	private final Reader reader;

	private final char[] buffer = new char[16 * 1024];

	private int position;

	private int limit;

	/** A CR ended the last line at the end of the buffer: a LF that follows belongs to it. */
	private boolean skipLineFeed;

	private long lineNumber;

	private long lastLength;

	/**
	 * Decodes every line of each text file (the files in parallel: the large ones dominate).
	 * @param encodingOverride the encoding of every file, or null to detect it per file
	 * @throws InvalidInputException the first failure in file order (file and line named)
	 */
	static void checkDecoding(List<InputFile> textFiles, Charset encodingOverride) {
		textFiles.parallelStream()
			.map((file) -> decodingFailure(file, encodingOverride))
			.toList()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.ifPresent((failure) -> {
				throw failure;
			});
	}

	private static RuntimeException decodingFailure(InputFile file, Charset encodingOverride) {
		try (StrictLineReader lines = new StrictLineReader(file, TextEncoding.of(file, encodingOverride))) {
			while (lines.readLine() != null) {
				// decoding each line checks it
			}
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	StrictLineReader(InputFile file, TextEncoding encoding) {
		this.file = file;
		this.encoding = encoding;
		try {
			InputStream in = Files.newInputStream(file.path());
			in.skipNBytes(encoding.bomLength());
			this.reader = new DecodingReader(in, encoding.charset()
				.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT));
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read input file " + file.name() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The next line without its terminator, or {@code null} at the end of the file; of a line longer
	 * than {@value #MAX_LINE_CHARS} characters only the first ones ({@link #lastLength()} tells).
	 */
	String readLine() {
		try {
			StringBuilder kept = null;
			long length = 0;
			boolean any = false;
			while (this.position < this.limit || fill()) {
				if (this.skipLineFeed) {
					this.skipLineFeed = false;
					if (this.buffer[this.position] == '\n') {
						this.position++;
						continue;
					}
				}
				any = true;
				int start = this.position;
				int end = start;
				while (end < this.limit && this.buffer[end] != '\n' && this.buffer[end] != '\r') {
					end++;
				}
				int n = end - start;
				if (kept == null && end < this.limit) {
					// the common case: the whole line in the buffer
					this.position = end + 1;
					lineEnd(end);
					this.lastLength = n;
					this.lineNumber++;
					return new String(this.buffer, start, n);
				}
				if (kept == null) {
					kept = new StringBuilder(Math.max(2 * n, 64));
				}
				kept.append(this.buffer, start, (int) Math.max(0, Math.min(n, MAX_LINE_CHARS - kept.length())));
				length += n;
				this.position = Math.min(end + 1, this.limit);
				if (end < this.limit) {
					lineEnd(end);
					break;
				}
			}
			if (!any) {
				return null;
			}
			this.lastLength = length;
			this.lineNumber++;
			return (kept != null) ? kept.toString() : "";
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("Input file " + this.file.name() + " line " + (this.lineNumber + 1)
					+ " is not valid " + this.encoding.charset().displayName() + " (encoding " + this.encoding.how()
					+ "); save the file as UTF-8 or set its encoding for this run explicitly", ex);
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read input file " + this.file.name() + " after line "
					+ this.lineNumber + ": " + ex.getMessage(), ex);
		}
	}

	/** Characters of the last line returned, including those dropped beyond {@value #MAX_LINE_CHARS}. */
	long lastLength() {
		return this.lastLength;
	}

	private void lineEnd(int end) {
		if (this.buffer[end] == '\r') {
			if (end + 1 < this.limit) {
				if (this.buffer[end + 1] == '\n') {
					this.position = end + 2;
				}
			}
			else {
				this.skipLineFeed = true;
			}
		}
	}

	private boolean fill() throws IOException {
		int n = this.reader.read(this.buffer, 0, this.buffer.length);
		this.position = 0;
		this.limit = Math.max(n, 0);
		return n > 0;
	}

	/** Number of lines returned so far (the 1-based number of the last line returned). */
	long lineNumber() {
		return this.lineNumber;
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			// closing a read-only file: nothing to recover
		}
	}

	/**
	 * A reader that hands out every character decoded before an invalid byte sequence, and only then
	 * throws, so that the failing line can be counted (InputStreamReader drops the decoded prefix).
	 */
	private static final class DecodingReader extends Reader {

		private final InputStream in;

		private final CharsetDecoder decoder;

		private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

		private final CharBuffer chars = CharBuffer.allocate(8192).flip();

		private CoderResult error;

		private boolean eof;

		private boolean flushed;

		DecodingReader(InputStream in, CharsetDecoder decoder) {
			this.in = in;
			this.decoder = decoder;
		}

		@Override
		public int read(char[] buf, int off, int len) throws IOException {
			while (!this.chars.hasRemaining()) {
				if (this.error != null) {
					this.error.throwException();
				}
				if (this.flushed) {
					return -1;
				}
				fill();
			}
			int n = Math.min(len, this.chars.remaining());
			this.chars.get(buf, off, n);
			return n;
		}

		private void fill() throws IOException {
			this.chars.clear();
			if (!this.eof && this.bytes.remaining() < 16) {
				this.bytes.compact();
				int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
				if (read < 0) {
					this.eof = true;
				}
				else {
					this.bytes.position(this.bytes.position() + read);
				}
				this.bytes.flip();
			}
			CoderResult result = this.decoder.decode(this.bytes, this.chars, this.eof);
			if (result.isError()) {
				this.error = result;
			}
			else if (this.eof && result.isUnderflow()) {
				result = this.decoder.flush(this.chars);
				if (result.isError()) {
					this.error = result;
				}
				this.flushed = !result.isOverflow();
			}
			this.chars.flip();
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
