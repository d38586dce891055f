package kr.seorona.analytics.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The {@code years} job parameter: the school years of a run, checked against the input's year folders. */
final class YearSelection {

	private YearSelection() {
	}

	/**
	 * The years named by {@code raw}: {@code 2022}, {@code 2019-2022}, {@code 2019,2021} or
	 * {@code all} (every year folder of the input).
	 * @throws InvalidParameterException for another form, a year without a folder, or no year
	 */
	static SortedSet<Integer> parse(String raw, Path input) {
		String text = raw.trim();
		SortedSet<Integer> found = yearFolders(input);
		SortedSet<Integer> years = new TreeSet<>();
		if (text.equalsIgnoreCase("all")) {
			years.addAll(found);
		}
		else {
			for (String part : text.split(",")) {
				String[] range = part.trim().split("-");
				if (range.length > 2) {
					throw badYears(raw);
				}
				int first = year(range[0], raw);
				int last = (range.length == 2) ? year(range[1], raw) : first;
				if (last < first) {
					throw badYears(raw);
				}
				for (int year = first; year <= last; year++) {
					years.add(year);
				}
			}
			SortedSet<Integer> missing = new TreeSet<>(years);
			missing.removeAll(found);
			if (!missing.isEmpty()) {
				throw new InvalidParameterException("parameter 'years': no input folder for " + missing + " under "
						+ input + " (found " + found + ")");
			}
		}
		if (years.isEmpty()) {
			throw new InvalidParameterException("no year folders (e.g. 2022/) found under " + input);
		}
		return years;
	}

	private static SortedSet<Integer> yearFolders(Path input) {
		SortedSet<Integer> years = new TreeSet<>();
		try (Stream<Path> children = Files.list(input)) {
			children.filter(Files::isDirectory)
				.map((child) -> child.getFileName().toString())
				.filter((name) -> name.matches("(19|20)\\d\\d"))
				.forEach((name) -> years.add(Integer.valueOf(name)));
		}
		catch (IOException ex) {
			throw new InvalidParameterException("cannot list input folder " + input + ": " + ex.getMessage());
		}
		return years;
	}

	private static int year(String text, String raw) {
		String trimmed = text.trim();
		if (!trimmed.matches("(19|20)\\d\\d")) {
			throw badYears(raw);
		}
		return Integer.parseInt(trimmed);
	}

	private static InvalidParameterException badYears(String raw) {
		return new InvalidParameterException(
				"parameter 'years' must be a year (2022), a range (2019-2022), a list (2019,2021) or all, but was '"
						+ raw + "'");
	}

}
