package kr.seorona.analytics.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;

/**
 * Reads the physical lines of a text file, decoding strictly: a byte sequence that is not valid in
 * the encoding is an {@link InvalidInputException} naming the file and the line, never a
 * replacement character. Line ends: LF, CRLF or CR. Streaming, constant memory per line.
 */
final class StrictLineReader implements Closeable {

	private final InputFile file;

	private final TextEncoding encoding;

	private final BufferedReader reader;

	private long lineNumber;

	StrictLineReader(InputFile file, TextEncoding encoding) {
		this.file = file;
		this.encoding = encoding;
		try {
			InputStream in = Files.newInputStream(file.path());
			in.skipNBytes(encoding.bomLength());
			this.reader = new BufferedReader(new DecodingReader(in, encoding.charset()
				.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)), 16 * 1024);
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot read input file " + file.name() + ": " + ex.getMessage(), ex);
		}
	}

	/** The next line without its terminator, or {@code null} at the end of the file. */
	String readLine() {
		try {
			String line = this.reader.readLine();
			if (line != null) {
				this.lineNumber++;
			}
			return line;
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
