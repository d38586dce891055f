package kr.seorona.analytics.partitioning;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as the message body on the broker: {@code <step name> <step execution id>},
 * e.g. {@code ingestPartition 42}, plain text rather than Java serialization (nothing to deserialize
 * on a worker but a name and a number; readable in the broker's management page).
 */
public final class PartitionRequests {

	private PartitionRequests() {
	}

	/** The request as message text. */
	public static String toText(StepExecutionRequest request) {
		return request.getStepName() + " " + request.getStepExecutionId();
	}

	/**
	 * The request of a message text.
	 * @throws IllegalArgumentException when the text is not a request
	 */
	public static StepExecutionRequest fromText(String text) {
		int space = text.lastIndexOf(' ');
		if (space <= 0) {
			throw new IllegalArgumentException("not a partition request: '" + text + "'");
		}
		try {
			return new StepExecutionRequest(text.substring(0, space), Long.parseLong(text.substring(space + 1)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a partition request: '" + text + "'", ex);
		}
	}

}
