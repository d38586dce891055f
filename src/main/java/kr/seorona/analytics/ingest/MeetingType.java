package kr.seorona.analytics.ingest;

/** Kind of meeting: a network's own regular meeting, or a joint meeting of all groups. */
public enum MeetingType {
	REGULAR, JOINT
}
