package kr.seorona.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PngWriterTests {

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	private static JFreeChart chart() {
		ChartContext context = new ChartContext(ChartFixtures.inputs(), ChartFixtures.options(Locale.KOREAN),
				Messages.bundle(Locale.KOREAN), ChartTheme.bundled());
		return new MeetingsByGroupChart().charts(context).get(0).chart();
	}

	@Test
	void defaultPngDecodesAt1890PixelsWideAndCarries300Dpi(@TempDir Path dir) throws Exception {
		ChartOptions options = ChartFixtures.options(Locale.KOREAN);
		Path file = dir.resolve("charts/2022/chart.png");
		PngWriter.write(chart(), options.widthPx(), options.heightPx(), options.dpi(), file);
		BufferedImage image = ImageIO.read(file.toFile());
		assertThat(image.getWidth()).isEqualTo(1890);
		assertThat(image.getHeight()).isEqualTo(1172);
		assertThat(physicalSize(file)).containsExactly("11811", "11811", "meter");
		// 1890 px at 11811 px/m print 16.0 cm wide
		assertThat(1890 / 11811.0 * 100).isCloseTo(16.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(dir.resolve("charts/2022")).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void widthAndDpiAreConfigurable(@TempDir Path dir) throws Exception {
		ChartOptions options = ChartFixtures.options(Locale.KOREAN).withSize(945, 150);
		Path file = dir.resolve("chart.png");
		PngWriter.write(chart(), options.widthPx(), options.heightPx(), options.dpi(), file);
		BufferedImage image = ImageIO.read(file.toFile());
		assertThat(image.getWidth()).isEqualTo(945);
		assertThat(image.getHeight()).isEqualTo(586);
		assertThat(physicalSize(file)).containsExactly("5906", "5906", "meter");
	}

	@Test
	void sameChartGivesSameBytesAndTheImageIsNotBlank(@TempDir Path dir) throws Exception {
		Path a = dir.resolve("a.png");
		Path b = dir.resolve("b.png");
		PngWriter.write(chart(), 800, 496, 150, a);
		PngWriter.write(chart(), 800, 496, 150, b);
		assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
		BufferedImage image = ImageIO.read(a.toFile());
		long nonWhite = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
					nonWhite++;
				}
			}
		}
		assertThat(nonWhite).isGreaterThan(image.getWidth() * image.getHeight() / 50);
		assertThat(new String(Files.readAllBytes(a), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("tIME")
			.doesNotContain("tEXt");
	}

	@Test
	void theFileDecodesToExactlyTheRenderedPixels() throws Exception {
		BufferedImage rendered = PngWriter.render(chart(), 600, 372, 100);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		PngWriter.encode(rendered, 100, bytes);
		BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
		assertThat(decoded.getRGB(0, 0, 600, 372, null, 0, 600)).isEqualTo(rendered.getRGB(0, 0, 600, 372, null, 0, 600));
	}

	@Test
	void theFileHoldsAn8BitRgbImageItsResolutionAndNoOtherChunk() throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		PngWriter.encode(PngWriter.render(chart(), 600, 372, 300), 300, bytes);
		java.nio.ByteBuffer png = java.nio.ByteBuffer.wrap(bytes.toByteArray());
		png.position(8);
		java.util.List<String> chunks = new java.util.ArrayList<>();
		byte bitDepth = 0;
		byte colourType = 0;
		while (png.hasRemaining()) {
			int length = png.getInt();
			byte[] type = new byte[4];
			png.get(type);
			String name = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
			if (name.equals("IHDR")) {
				bitDepth = png.get(png.position() + 8);
				colourType = png.get(png.position() + 9);
			}
			if (chunks.isEmpty() || !chunks.get(chunks.size() - 1).equals(name)) {
				chunks.add(name);
			}
			png.position(png.position() + length + 4);
		}
		assertThat(chunks).containsExactly("IHDR", "pHYs", "IDAT", "IEND");
		assertThat(bitDepth).as("bit depth").isEqualTo((byte) 8);
		assertThat(colourType).as("colour type: RGB").isEqualTo((byte) 2);
	}

	/** pixelsPerUnitXAxis, pixelsPerUnitYAxis and unitSpecifier of the pHYs chunk. */
	static String[] physicalSize(Path file) throws Exception {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			reader.setInput(in);
			IIOMetadata metadata = reader.getImageMetadata(0);
			Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
			NodeList nodes = root.getElementsByTagName("pHYs");
			assertThat(nodes.getLength()).as("pHYs chunks").isEqualTo(1);
			Element phys = (Element) nodes.item(0);
			reader.dispose();
			return new String[] { phys.getAttribute("pixelsPerUnitXAxis"), phys.getAttribute("pixelsPerUnitYAxis"),
					phys.getAttribute("unitSpecifier") };
		}
	}

}
