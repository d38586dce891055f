package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the input files: {@code <inputDir>/<year>/<kind>.{csv,tsv,txt,xlsx}}, where {@code <kind>}
 * is {@link RecordKind#fileStem()} (case-insensitive). Other files are ignored; Excel lock files
 * ({@code ~$sessions.xlsx}) too. A name that matches must be a regular file that can be read: a
 * folder, a named pipe or device, a symbolic link to nothing, or a file that cannot be opened or
 * read is an {@link InvalidInputException} naming it, never silently skipped (a skipped file would
 * publish its year without that kind's records).
 */
public final class InputScanner {

	static final List<String> EXTENSIONS = List.of("csv", "tsv", "txt", "xlsx");

	private InputScanner() {
	}

	/**
	 * Finds the input files of the given years; a year folder may lack some kinds.
	 * @param inputDir the folder holding one sub-folder per school year ({@code data/2022/...})
	 * @param years the years to read; {@code null} or empty = every folder whose name is a 4-digit
	 * year
	 * @return the files, sorted by kind ({@link RecordKind} order) then year
	 * @throws InvalidInputException naming the folder or file for a missing input folder, a requested
	 * year without a folder, no year folder at all, two files of one kind in one year, or an input
	 * name that is not a readable regular file
	 */
	public static List<InputFile> scan(Path inputDir, SortedSet<Integer> years) {
		return scan(inputDir, years, EnumSet.allOf(RecordKind.class));
	}

	/**
	 * Finds the input files of a run: as {@link #scan(Path, SortedSet)}, and every year folder must
	 * hold a file of every kind except those in {@code mayBeEmpty}, and at least one input file.
	 * @param mayBeEmpty the kinds a year may lack (the job parameter {@code allowEmpty})
	 * @throws InvalidInputException also for a year folder without any input file, or without a file
	 * of a kind not in {@code mayBeEmpty}, naming the folder, the kind and the parameter that allows it
	 */
	public static List<InputFile> scan(Path inputDir, SortedSet<Integer> years, Set<RecordKind> mayBeEmpty) {
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
			List<RecordKind> missing = new ArrayList<>();
			for (RecordKind kind : RecordKind.values()) {
				List<Path> matches = matches(folder, kind);
				if (matches.size() > 1) {
					throw new InvalidInputException("Folder " + folder + " has " + matches.size() + " files of kind "
							+ kind.fileStem() + " " + matches.stream().map((p) -> p.getFileName().toString()).toList()
							+ "; keep exactly one");
				}
				if (matches.size() == 1) {
					Path file = matches.get(0);
					String name = year + "/" + file.getFileName();
					checkReadable(file, name);
					files.add(new InputFile(year, kind, file, name));
				}
				else {
					missing.add(kind);
				}
			}
			if (missing.size() == RecordKind.values().length) {
				throw new InvalidInputException("Input folder " + year + "/ (" + folder + ") has no input file "
						+ "(expected networks, sessions, attendance and survey as .csv, .tsv, .txt or .xlsx); "
						+ "remove the folder or choose the years to run with years=");
			}
			missing.removeAll(mayBeEmpty);
			if (!missing.isEmpty()) {
				String kinds = String.join(",", missing.stream().map(RecordKind::fileStem).toList());
				throw new InvalidInputException("Input folder " + year + "/ (" + folder + ") has no " + kinds
						+ " file (" + missing.get(0).fileStem() + ".csv, .tsv, .txt or .xlsx); if " + year
						+ " really has no such records, run with allowEmpty=" + kinds
						+ " (its published records of that kind are then replaced by none)");
			}
		}
		files.sort(Comparator.comparing(InputFile::kind).thenComparingInt(InputFile::year));
		return List.copyOf(files);
	}

	/**
	 * Checks that an input name is a regular file that can be opened and read (reads one byte; a
	 * named pipe is never opened, which could block).
	 */
	private static void checkReadable(Path file, String name) {
		if (Files.isSymbolicLink(file) && !Files.exists(file)) {
			String target;
			try {
				target = String.valueOf(Files.readSymbolicLink(file));
			}
			catch (IOException ex) {
				target = "?";
			}
			throw new InvalidInputException("Input file " + name + " is a symbolic link to " + target
					+ ", which does not exist");
		}
		if (Files.isDirectory(file)) {
			throw new InvalidInputException("Input file " + name + " is a folder, not a file");
		}
		if (!Files.isRegularFile(file)) {
			throw new InvalidInputException("Input file " + name
					+ " is not a regular file (a named pipe, socket or device); copy the data into a file");
		}
		try (InputStream in = Files.newInputStream(file)) {
			in.read();
		}
		catch (AccessDeniedException ex) {
			throw new InvalidInputException("Input file " + name + " cannot be read: permission denied", ex);
		}
		catch (IOException ex) {
			throw new InvalidInputException("Input file " + name + " cannot be read: " + reason(ex), ex);
		}
	}

	private static String reason(IOException ex) {
		String message = ex.getMessage();
		if (message != null && ex.getClass() == IOException.class) {
			return message;
		}
		return ex.getClass().getSimpleName() + ((message != null) ? " (" + message + ")" : "");
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

	/** Entries of the folder named like an input of the kind, whatever their type. */
	private static List<Path> matches(Path folder, RecordKind kind) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter((p) -> {
				String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
				int dot = name.lastIndexOf('.');
				return dot > 0 && name.substring(0, dot).equals(kind.fileStem())
						&& EXTENSIONS.contains(name.substring(dot + 1));
			}).filter((p) -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		}
		catch (IOException ex) {
			throw new InvalidInputException("Cannot list folder " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
