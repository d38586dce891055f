package kr.seorona.analytics.ingest;

/** A definition file under {@code jobs/} is missing or malformed; the message names the file and entry. */
public class InvalidDefinitionException extends RuntimeException {

	public InvalidDefinitionException(String message) {
		super(message);
	}

}
