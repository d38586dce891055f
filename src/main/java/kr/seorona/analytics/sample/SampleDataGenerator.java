package kr.seorona.analytics.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the record files of the input contract, reproducibly from a seed: the bundled
 * 2019-2022 sample dataset in {@code data/} and, for benchmarks, datasets of any size.
 * <p>
 * Output: {@code <outputDir>/<year>/networks.csv}, {@code sessions.csv}, {@code attendance.csv}
 * and {@code survey.csv} for the years 2019 to 2022, in the {@link Style} asked for. The column
 * contract is described in {@code data/README.md}. The same {@link Options} always give the same
 * bytes (fixed-seed {@link java.util.Random} streams, ordered collections, locale-independent
 * formatting). Files are streamed; a 10-million-row run needs memory only for the networks,
 * members and meetings of one year (tens of MB).
 * <p>
 * Command line ({@code mvn -q compile exec:java
 * -Dexec.mainClass=kr.seorona.analytics.sample.SampleDataGenerator [-Dexec.args="..."]}):
 * {@code [--out DIR] [--rows N] [--style canonical|korean-excel] [--seed S] [--bad-share X]}. Without
 * arguments it regenerates {@code data/} exactly; with {@code --rows N} it writes about N
 * attendance rows (exactly N from about 1,000 rows up; smaller targets give about 500) to {@code target/scale/<N>/}
 * unless {@code --out} is given.
 */
public final class SampleDataGenerator {

	/** Seed of the bundled dataset in {@code data/}. */
	public static final long DEFAULT_SEED = 20221129L;

	/** Share of bad rows in scale runs when {@code --bad-share} is not given. */
	public static final double DEFAULT_SCALE_BAD_SHARE = 0.001;

	private SampleDataGenerator() {
	}

	/**
	 * Writes the four record files of each year 2019-2022 to {@code outputDir/<year>/<kind>.csv},
	 * creating folders as needed and replacing existing files.
	 * @param options what to generate
	 * @param outputDir the folder to write to (e.g. {@code data})
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public static void generate(Options options, Path outputDir) {
		run(options, outputDir);
	}

	/**
	 * Command-line entry point; prints the rows written per kind. Exits with status 2 on a usage error.
	 * @param args {@code [--out DIR] [--rows N] [--style canonical|korean-excel] [--seed S] [--bad-share X]}
	 */
	public static void main(String[] args) {
		Invocation invocation;
		try {
			invocation = Invocation.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("usage: SampleDataGenerator [--out DIR] [--rows N] [--style canonical|korean-excel]"
					+ " [--seed S] [--bad-share X]");
			System.exit(2);
			return;
		}
		long start = System.nanoTime();
		YearGenerator.Counts counts = run(invocation.options(), invocation.outputDir());
		System.out.printf(Locale.ROOT,
				"wrote %s: %d networks, %d sessions, %d attendance, %d survey rows (%d bad) in %.1f s%n",
				invocation.outputDir(), counts.networks(), counts.sessions(), counts.attendance(), counts.survey(),
				counts.badRows(), (System.nanoTime() - start) / 1e9);
	}

	static YearGenerator.Counts run(Options options, Path outputDir) {
		List<YearSpec> specs = YearSpec.BUNDLED;
		double expected = 0;
		for (YearSpec spec : specs) {
			expected += spec.expectedAttendanceRows();
		}
		long target = options.targetAttendanceRows();
		double scale = (target > 0) ? target / expected : 1.0;
		ExportFormat format = ExportFormat.of(options.style());
		Population population = new Population();
		Map<SampleGroup, int[]> previous = new EnumMap<>(SampleGroup.class);
		YearGenerator.Counts total = new YearGenerator.Counts(0, 0, 0, 0, 0);
		long allocated = 0;
		double expectedSoFar = 0;
		try {
			for (YearSpec spec : specs) {
				long yearTarget = 0;
				if (target > 0) {
					expectedSoFar += spec.expectedAttendanceRows();
					long cumulative = Math.round(target * expectedSoFar / expected);
					yearTarget = cumulative - allocated;
					allocated = cumulative;
				}
				YearGenerator year = new YearGenerator(spec, scale, yearTarget, options.seed(), population);
				Path yearDir = outputDir.resolve(Integer.toString(spec.year()));
				total = total.plus(year.generate(previous, yearDir, format, options.badRowShare()));
				previous = year.pools();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write sample data to " + outputDir, ex);
		}
		return total;
	}

	/** Output style: the same records, spelt as the input contract or as a Korean Excel export. */
	public enum Style {

		/** UTF-8 (no BOM), LF, English headers, canonical codes, ISO dates: the input contract. */
		CANONICAL,

		/**
		 * MS949 (CP949), CRLF, Korean headers and group labels, 정기/합동, 대면/비대면/혼합, dates
		 * like {@code 2022. 4. 29.}: what a Korean Excel "save as CSV" gives.
		 */
		KOREAN_EXCEL

	}

	/**
	 * What to generate.
	 *
	 * @param seed the random seed; {@link #DEFAULT_SEED} gives the bundled data
	 * @param style the output style
	 * @param targetAttendanceRows 0 for the bundled small dataset (the public facts of 2019-2022);
	 * otherwise the number of attendance rows over all years, with networks, meetings and survey rows
	 * in proportion (hit exactly from about 1,000 rows up; below that the joint
	 * meetings alone give about 500 rows)
	 * @param badRowShare share of rows (0..1) spoilt on purpose in every file: unknown group, blank
	 * id, impossible date, unknown meeting type
	 */
	public record Options(long seed, Style style, long targetAttendanceRows, double badRowShare) {

		public Options {
			if (style == null) {
				throw new IllegalArgumentException("style must not be null");
			}
			if (targetAttendanceRows < 0) {
				throw new IllegalArgumentException("targetAttendanceRows must be >= 0 but was " + targetAttendanceRows);
			}
			if (!(badRowShare >= 0 && badRowShare <= 1)) {
				throw new IllegalArgumentException("badRowShare must be between 0 and 1 but was " + badRowShare);
			}
		}

		/** The options of the bundled dataset in {@code data/}. */
		public static Options bundled() {
			return new Options(DEFAULT_SEED, Style.CANONICAL, 0, 0);
		}

	}

}
