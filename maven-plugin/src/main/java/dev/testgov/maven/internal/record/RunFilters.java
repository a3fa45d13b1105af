package dev.testgov.maven.internal.record;

import java.util.List;
import java.util.Properties;

/**
 * Whether a test run may have left test classes out: a tag filter ({@code groups}, {@code excludedGroups}), a
 * test-name filter ({@code -Dtest}, {@code -Dit.test}) or a category selection, from the command line, the
 * project's properties (where gate sets put theirs), {@code argLine} (where a category selection in the plugin's
 * configuration goes) or Surefire's and Failsafe's own configuration. Only a run that left nothing out may
 * rewrite the list of known test classes: a class listed there whose tests never ran would hide them from every
 * later selection that starts no test JVM.
 */
public final class RunFilters {

	private static final List<String> PROPERTIES = List.of("groups", "excludedGroups", "test", "it.test",
		"testgov.categories");
	private static final List<String> CONFIGURATION = List.of("<groups>", "<excludedGroups>", "<test>",
		"testgov.categories");
	private static final String CATEGORIES_SWITCH = "-Dtestgov.categories=";

	private RunFilters() {
	}

	/**
	 * @param project the project's properties
	 * @param user the properties given on the command line
	 * @param testPluginConfigurations Surefire's and Failsafe's configuration, as XML text
	 */
	public static boolean narrowed(Properties project, Properties user, List<String> testPluginConfigurations) {
		boolean byProperty = PROPERTIES.stream().anyMatch(key -> isSet(project.getProperty(key)) || isSet(user.getProperty(key)));
		String argLine = project.getProperty("argLine", "") + " " + user.getProperty("argLine", "");
		return byProperty || argLine.contains(CATEGORIES_SWITCH)
				|| testPluginConfigurations.stream().anyMatch(xml -> CONFIGURATION.stream().anyMatch(xml::contains));
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}
}
