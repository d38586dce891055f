package kr.seorona.analytics.operations;

import java.io.PrintStream;

/**
 * Named points of a run where the crash-safety tests kill the process. When the system property
 * {@value #PROPERTY} names a point, the run prints {@code SEORONA-PAUSED <point>} on standard
 * output when it reaches it and waits there to be killed; otherwise {@link #reached} does nothing.
 */
public final class CrashPoint {

	static final String PROPERTY = "seorona.crashtest.pause-at";

	static final String MARKER = "SEORONA-PAUSED ";

	private CrashPoint() {
	}

	/** Pauses forever at {@code point} when the crash test asked for it. */
	public static void reached(String point) {
		if (!point.equals(System.getProperty(PROPERTY))) {
			return;
		}
		PrintStream out = System.out;
		out.println(MARKER + point);
		out.flush();
		while (true) {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
