package kr.seorona.analytics.operations;

/** A job parameter is unknown or invalid; the message names it and the accepted values (exit code 2). */
public class InvalidParameterException extends RuntimeException {

	InvalidParameterException(String message) {
		super(message);
	}

}
