package kr.seorona.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fast launcher {@code target/app/seorona.args} that {@code mvn package} writes from
 * {@code src/launcher/seorona.args} (README, Performance): its heap and collector flags are the
 * pom's one property, and the built file points at the extracted jar and the class-data archive.
 */
class LauncherArgumentsTests {

	private static final Path TEMPLATE = Path.of("src/launcher/seorona.args");

	private static final Path BUILT = Path.of("target/app/seorona.args");

	private static final Pattern PLACEHOLDER = Pattern.compile("@([a-zA-Z.]+)@");

	@Test
	void theTemplateUsesThePomsJvmOptionsAndOnlyKnownPlaceholders() throws Exception {
		String template = Files.readString(TEMPLATE);
		List<String> placeholders = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			placeholders.add(matcher.group(1));
		}
		assertThat(placeholders).containsExactlyInAnyOrder("seorona.jvm.options", "launcher.folder", "launcher.folder",
				"project.build.finalName");
		assertThat(arguments(template)).contains("-Xshare:auto", "-jar");
	}

	@Test
	void springBootRunUsesTheSameJvmOptions() throws Exception {
		Document pom = pom();
		assertThat(pom.getElementsByTagName("seorona.jvm.options").item(0).getTextContent()).contains("-Xmx");
		assertThat(pom.getElementsByTagName("jvmArguments").item(0).getTextContent()).isEqualTo("${seorona.jvm.options}");
	}

	@Test
	void theBuiltLauncherPointsAtTheExtractedJarAndTheArchive() throws Exception {
		assumeTrue(Files.isRegularFile(BUILT), "no " + BUILT + ": built by mvn package, not by mvn test");
		List<String> arguments = arguments(Files.readString(BUILT));
		String jvmOptions = pom().getElementsByTagName("seorona.jvm.options").item(0).getTextContent();
		assertThat(String.join(" ", arguments)).startsWith(jvmOptions + " ");
		String archive = arguments.stream()
			.filter((argument) -> argument.startsWith("-XX:SharedArchiveFile="))
			.findFirst()
			.orElseThrow()
			.substring("-XX:SharedArchiveFile=".length());
		assertThat(Path.of(archive)).isRegularFile();
		assertThat(Path.of(arguments.get(arguments.indexOf("-jar") + 1))).isRegularFile()
			.hasParent(Path.of(archive).getParent());
	}

	private static Document pom() throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
	}

	/** The arguments of a Java argument file: comments dropped, split at blanks, quotes removed. */
	private static List<String> arguments(String argumentFile) {
		List<String> arguments = new ArrayList<>();
		for (String line : argumentFile.split("\n")) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
			while (token.find()) {
				arguments.add((token.group(1) != null) ? token.group(1) : token.group(2));
			}
		}
		return arguments;
	}

}
