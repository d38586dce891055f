package kr.seorona.analytics.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the reference datasets of the tests and compares with certified values. */
final class ReferenceData {

	private ReferenceData() {
	}

	static String text(String resource) {
		try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as("test resource " + resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The whitespace-separated numeric rows of a resource, comment lines ({@code #}) skipped. */
	static List<double[]> rows(String resource) {
		List<double[]> rows = new ArrayList<>();
		for (String line : text(resource).split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] fields = trimmed.split("\\s+");
			double[] row = new double[fields.length];
			for (int i = 0; i < fields.length; i++) {
				row[i] = Double.parseDouble(fields[i]);
			}
			rows.add(row);
		}
		return rows;
	}

	/** Column {@code index} of the rows. */
	static double[] column(List<double[]> rows, int index) {
		return rows.stream().mapToDouble((r) -> r[index]).toArray();
	}

	/** The rows grouped by the value of column 0, values taken from column 1, groups in first-seen order. */
	static List<double[]> groups(List<double[]> rows) {
		Map<Double, List<Double>> byKey = new LinkedHashMap<>();
		rows.forEach((r) -> byKey.computeIfAbsent(r[0], (k) -> new ArrayList<>()).add(r[1]));
		return byKey.values().stream().map((v) -> v.stream().mapToDouble(Double::doubleValue).toArray()).toList();
	}

	/** The first number after the pattern in the text. */
	static double certified(String text, String regex) {
		Matcher matcher = Pattern.compile(regex + "\\s*([-+0-9.Ee]+)", Pattern.MULTILINE).matcher(text);
		assertThat(matcher.find()).as("certified value " + regex).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

	/** Asserts at least {@code digits} significant digits of agreement (log relative error, LRE). */
	static void assertSignificantDigits(Double actual, double certified, int digits) {
		assertThat(actual).isNotNull();
		double relative = (certified != 0) ? Math.abs((actual - certified) / certified) : Math.abs(actual);
		assertThat(relative).as("%s vs certified %s", actual, certified).isLessThanOrEqualTo(Math.pow(10, -digits));
	}

}
