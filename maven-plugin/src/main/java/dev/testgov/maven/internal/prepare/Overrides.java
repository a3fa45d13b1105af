package dev.testgov.maven.internal.prepare;

import static dev.testgov.maven.internal.prepare.PrepareMessages.COMMAND_LINE_ARG_LINE;
import static dev.testgov.maven.internal.prepare.PrepareMessages.COMMAND_LINE_FILTER;
import static dev.testgov.maven.internal.prepare.PrepareMessages.CONFIGURED_FILTER;
import static dev.testgov.maven.internal.prepare.PrepareMessages.LITERAL_ARG_LINE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.maven.project.MavenProject;

/**
 * Finds where the user's POM or command line wins over what {@code testgov:prepare} set, so the build says
 * exactly what to change instead of silently running other tests. Precedence, per Surefire and Failsafe: an
 * explicit plugin configuration, then a {@code -D} on the command line, then the project property.
 */
public final class Overrides {

	static final String ARG_LINE = "argLine";
	private static final List<String> FILTERS = List.of("groups", "excludedGroups");

	private Overrides() {
	}

	/** Warnings for the tag filters in {@code set} and the {@code addition} to {@code argLine}. */
	static List<String> find(MavenProject project, Properties commandLine, String gateSet, Map<String, String> set,
			String addition) {
		List<String> warnings = new ArrayList<>();
		for (String filter : FILTERS) {
			if (set.containsKey(filter)) {
				warnings.addAll(filter(project, commandLine, gateSet, filter, set.get(filter)));
			}
		}
		if (!addition.isEmpty()) {
			warnings.addAll(argLine(project, commandLine, addition, addition));
		}
		return warnings;
	}

	private static List<String> filter(MavenProject project, Properties commandLine, String gateSet, String filter,
			String value) {
		List<String> warnings = new ArrayList<>();
		String shown = List.of(value.split(",")).toString();
		for (PluginConfigurations.Configured configured : PluginConfigurations.find(project, filter)) {
			if (!configured.value().equals("${" + filter + "}")) {
				warnings.add(String.format(CONFIGURED_FILTER, configured.where(), filter, configured.value(), filter, gateSet,
					filter, shown, filter, filter));
			}
		}
		String given = commandLine.getProperty(filter);
		if (given != null && !given.replaceAll("\\s", "").equals(value)) {
			warnings.add(String.format(COMMAND_LINE_FILTER, filter, given, gateSet, filter, shown, filter));
		}
		return warnings;
	}

	/**
	 * Warnings for an {@code argLine} that the POM's Surefire or Failsafe configuration, or {@code -DargLine} on
	 * the command line, replaces: the test JVM then misses what testgov added.
	 *
	 * @param addition what testgov added; a command-line {@code argLine} holding it (through {@code @{argLine}}
	 *     expanded by hand) is fine
	 * @param shown how the warning names what the test JVM misses
	 */
	public static List<String> argLine(MavenProject project, Properties commandLine, String addition, String shown) {
		List<String> warnings = new ArrayList<>();
		for (PluginConfigurations.Configured configured : PluginConfigurations.find(project, ARG_LINE)) {
			String value = configured.value();
			if (!value.contains("@{argLine}") && !value.contains("${argLine}")) {
				warnings.add(String.format(LITERAL_ARG_LINE, configured.where(), value, shown, value));
			}
		}
		String given = commandLine.getProperty(ARG_LINE);
		if (given != null && !given.contains(addition) && !given.contains("@{argLine}")) {
			warnings.add(String.format(COMMAND_LINE_ARG_LINE, given, shown, given));
		}
		return warnings;
	}
}
