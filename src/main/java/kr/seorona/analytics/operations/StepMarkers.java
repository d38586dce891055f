package kr.seorona.analytics.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Marker files ({@code <staging>/<step>.done}) that a staging step writes as the very last act of
 * its work, inside the step. Before a failed run is restarted, the launcher checks that every step
 * the repository records as completed left its marker; if one is missing (the process was killed
 * in between, or the staging folder was deleted) the run is not restartable and a fresh run is
 * started instead.
 */
public final class StepMarkers {

	public static final String INGEST = "ingest";

	public static final String STATISTICS = "statistics";

	public static final String CHARTS = "charts";

	public static final String DOCUMENTS = "documents";

	/** The last step: moves the staged output into place (no marker: it deletes the staging folder). */
	public static final String PUBLISH = "publish";

	/** The steps whose completed output lives in the staging folder until the publish step. */
	static final List<String> STAGING_STEPS = List.of(INGEST, STATISTICS, CHARTS, DOCUMENTS);

	private StepMarkers() {
	}

	public static void markDone(RunLayout layout, String step) {
		try {
			Files.createDirectories(layout.staging());
			Files.writeString(marker(layout, step), step + " done\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the " + step + " marker in " + layout.staging(), ex);
		}
	}

	public static void clear(RunLayout layout, String step) {
		try {
			Files.deleteIfExists(marker(layout, step));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isDone(RunLayout layout, String step) {
		return Files.isRegularFile(marker(layout, step));
	}

	private static Path marker(RunLayout layout, String step) {
		return layout.staging().resolve(step + ".done");
	}

}
