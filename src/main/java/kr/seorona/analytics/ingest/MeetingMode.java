package kr.seorona.analytics.ingest;

/** How a meeting was held. */
public enum MeetingMode {
	OFFLINE, ONLINE, HYBRID
}
