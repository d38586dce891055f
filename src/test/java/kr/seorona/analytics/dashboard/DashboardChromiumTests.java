package kr.seorona.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Opens the dashboard in headless Chromium (Debian's {@code chromium} package): every image
 * loads, there is no console or resource error, and a screenshot is not blank. Skipped, with the
 * reason printed, where no Chromium is installed (except in CI, see {@link Chromium}). The
 * whole-job browser test is {@code DashboardBrowserFunctionalTests}.
 */
class DashboardChromiumTests {

	/** Records errors and, on load, the state of every image in a {@code data-check} attribute. */
	private static final String PROBE = """
			<script>
			window.__errors = [];
			window.addEventListener('error', function (e) {
			  var t = e.target;
			  window.__errors.push(t && (t.src || t.href) ? 'resource ' + (t.src || t.href) : 'script ' + e.message);
			}, true);
			console.error = function () { window.__errors.push('console ' + Array.from(arguments).join(' ')); };
			window.addEventListener('load', function () {
			  document.fonts.ready.then(function () {
			    var images = Array.from(document.images);
			    var broken = images.filter(function (i) { return !(i.complete && i.naturalWidth > 0); })
			      .map(function (i) { return i.getAttribute('src'); });
			    var fonts = Array.from(document.fonts).filter(function (f) { return f.status === 'error'; })
			      .map(function (f) { return 'font ' + f.family; });
			    document.documentElement.setAttribute('data-check', JSON.stringify(
			      { images: images.length, broken: broken, errors: window.__errors.concat(fonts) }));
			  });
			});
			</script>
			""";

	private static Chromium chromium;

	@BeforeAll
	static void findChromium() {
		System.setProperty("java.awt.headless", "true");
		chromium = Chromium.require("DashboardChromiumTests");
	}

	@Test
	void everyImageLoadsWithoutConsoleErrors(@TempDir Path dir) throws Exception {
		Path output = dir.resolve("output");
		writeDashboard(output);
		String html = Files.readString(output.resolve("index.html"));
		int expectedImages = (int) Pattern.compile("<img ").matcher(html).results().count();
		assertThat(expectedImages).isEqualTo(4);
		Path probe = output.resolve("probe.html");
		Files.writeString(probe, html.replaceFirst("<head>", "<head>\n" + Matcher.quoteReplacement(PROBE)),
				StandardCharsets.UTF_8);
		Chromium.Result result = chromium.run(dir, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", "--dump-dom",
				probe.toUri().toString());
		Matcher check = Pattern.compile("data-check=\"([^\"]*)\"").matcher(result.stdout());
		assertThat(check.find()).as("probe result in the DOM; stderr: %s", result.stderr()).isTrue();
		String json = check.group(1).replace("&quot;", "\"");
		assertThat(json).isEqualTo("{\"images\":" + expectedImages + ",\"broken\":[],\"errors\":[]}");
		List<String> console = result.stderr().lines().filter((line) -> line.contains(":CONSOLE")).toList();
		assertThat(console).as("console messages").isEmpty();
	}

	@Test
	void screenshotIsNotBlank(@TempDir Path dir) throws Exception {
		Path output = dir.resolve("output");
		writeDashboard(output);
		Path screenshot = dir.resolve("screenshot.png");
		Chromium.Result result = chromium.run(dir, "--window-size=1280,2000", "--virtual-time-budget=15000",
				"--screenshot=" + screenshot, output.resolve("index.html").toUri().toString());
		assertThat(screenshot).as("screenshot; stderr: %s", result.stderr()).isRegularFile();
		BufferedImage image = ImageIO.read(screenshot.toFile());
		assertThat(image.getWidth()).isEqualTo(1280);
		long nonWhite = 0;
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				colours.add(rgb);
				if (rgb != 0xFFFFFF) {
					nonWhite++;
				}
			}
		}
		assertThat(nonWhite).isGreaterThan((long) image.getWidth() * image.getHeight() / 4 / 100);
		assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
	}

	private static void writeDashboard(Path output) throws Exception {
		RunReport report = DashboardFixtures.report(output, Locale.KOREAN, DashboardWriterTests.inputs());
		DashboardWriter.write(report, DashboardFixtures.DEFINITIONS, Locale.KOREAN, output);
		ManifestWriter.write(output, java.util.Map.of());
	}

}
