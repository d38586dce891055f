package kr.seorona.analytics.ingest;

/** More rows were rejected than the run allows ({@link RejectLimit}); the message gives both figures. */
public class RejectLimitExceededException extends InvalidInputException {

	public RejectLimitExceededException(String message) {
		super(message);
	}

}
