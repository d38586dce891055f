package kr.seorona.analytics.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import kr.seorona.analytics.charts.Messages;
import kr.seorona.analytics.ingest.Definitions;

/**
 * Writes the static dashboard of a run in both languages: {@code outputDir/index.html} in the
 * run's language and {@code index-en.html} (or {@code index-ko.html}) in the other, each with a
 * switch to the other; each page shows the charts in its own language. The page needs no server
 * and no network: CSS is embedded, charts and downloads are referenced by relative path, and the bundled NanumGothic font (with its OFL
 * licence) is copied to {@code assets/fonts/}. Rendered with JMustache from
 * {@code templates/dashboard.mustache} on the class path; all text is HTML escaped. What the page
 * shows is built by {@link PageModel}.
 */
public final class DashboardWriter {

	static final String TEMPLATE = "/templates/dashboard.mustache";

	/** Folder of the web font, relative to the output folder. */
	static final String FONT_FOLDER = "assets/fonts";

	static final String FONT_FILE = "NanumGothic.ttf";

	static final String FONT_LICENCE = "OFL-NanumGothic.txt";

	/** The page in the run's language. */
	static final String INDEX = "index.html";

	private DashboardWriter() {
	}

	/**
	 * Writes both pages (each to a temporary sibling first, then moved into place).
	 * @param report what to show
	 * @param definitions group, survey and report definitions (labels, order)
	 * @param locale the run's language: its page is {@code index.html}
	 * @param outputDir the run's output folder; created when missing
	 * @throws UncheckedIOException when a page cannot be written
	 * @throws IllegalArgumentException when a chart path lies outside the output folder
	 */
	public static void write(RunReport report, Definitions definitions, Locale locale, Path outputDir) {
		Locale main = Messages.bundle(locale).locale();
		Locale other = Locale.ENGLISH.equals(main) ? Locale.KOREAN : Locale.ENGLISH;
		try {
			Files.createDirectories(outputDir);
			copyFont(outputDir);
			writePage(render(report, definitions, main, main, outputDir), outputDir.resolve(INDEX));
			writePage(render(report, definitions, other, main, outputDir), outputDir.resolve(pageName(other)));
			Files.deleteIfExists(outputDir.resolve(pageName(main)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write dashboard " + outputDir.resolve(INDEX), ex);
		}
	}

	/** File name of the page in a language other than the run's, e.g. {@code index-en.html}. */
	static String pageName(Locale locale) {
		return "index-" + locale.getLanguage() + ".html";
	}

	private static void writePage(String html, Path file) throws IOException {
		Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
		try {
			Files.writeString(temp, html, StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			ManifestWriter.deleteQuietly(temp);
			throw ex;
		}
	}

	/**
	 * Copies the bundled Korean font and its licence next to the page, so that Hangul shows on
	 * machines without a Korean font and without network access.
	 */
	static void copyFont(Path outputDir) throws IOException {
		Path fonts = outputDir.resolve(FONT_FOLDER);
		Files.createDirectories(fonts);
		for (String name : List.of(FONT_FILE, FONT_LICENCE)) {
			try (InputStream in = DashboardWriter.class.getResourceAsStream("/fonts/" + name)) {
				if (in == null) {
					throw new IllegalStateException("bundled file not found on the class path: /fonts/" + name);
				}
				byte[] bytes = in.readAllBytes();
				Files.write(fonts.resolve(name), name.endsWith(".ttf") ? WebFont.withoutSourceTables(bytes) : bytes);
			}
		}
	}

	/**
	 * One page as HTML.
	 * @param locale the page's language
	 * @param runLocale the run's language: its page is {@code index.html}
	 */
	static String render(RunReport report, Definitions definitions, Locale locale, Locale runLocale, Path outputDir) {
		Messages messages = Messages.bundle(locale);
		Locale other = Locale.ENGLISH.equals(messages.locale()) ? Locale.KOREAN : Locale.ENGLISH;
		String otherPage = other.equals(runLocale) ? INDEX : pageName(other);
		Map<String, Object> page = new PageModel(report, definitions, messages, outputDir).build(otherPage, other);
		return template().execute(page);
	}

	private static Template template() {
		try (InputStream in = DashboardWriter.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IllegalStateException("dashboard template not found on the class path: " + TEMPLATE);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).compile(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + TEMPLATE, ex);
		}
	}

}
