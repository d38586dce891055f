package kr.seorona.analytics.sample;

import java.nio.file.Path;
import java.util.Locale;

import kr.seorona.analytics.sample.SampleDataGenerator.Options;
import kr.seorona.analytics.sample.SampleDataGenerator.Style;

/**
 * A parsed command line of {@link SampleDataGenerator#main(String[])}.
 * <p>
 * Default output folder: {@code data} for the bundled dataset in the canonical style,
 * {@code target/sample/korean-excel} for the bundled dataset in the Korean Excel style,
 * {@code target/scale/<rows>} (plus {@code -korean-excel}) for a scale run.
 *
 * @param options what to generate
 * @param outputDir where to write it
 */
record Invocation(Options options, Path outputDir) {

	/** Parses the arguments; throws IllegalArgumentException naming the bad argument. */
	static Invocation parse(String[] args) {
		Path out = null;
		long rows = 0;
		Style style = Style.CANONICAL;
		long seed = SampleDataGenerator.DEFAULT_SEED;
		Double badShare = null;
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("missing value after " + name);
			}
			String value = args[++i];
			try {
				switch (name) {
					case "--out" -> out = Path.of(value);
					case "--rows" -> rows = Long.parseLong(value.replace("_", ""));
					case "--style" -> style = style(value);
					case "--seed" -> seed = Long.parseLong(value);
					case "--bad-share" -> badShare = Double.parseDouble(value);
					default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("not a number for " + name + ": " + value);
			}
		}
		double share = (badShare != null) ? badShare : ((rows > 0) ? SampleDataGenerator.DEFAULT_SCALE_BAD_SHARE : 0);
		Options options = new Options(seed, style, rows, share);
		if (out == null) {
			String suffix = (style == Style.KOREAN_EXCEL) ? "-korean-excel" : "";
			if (rows > 0) {
				out = Path.of("target", "scale", rows + suffix);
			}
			else {
				out = (style == Style.KOREAN_EXCEL) ? Path.of("target", "sample", "korean-excel") : Path.of("data");
			}
		}
		return new Invocation(options, out);
	}

	private static Style style(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "canonical" -> Style.CANONICAL;
			case "korean-excel" -> Style.KOREAN_EXCEL;
			default -> throw new IllegalArgumentException("unknown style " + value + " (canonical or korean-excel)");
		};
	}

}
