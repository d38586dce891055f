package kr.seorona.analytics.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled NanumGothic faces (SIL OFL 1.1, in {@code src/main/resources/fonts/}), read from the
 * class path once per JVM and registered with the local graphics environment.
 */
final class BundledFonts {

	/** Regular face, on the class path. */
	static final String REGULAR_FONT = "/fonts/NanumGothic.ttf";

	/** Bold face, on the class path. */
	static final String BOLD_FONT = "/fonts/NanumGothicBold.ttf";

	private BundledFonts() {
	}

	/** @throws IllegalStateException when the font resource is missing or unreadable */
	static Font regular() {
		return Loaded.REGULAR;
	}

	/** @throws IllegalStateException when the font resource is missing or unreadable */
	static Font bold() {
		return Loaded.BOLD;
	}

	private static Font load(String resource) {
		try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("bundled font not found on the class path: " + resource);
			}
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read bundled font " + resource, ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("bundled font is not a TrueType font: " + resource, ex);
		}
	}

	/** Loads the fonts once, on first use (class initialisation is thread-safe). */
	private static final class Loaded {

		static final Font REGULAR = load(REGULAR_FONT);

		static final Font BOLD = load(BOLD_FONT);

	}

}
