package kr.seorona.analytics.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical groups in display order, plus the pseudo-group under which joint meetings are
 * reported. Loaded from {@code jobs/groups.yml} by {@link Definitions}; the code has no copy.
 */
public final class GroupCatalog {

	/** Code of the pseudo-group of joint meetings, used in {@link SessionRecord#groupCode()}. */
	public static final String JOINT = "JOINT";

	private final Map<String, Group> groups;

	private final List<Group> ordered;

	private final Group joint;

	public GroupCatalog(List<Group> groups, Group joint) {
		if (groups.isEmpty()) {
			throw new IllegalArgumentException("at least one group must be defined");
		}
		if (!JOINT.equals(joint.code())) {
			throw new IllegalArgumentException("the joint pseudo-group must have code " + JOINT + " but was " + joint.code());
		}
		Map<String, Group> byCode = new LinkedHashMap<>();
		for (Group group : groups) {
			if (byCode.put(group.code(), group) != null) {
				throw new IllegalArgumentException("group code defined twice: " + group.code());
			}
		}
		this.groups = Map.copyOf(byCode);
		this.ordered = List.copyOf(groups);
		this.joint = joint;
	}

	/** The groups in display order (without the joint pseudo-group). */
	public List<Group> groups() {
		return this.ordered;
	}

	/** The joint-meeting pseudo-group. */
	public Group joint() {
		return this.joint;
	}

	/** The group with this canonical code, the joint pseudo-group included. */
	public Optional<Group> find(String code) {
		if (JOINT.equals(code)) {
			return Optional.of(this.joint);
		}
		return Optional.ofNullable(this.groups.get(code));
	}

	/** The group with this canonical code; throws IllegalArgumentException naming the code if unknown. */
	public Group get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("unknown group code: " + code));
	}

	/** Display position of a group code (joint last), for deterministic ordering. */
	public int order(String code) {
		for (int i = 0; i < this.ordered.size(); i++) {
			if (this.ordered.get(i).code().equals(code)) {
				return i;
			}
		}
		return this.ordered.size();
	}

}
