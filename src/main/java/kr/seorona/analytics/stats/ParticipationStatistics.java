package kr.seorona.analytics.stats;

/**
 * Participation of one group in one year; joint meetings are excluded here and reported apart in
 * {@link JointMeetingComposition}. Every nullable figure is {@code null} (never NaN) when it cannot be
 * computed, e.g. a rate with no meetings or a change with no previous year.
 *
 * @param year school year
 * @param groupCode canonical group code
 * @param networks networks of the group that year
 * @param meetings regular meetings held by those networks
 * @param attendances person-meetings (attendance rows) at those meetings
 * @param distinctParticipants distinct participant pseudonyms at those meetings
 * @param meanAttendance mean attendances per meeting; null when meetings = 0
 * @param medianAttendance median attendances per meeting; null when meetings = 0
 * @param participationRate attendances / (sum over the group's meetings of the organising
 * network's member count); null when that sum is 0
 * @param newParticipants distinct participants not seen in the group the previous year; null for
 * the first year in the data
 * @param retention share (0..1) of the previous year's distinct participants of the group who
 * took part again; null for the first year or when the previous year had none
 * @param onlineShare share (0..1) of the meetings held online (hybrid counts as not online);
 * null when meetings = 0
 * @param meetingsChange meetings minus the previous year's; null for the first year
 * @param attendancesChange attendances minus the previous year's; null for the first year
 * @param attendancesRelativeChange change / previous attendances, a share (-0.25 = a quarter fewer;
 * 0..1 like every share); null when the previous year is absent or had 0
 * @param suppressed true when distinctParticipants &lt; k: counts of people are then withheld from
 * published charts and tables
 */
public record ParticipationStatistics(int year, String groupCode, int networks, int meetings, long attendances,
		long distinctParticipants, Double meanAttendance, Double medianAttendance, Double participationRate,
		Long newParticipants, Double retention, Double onlineShare, Integer meetingsChange, Long attendancesChange,
		Double attendancesRelativeChange, boolean suppressed) {
}
