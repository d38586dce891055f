package kr.seorona.analytics.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.util.Vector;

/**
 * The image for the PNG writer, which reads it a row at a time with {@link #getData(Rectangle)}:
 * Java 17's writer gets a copy of each row that way (a third of the encoding time of a 300 dpi
 * chart); this view hands out the image's own raster instead. Same pixels, same bytes; the
 * writer only reads them.
 */
record RasterRowView(BufferedImage image) implements RenderedImage {

	@Override
	public Raster getData(Rectangle rect) {
		return this.image.getRaster().createChild(rect.x, rect.y, rect.width, rect.height, rect.x, rect.y, null);
	}

	@Override
	public Raster getData() {
		return this.image.getData();
	}

	@Override
	public WritableRaster copyData(WritableRaster raster) {
		return this.image.copyData(raster);
	}

	@Override
	public Raster getTile(int tileX, int tileY) {
		return this.image.getTile(tileX, tileY);
	}

	@Override
	public Vector<RenderedImage> getSources() {
		return null;
	}

	@Override
	public Object getProperty(String name) {
		return this.image.getProperty(name);
	}

	@Override
	public String[] getPropertyNames() {
		return this.image.getPropertyNames();
	}

	@Override
	public ColorModel getColorModel() {
		return this.image.getColorModel();
	}

	@Override
	public SampleModel getSampleModel() {
		return this.image.getSampleModel();
	}

	@Override
	public int getWidth() {
		return this.image.getWidth();
	}

	@Override
	public int getHeight() {
		return this.image.getHeight();
	}

	@Override
	public int getMinX() {
		return this.image.getMinX();
	}

	@Override
	public int getMinY() {
		return this.image.getMinY();
	}

	@Override
	public int getNumXTiles() {
		return this.image.getNumXTiles();
	}

	@Override
	public int getNumYTiles() {
		return this.image.getNumYTiles();
	}

	@Override
	public int getMinTileX() {
		return this.image.getMinTileX();
	}

	@Override
	public int getMinTileY() {
		return this.image.getMinTileY();
	}

	@Override
	public int getTileWidth() {
		return this.image.getTileWidth();
	}

	@Override
	public int getTileHeight() {
		return this.image.getTileHeight();
	}

	@Override
	public int getTileGridXOffset() {
		return this.image.getTileGridXOffset();
	}

	@Override
	public int getTileGridYOffset() {
		return this.image.getTileGridYOffset();
	}

}
