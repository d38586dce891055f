package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kr.seorona.analytics.ingest.GroupCatalog;

/**
 * The joint meetings of all groups: each meeting's attendance, and its participants by group.
 *
 * @param composition one row per joint meeting × attendee group with at least one attendee
 * @param attendance one row per joint meeting
 */
record JointMeetings(List<JointMeetingComposition> composition, List<JointMeetingAttendance> attendance) {

	/**
	 * Both lists, sorted by year, date, session id (and group display order).
	 * @param joint the joint meetings; sorted in place
	 * @param groups the group catalogue, for the display order
	 * @param minCellSize k: a meeting or group about fewer than k people is marked suppressed
	 */
	static JointMeetings of(List<MeetingState> joint, GroupCatalog groups, int minCellSize) {
		joint.sort(Comparator.comparingInt((MeetingState s) -> s.year)
			.thenComparingInt((s) -> s.epochDay)
			.thenComparing((s) -> s.sessionId));
		List<JointMeetingComposition> composition = new ArrayList<>();
		List<JointMeetingAttendance> attendance = new ArrayList<>();
		for (MeetingState session : joint) {
			ParticipantSet everyone = new ParticipantSet();
			session.jointAttendees.values().forEach(everyone::addAll);
			List<String> codes = new ArrayList<>(session.jointAttendees.keySet());
			codes.sort(Comparator.comparingInt(groups::order).thenComparing(Comparator.naturalOrder()));
			for (String code : codes) {
				int people = session.jointAttendees.get(code).size();
				composition.add(new JointMeetingComposition(session.year, session.sessionId, session.date(), code,
						people, (double) people / everyone.size(), people < minCellSize));
			}
			attendance.add(new JointMeetingAttendance(session.year, session.sessionId, session.date(),
					everyone.size(), codes.size(), everyone.size() < minCellSize));
		}
		return new JointMeetings(composition, attendance);
	}

}
