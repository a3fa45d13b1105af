package dev.testgov.maven.internal.prepare;

import static dev.testgov.maven.internal.prepare.PrepareMessages.ARG_LINE;
import static dev.testgov.maven.internal.prepare.PrepareMessages.CATEGORIES;
import static dev.testgov.maven.internal.prepare.PrepareMessages.COMMAND_LINE_SWITCH;
import static dev.testgov.maven.internal.prepare.PrepareMessages.EXCLUDED_GROUPS;
import static dev.testgov.maven.internal.prepare.PrepareMessages.GROUPS;
import static dev.testgov.maven.internal.prepare.PrepareMessages.MANUAL;
import static dev.testgov.maven.internal.prepare.PrepareMessages.NO_TAG_FILTERING;
import static dev.testgov.maven.internal.prepare.PrepareMessages.REPLACED_GROUPS;
import static dev.testgov.maven.internal.prepare.PrepareMessages.STRICT;
import static dev.testgov.maven.internal.prepare.PrepareMessages.SUMMARY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.maven.project.MavenProject;

/**
 * What {@code testgov:prepare} does to a project, computed without touching it: the project properties that
 * steer Surefire and Failsafe ({@code groups}, {@code excludedGroups}, {@code argLine}), the one summary line,
 * and the warnings about settings that override them.
 */
public final class Preparation {

	private final Map<String, String> properties = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, String> effective = new LinkedHashMap<>();
	private final GateSelection selection;
	private String summary;

	private Preparation(GateSelection selection) {
		this.selection = selection;
	}

	/**
	 * Prepares a project for its test runs.
	 *
	 * @param commandLine the session's user properties: the {@code -D} switches, which reach the forks by themselves
	 * @throws IllegalArgumentException for a misconfiguration, with the message to show
	 */
	public static Preparation of(PrepareSettings settings, MavenProject project, Properties commandLine) {
		Preparation preparation = new Preparation(GateSets.of(settings.gateSets()).named(settings.gates()));
		List<ForkSwitch> switches = ForkSwitches.of(settings, preparation.selection);
		preparation.filterTags(project.getProperties());
		String addition = preparation.forward(switches, commandLine);
		// Set even when empty, so a user's <argLine>@{argLine} ...</argLine> never reaches the JVM literally.
		preparation.properties.put(Overrides.ARG_LINE, ArgLine.append(project.getProperties().getProperty(Overrides.ARG_LINE), addition));
		preparation.warnings.addAll(Overrides.find(project, commandLine, preparation.selection.name(),
			preparation.properties, addition));
		preparation.summary = preparation.summarize(addition);
		return preparation;
	}

	private void filterTags(Properties current) {
		if (!selection.groups().isEmpty()) {
			String groups = String.join(",", selection.groups());
			String existing = current.getProperty("groups");
			if (existing != null && !existing.isBlank() && !existing.equals(groups)) {
				warnings.add(String.format(REPLACED_GROUPS, selection.name(), List.of(existing.split(",")), selection.groups()));
			}
			properties.put("groups", groups);
		}
		if (!selection.excludedGroups().isEmpty()) {
			Set<String> excluded = new LinkedHashSet<>();
			String existing = current.getProperty("excludedGroups");
			if (existing != null) {
				for (String entry : existing.split(",")) {
					if (!entry.isBlank()) {
						excluded.add(entry.strip());
					}
				}
			}
			excluded.addAll(selection.excludedGroups());
			properties.put("excludedGroups", String.join(",", excluded));
		}
	}

	/** Decides which switches go on {@code argLine}: those not already given on the command line. */
	private String forward(List<ForkSwitch> switches, Properties commandLine) {
		List<String> arguments = new ArrayList<>();
		for (ForkSwitch forkSwitch : switches) {
			String given = commandLine.getProperty(forkSwitch.key());
			if (given == null) {
				arguments.add(forkSwitch.argument());
				effective.put(forkSwitch.key(), forkSwitch.value());
				continue;
			}
			if (!given.equals(forkSwitch.value())) {
				warnings.add(String.format(COMMAND_LINE_SWITCH, forkSwitch.key(), given, forkSwitch.origin()));
			}
			effective.put(forkSwitch.key(), given);
		}
		for (String key : ForkSwitches.KEYS) {
			if (!effective.containsKey(key) && commandLine.getProperty(key) != null) {
				effective.put(key, commandLine.getProperty(key));
			}
		}
		return ArgLine.join(arguments);
	}

	private String summarize(String addition) {
		List<String> filters = new ArrayList<>();
		if (properties.containsKey("groups")) {
			filters.add(String.format(GROUPS, List.of(properties.get("groups").split(","))));
		}
		if (properties.containsKey("excludedGroups")) {
			filters.add(String.format(EXCLUDED_GROUPS, List.of(properties.get("excludedGroups").split(","))));
		}
		StringBuilder line = new StringBuilder(String.format(SUMMARY, selection.name(),
			filters.isEmpty() ? NO_TAG_FILTERING : String.join(" ", filters)));
		appendIfSet(line, STRICT, ForkSwitches.STRICT);
		if ("true".equalsIgnoreCase(effective.get(ForkSwitches.MANUAL)) || "1".equals(effective.get(ForkSwitches.MANUAL))) {
			line.append(MANUAL);
		}
		appendIfSet(line, CATEGORIES, ForkSwitches.CATEGORIES);
		if (!addition.isEmpty()) {
			line.append(String.format(ARG_LINE, addition));
		}
		return line.toString();
	}

	private void appendIfSet(StringBuilder line, String format, String key) {
		String value = effective.get(key);
		if (value != null && !value.isBlank()) {
			line.append(String.format(format, value));
		}
	}

	/** The project properties to set, in order: {@code groups}, {@code excludedGroups}, {@code argLine}. */
	public Map<String, String> properties() {
		return Collections.unmodifiableMap(properties);
	}

	/** The one INFO line. */
	public String summary() {
		return summary;
	}

	/** Where the POM or the command line overrides what testgov set, and what to change. */
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}
}
