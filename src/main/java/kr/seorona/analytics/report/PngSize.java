package kr.seorona.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Pixel size of a chart PNG, read from its header (the image is not decoded).
 *
 * @param width width in pixels
 * @param height height in pixels
 */
record PngSize(int width, int height) {

	static PngSize of(Path png) {
		try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				throw new IllegalArgumentException("not an image: " + png);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				return new PngSize(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + png, ex);
		}
	}

	/** The height that keeps the aspect ratio at the given width, in the same unit. */
	long heightAt(long width) {
		return Math.round((double) width * this.height / this.width);
	}

}
