package kr.seorona.analytics.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data-quality table: every input file of every published year (rows read, accepted,
 * rejected, rejects by reason with the reason's label in the page's language and its stable code,
 * as in {@code rejects.csv}), and the totals.
 */
final class QualityTable {

	private final List<QualityRow> rows;

	private final Formats formats;

	QualityTable(List<QualityRow> rows, Formats formats) {
		this.rows = rows.stream()
			.sorted(Comparator.comparingInt(QualityRow::year))
			.toList();
		this.formats = formats;
	}

	boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** The years covered, e.g. {@code 2019–2022}; empty when no file was reported. */
	String years() {
		if (this.rows.isEmpty()) {
			return "";
		}
		int first = this.rows.get(0).year();
		int last = this.rows.get(this.rows.size() - 1).year();
		return (first == last) ? Integer.toString(first) : first + "–" + last;
	}

	List<Map<String, String>> rows() {
		List<Map<String, String>> result = new ArrayList<>();
		for (QualityRow row : this.rows) {
			Map<String, String> map = new LinkedHashMap<>();
			map.put("year", Integer.toString(row.year()));
			map.put("file", row.file());
			map.put("rowsRead", this.formats.integer(row.rowsRead()));
			map.put("accepted", this.formats.integer(row.accepted()));
			map.put("rejected", this.formats.integer(row.rejected()));
			map.put("reasons", reasons(row));
			map.put("rejectedClass", (row.rejected() > 0) ? "warn" : "");
			result.add(map);
		}
		return result;
	}

	Map<String, String> total() {
		return Map.of("rowsRead", this.formats.integer(this.rows.stream().mapToLong(QualityRow::rowsRead).sum()),
				"accepted", this.formats.integer(this.rows.stream().mapToLong(QualityRow::accepted).sum()), "rejected",
				this.formats.integer(this.rows.stream().mapToLong(QualityRow::rejected).sum()));
	}

	/** {@code 날짜 형식 오류 1 (INVALID_DATE), ...}; empty when none. */
	private String reasons(QualityRow row) {
		return row.rejectedByReason()
			.entrySet()
			.stream()
			.map((entry) -> reasonLabel(entry.getKey()) + " " + this.formats.integer(entry.getValue()) + " ("
					+ entry.getKey() + ")")
			.collect(Collectors.joining(", "));
	}

	private String reasonLabel(String code) {
		String key = "dashboard.reason." + code;
		return this.formats.messages().has(key) ? this.formats.text(key) : code;
	}

}
