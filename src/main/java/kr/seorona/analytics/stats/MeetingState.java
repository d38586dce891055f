package kr.seorona.analytics.stats;

import java.time.LocalDate;
import java.util.Map;

import kr.seorona.analytics.ingest.MeetingMode;
import kr.seorona.analytics.ingest.SessionRecord;

/**
 * What the statistics need of one meeting, without the rest of its record (the topic, the
 * duration, the headcount): hundreds of thousands of meetings at national scale.
 */
final class MeetingState {

	final String sessionId;

	/** The organising network's id; null for a joint meeting. */
	final String networkId;

	final String groupCode;

	final int year;

	/** The meeting date as days since 1970-01-01. */
	final int epochDay;

	final boolean joint;

	final boolean online;

	long attendances;

	/** Joint meetings only: distinct participants by group (thousands of meetings at national scale). */
	Map<String, ParticipantSet> jointAttendees = Map.of();

	MeetingState(SessionRecord record) {
		this.sessionId = record.sessionId();
		this.networkId = record.networkId();
		this.groupCode = record.groupCode();
		this.year = record.year();
		this.epochDay = Math.toIntExact(record.date().toEpochDay());
		this.joint = record.joint();
		this.online = record.mode() == MeetingMode.ONLINE;
	}

	LocalDate date() {
		return LocalDate.ofEpochDay(this.epochDay);
	}

}
