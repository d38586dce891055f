package kr.seorona.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.seorona.analytics.ingest.FileSummary;

/**
 * Section 4: rows read, accepted and rejected per input file of the year, with the reject reasons
 * (the reason codes of {@code reports/rejects.csv}).
 */
final class QualitySection {

	private final ReportInputs inputs;

	private final ReportText text;

	QualitySection(ReportInputs inputs, ReportText text) {
		this.inputs = inputs;
		this.text = text;
	}

	void write(List<ReportBlock> blocks) {
		blocks.add(new ReportBlock.Heading(1, this.text.get("section.quality")));
		List<FileSummary> files = this.inputs.files().stream().filter((file) -> file.year() == this.text.year()).toList();
		long read = files.stream().mapToLong(FileSummary::rowsRead).sum();
		long accepted = files.stream().mapToLong(FileSummary::accepted).sum();
		long rejected = files.stream().mapToLong(FileSummary::rejected).sum();
		blocks.add(new ReportBlock.Paragraph(this.text.get("quality.sentence", this.text.year(),
				ReportText.count(files.size()), ReportText.count(read), ReportText.count(rejected),
				ReportText.percent((read == 0) ? 0 : (double) rejected / read))));
		List<List<String>> cells = new ArrayList<>();
		for (FileSummary file : files) {
			cells.add(List.of(file.file(), ReportText.count(file.rowsRead()), ReportText.count(file.accepted()),
					ReportText.count(file.rejected()), reasons(file.rejectedByReason())));
		}
		cells.add(List.of(this.text.get("total"), ReportText.count(read), ReportText.count(accepted),
				ReportText.count(rejected), this.text.get("none")));
		blocks.add(this.text.table(this.text.get("quality.caption", this.text.year()),
				List.of(this.text.get("quality.file"), this.text.get("quality.read"), this.text.get("quality.accepted"),
						this.text.get("quality.rejected"), this.text.get("quality.reasons")),
				cells, List.of(false, true, true, true, false)));
	}

	private String reasons(Map<String, Long> byReason) {
		if (byReason.isEmpty()) {
			return this.text.get("none");
		}
		List<String> parts = new ArrayList<>();
		byReason.forEach((reason, count) -> parts.add(reason + " " + ReportText.count(count)));
		return String.join(", ", parts);
	}

}
