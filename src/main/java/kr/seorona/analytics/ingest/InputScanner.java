package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the input files: {@code <inputDir>/<year>/<kind>.{csv,tsv,txt,xlsx}}, where {@code <kind>}
 * is {@link RecordKind#fileStem()} (case-insensitive). Other files are ignored; Excel lock files
 * ({@code ~$sessions.xlsx}) too.
 */
public final class InputScanner {

	static final List<String> EXTENSIONS = List.of("csv", "tsv", "txt", "xlsx");

	private InputScanner() {
	}

	/**
	 * Finds the input files of the given years.
	 * @param inputDir the folder holding one sub-folder per school year ({@code data/2022/...})
	 * @param years the years to read; {@code null} or empty = every folder whose name is a 4-digit
	 * year
	 * @return the files, sorted by kind ({@link RecordKind} order) then year; a year folder may lack
	 * some kinds
	 * @throws InvalidInputException naming the folder for a missing input folder, a requested year
	 * without a folder, no year folder at all, or two files of one kind in one year
	 */
	public static List<InputFile> scan(Path inputDir, SortedSet<Integer> years) {
		if (inputDir == null || !Files.isDirectory(inputDir)) {
			throw new InvalidInputException("Input folder not found: " + inputDir);
		}
		SortedSet<Integer> wanted = new TreeSet<>();
		if (years == null || years.isEmpty()) {
			wanted.addAll(yearFolders(inputDir));
			if (wanted.isEmpty()) {
				throw new InvalidInputException("Input folder " + inputDir
						+ " has no year folder (expected sub-folders named like 2022)");
			}
		}
		else {
			for (Integer year : years) {
				if (!Files.isDirectory(inputDir.resolve(String.valueOf(year)))) {
					throw new InvalidInputException("Input folder " + inputDir + " has no folder for year " + year
							+ " (expected " + inputDir.resolve(String.valueOf(year)) + ")");
				}
			}
			wanted.addAll(years);
		}
		List<InputFile> files = new ArrayList<>();
		for (int year : wanted) {
			Path folder = inputDir.resolve(String.valueOf(year));
			for (RecordKind kind : RecordKind.values()) {
				List<Path> matches = matches(folder, kind);
				if (matches.size() > 1) {
					throw new InvalidInputException("Folder " + folder + " has " + matches.size() + " files of kind "
							+ kind.fileStem() + " " + matches.stream().map((p) -> p.getFileName().toString()).toList()
							+ "; keep exactly one");
				}
				if (matches.size() == 1) {
					Path file = matches.get(0);
					files.add(new InputFile(year, kind, file, year + "/" + file.getFileName()));
				}
			}
		}
		files.sort(Comparator.comparing(InputFile::kind).thenComparingInt(InputFile::year));
		return List.copyOf(files);
	}

	private static SortedSet<Integer> yearFolders(Path inputDir) {
		SortedSet<Integer> years = new TreeSet<>();
		try (Stream<Path> children = Files.list(inputDir)) {
			children.filter(Files::isDirectory)
				.map((p) -> p.getFileName().toString())
				.filter((n) -> n.matches("\\d{4}"))
				.forEach((n) -> years.add(Integer.parseInt(n)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + inputDir, ex);
		}
		return years;
	}

	private static List<Path> matches(Path folder, RecordKind kind) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(Files::isRegularFile).filter((p) -> {
				String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
				int dot = name.lastIndexOf('.');
				return dot > 0 && name.substring(0, dot).equals(kind.fileStem())
						&& EXTENSIONS.contains(name.substring(dot + 1));
			}).sorted().toList();
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot list folder " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
