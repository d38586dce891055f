package kr.seorona.analytics.ingest;

import java.util.Objects;

/**
 * One network (a standing group) in one year.
 *
 * @param year the school year, e.g. 2022
 * @param networkId the network's id as exported, e.g. {@code NET-2022-PAR-01}
 * @param networkName the network's display name (Korean)
 * @param groupCode canonical group code from {@code jobs/groups.yml}, e.g. {@code PARENT}
 * @param memberCount registered members, 0 or more
 */
public record NetworkRecord(int year, String networkId, String networkName, String groupCode, int memberCount) {

	public NetworkRecord {
		Objects.requireNonNull(networkId, "networkId");
		Objects.requireNonNull(groupCode, "groupCode");
		if (memberCount < 0) {
			throw new IllegalArgumentException("memberCount must be >= 0 but was " + memberCount);
		}
	}

}
