package kr.seorona.analytics.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One meeting (session).
 *
 * @param year the school year the meeting belongs to (its input folder)
 * @param sessionId the meeting's id as exported
 * @param networkId the organising network's id; {@code null} for a joint meeting
 * @param groupCode the organising network's canonical group code, or {@link GroupCatalog#JOINT}
 * for a joint meeting, so that meetings can be counted by group without a join
 * @param date the meeting date (local, Korea)
 * @param type regular or joint
 * @param mode offline, online or hybrid
 * @param durationMinutes duration in minutes, &gt; 0
 * @param headcount headcount reported by the organiser, 0 or more
 * @param topic free-text topic, may be {@code null}
 */
public record SessionRecord(int year, String sessionId, String networkId, String groupCode, LocalDate date,
		MeetingType type, MeetingMode mode, int durationMinutes, int headcount, String topic) {

	public SessionRecord {
		Objects.requireNonNull(sessionId, "sessionId");
		Objects.requireNonNull(groupCode, "groupCode");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(mode, "mode");
		if (headcount < 0) {
			throw new IllegalArgumentException("headcount must be >= 0 but was " + headcount);
		}
	}

	/** Whether this is a joint meeting of all groups. */
	public boolean joint() {
		return this.type == MeetingType.JOINT;
	}

}
