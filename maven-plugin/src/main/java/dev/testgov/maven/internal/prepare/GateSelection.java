package dev.testgov.maven.internal.prepare;

import java.util.List;

/**
 * What a gate set selects: the tag expressions for Surefire's {@code groups} and {@code excludedGroups}, and
 * whether it opts manual tests in.
 */
final class GateSelection {

	private final String name;
	private final List<String> groups;
	private final List<String> excludedGroups;
	private final boolean manual;

	GateSelection(String name, List<String> groups, List<String> excludedGroups, boolean manual) {
		this.name = name;
		this.groups = List.copyOf(groups);
		this.excludedGroups = List.copyOf(excludedGroups);
		this.manual = manual;
	}

	String name() {
		return name;
	}

	/** Tag expressions of which a test must match one; empty for no restriction. */
	List<String> groups() {
		return groups;
	}

	/** Tag expressions that leave a test out. */
	List<String> excludedGroups() {
		return excludedGroups;
	}

	boolean optsManualIn() {
		return manual;
	}

	boolean filtersTags() {
		return !groups.isEmpty() || !excludedGroups.isEmpty();
	}
}
