package kr.seorona.analytics.sample;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kr.seorona.analytics.ingest.MeetingMode;

/**
 * The shape of one school year of the bundled dataset: networks per group with their number of
 * regular meetings, the joint meetings, the window in which regular meetings fall and the mix of
 * meeting modes. {@link #BUNDLED} holds the public facts the bundled data reproduces; the scale
 * generator multiplies these shapes.
 *
 * @param year the school year
 * @param meetingsPerNetwork for each group that had networks that year, one element per network:
 * its number of regular meetings (display order of {@link SampleGroup})
 * @param joints the joint meetings of all groups, in date order
 * @param firstMeeting earliest date of a regular meeting
 * @param lastMeeting latest date of a regular meeting
 * @param offlineShare probability that a regular meeting is held offline
 * @param onlineShare probability that a regular meeting is held online (the rest is hybrid)
 */
record YearSpec(int year, Map<SampleGroup, int[]> meetingsPerNetwork, List<JointSpec> joints, LocalDate firstMeeting,
		LocalDate lastMeeting, double offlineShare, double onlineShare) {

	/** Mean registered members of a network (members are drawn from 12 to 30). */
	static final double MEAN_MEMBERS = 21.0;

	/** Mean share of a network's members who attend one of its meetings (drawn from 0.55 to 0.85). */
	static final double MEAN_ATTENDANCE = 0.70;

	/** The bundled years 2019 to 2022. */
	static final List<YearSpec> BUNDLED = List.of(
			new YearSpec(2019, groups(new int[] { 3 }, new int[] { 2 }, new int[] { 2, 2 }, null, null,
					new int[] { 4, 3, 3 }),
					List.of(new JointSpec(LocalDate.of(2019, 11, 22), MeetingMode.OFFLINE, 64)),
					LocalDate.of(2019, 3, 11), LocalDate.of(2019, 12, 13), 0.95, 0.05),
			new YearSpec(2020, groups(new int[] { 2 }, new int[] { 2 }, new int[] { 2, 2 }, new int[] { 1 },
					new int[] { 1 }, new int[] { 3, 3, 2, 2 }),
					List.of(new JointSpec(LocalDate.of(2020, 11, 27), MeetingMode.ONLINE, 72)),
					LocalDate.of(2020, 4, 20), LocalDate.of(2020, 12, 18), 0.12, 0.88),
			new YearSpec(2021, groups(new int[] { 3 }, new int[] { 2 }, new int[] { 3, 2 }, new int[] { 1 },
					new int[] { 2 }, new int[] { 3, 3, 3, 2, 2 }),
					List.of(new JointSpec(LocalDate.of(2021, 11, 26), MeetingMode.ONLINE, 85)),
					LocalDate.of(2021, 3, 15), LocalDate.of(2021, 12, 17), 0.15, 0.75),
			new YearSpec(2022, groups(new int[] { 3 }, new int[] { 2 }, new int[] { 3, 2 }, new int[] { 1 },
					new int[] { 2 }, new int[] { 3, 3, 3, 3, 3, 3 }),
					List.of(new JointSpec(LocalDate.of(2022, 4, 29), MeetingMode.OFFLINE, 96),
							new JointSpec(LocalDate.of(2022, 11, 29), MeetingMode.OFFLINE, 120)),
					LocalDate.of(2022, 3, 14), LocalDate.of(2022, 11, 25), 0.70, 0.05));

	YearSpec {
		meetingsPerNetwork = Collections.unmodifiableMap(new EnumMap<>(meetingsPerNetwork));
		joints = List.copyOf(joints);
	}

	/** Number of regular meetings in the year. */
	int regularMeetings() {
		int total = 0;
		for (int[] meetings : this.meetingsPerNetwork.values()) {
			for (int count : meetings) {
				total += count;
			}
		}
		return total;
	}

	/** Expected attendance rows of the year: regular meetings at mean size plus the joint headcounts. */
	double expectedAttendanceRows() {
		double rows = regularMeetings() * MEAN_MEMBERS * MEAN_ATTENDANCE;
		for (JointSpec joint : this.joints) {
			rows += joint.headcount();
		}
		return rows;
	}

	private static Map<SampleGroup, int[]> groups(int[] principal, int[] vicePrincipal, int[] teacher,
			int[] adminDirector, int[] eduStaff, int[] parent) {
		Map<SampleGroup, int[]> groups = new EnumMap<>(SampleGroup.class);
		put(groups, SampleGroup.PRINCIPAL, principal);
		put(groups, SampleGroup.VICE_PRINCIPAL, vicePrincipal);
		put(groups, SampleGroup.TEACHER, teacher);
		put(groups, SampleGroup.ADMIN_DIRECTOR, adminDirector);
		put(groups, SampleGroup.EDU_STAFF, eduStaff);
		put(groups, SampleGroup.PARENT, parent);
		return groups;
	}

	private static void put(Map<SampleGroup, int[]> groups, SampleGroup group, int[] meetings) {
		if (meetings != null) {
			groups.put(group, meetings);
		}
	}

	/**
	 * A joint meeting of all groups.
	 *
	 * @param date the meeting date
	 * @param mode how it was held
	 * @param headcount number of attendees (attendance rows)
	 */
	record JointSpec(LocalDate date, MeetingMode mode, int headcount) {
	}

}
