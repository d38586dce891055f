package kr.seorona.analytics.ingest;

/** The physical rows of one input file, streamed: CSV/TSV text or an XLSX sheet. */
interface RowSource extends AutoCloseable {

	/** The next row (blank rows included), or {@code null} at the end. */
	RawRow next();

	@Override
	void close();

	/** Opens the right source for a file. */
	static RowSource open(InputFile file, java.nio.charset.Charset encodingOverride, String sheetName) {
		return file.xlsx() ? new XlsxRowSource(file, sheetName) : new CsvRowSource(file, encodingOverride);
	}

}
