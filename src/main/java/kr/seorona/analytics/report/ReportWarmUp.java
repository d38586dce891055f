package kr.seorona.analytics.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Loads and initialises what the report writers use (Apache POI with its XMLBeans schema types,
 * hwpxlib, the zip packaging) by writing a small document of every block kind but figures, in
 * memory, in both formats. The first real document of a run then takes about a quarter of the time
 * (the 2022 DOCX of the bundled data: 0.9 s cold, 0.2-0.25 s warm); a job calls this on a thread of
 * its own while earlier steps leave a core idle. Writes no file.
 */
public final class ReportWarmUp {

	private ReportWarmUp() {
	}

	/**
	 * @return the DOCX and the HWPX package written, in that order
	 * @throws RuntimeException what the writers throw (the same document written for real would fail
	 * the same way)
	 */
	public static List<byte[]> run() {
		ReportDocument document = new ReportDocument(2000, Locale.KOREAN, "준비",
				List.of(new ReportBlock.Title("기관", "준비", List.of("2000. 1. 1.")), new ReportBlock.Heading(1, "1. 개요"),
						new ReportBlock.Heading(2, "가. 회의"), new ReportBlock.Paragraph("문단"),
						new ReportBlock.Table("표", List.of("집단", "수"), List.of(List.of("교장", "1")),
								List.of(false, true), "자료"),
						new ReportBlock.Note("주")),
				LocalDate.of(2000, 1, 1));
		try {
			return List.of(DocxReportWriter.bytes(document), HwpxReportWriter.bytes(document));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot write the warm-up document: " + ex.getMessage(), ex);
		}
	}

}
