package kr.seorona.analytics.ingest;

/**
 * A data problem that stops the run before any output is written: a missing input folder, an empty
 * or unreadable file, a file that is not valid in its encoding, a missing required column. The
 * message is meant for the analyst as is (no stack trace needed): it names the file and, where they
 * apply, the line and the column.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

	public InvalidInputException(String message, Throwable cause) {
		super(message, cause);
	}

}
