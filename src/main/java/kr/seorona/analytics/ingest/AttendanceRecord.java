package kr.seorona.analytics.ingest;

import java.util.Objects;

/**
 * One participant at one meeting.
 *
 * @param year the school year (input folder)
 * @param sessionId the meeting's id
 * @param participantKey the participant's pseudonym (keyed hash of the exported id or name), never
 * the raw identifier
 * @param groupCode the participant's canonical group code (at a joint meeting, the group the
 * participant belongs to)
 * @param schoolKey the school's pseudonym (keyed hash of the school id: beside a group, a school id
 * identifies a person, e.g. its principal), may be {@code null}
 */
public record AttendanceRecord(int year, String sessionId, String participantKey, String groupCode,
		String schoolKey) {

	public AttendanceRecord {
		Objects.requireNonNull(sessionId, "sessionId");
		Objects.requireNonNull(participantKey, "participantKey");
		Objects.requireNonNull(groupCode, "groupCode");
	}

}
