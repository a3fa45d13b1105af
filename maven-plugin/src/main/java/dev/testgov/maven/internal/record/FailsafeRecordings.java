package dev.testgov.maven.internal.record;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Failsafe's tests and the store. Whether those this build runs are merged into the store before it ends, and
 * which stored tests a build that stops before Failsafe cannot run at all. Failsafe runs in
 * {@code integration-test}, after the phase {@code testgov:collect} is bound to by default ({@code test}): its
 * recordings then wait in {@code target/} for the next build's {@code testgov:prepare}, and a CI job that keeps
 * only {@code .testgov} loses them. A second {@code collect} execution after Failsafe merges them at once.
 */
public final class FailsafeRecordings {

	static final String NOT_MERGED = "testgov: Failsafe's tests run after testgov:collect, so their recordings wait in %s"
			+ " for the next build's testgov:prepare; to merge them in this build, bind collect once more, after Failsafe:"
			+ " <execution><id>testgov-integration-tests</id><phase>post-integration-test</phase><goals><goal>collect</goal></goals></execution>";

	/** Maven's default lifecycle, in order: where a phase is in it decides what runs after what. */
	private static final List<String> PHASES = List.of("validate", "initialize", "generate-sources", "process-sources",
		"generate-resources", "process-resources", "compile", "process-classes", "generate-test-sources",
		"process-test-sources", "generate-test-resources", "process-test-resources", "test-compile",
		"process-test-classes", "test", "prepare-package", "package", "pre-integration-test", "integration-test",
		"post-integration-test", "verify", "install", "deploy");
	/** How a JUnit Jupiter test's unique id starts: its top-level class follows. */
	private static final String JUPITER_CLASS = "[engine:junit-jupiter]/[class:";
	/** Surefire's default includes (3.x; 2.x has fewer): a class matching none of them never runs in Surefire. */
	private static final List<Predicate<String>> SUREFIRE_INCLUDES = List.of(name -> name.startsWith("Test"),
		name -> name.endsWith("Test"), name -> name.endsWith("Tests"), name -> name.endsWith("TestCase"));
	/** Surefire configuration that changes which classes it runs: with any of it, no class is ruled out. */
	private static final List<String> SCAN_PARAMETERS = List.of("includes", "includesFile", "excludes", "excludesFile",
		"test", "dependenciesToScan");
	private static final List<String> SCAN_PROPERTIES = List.of("test", "surefire.includesFile", "surefire.excludesFile");
	/** Properties that keep Failsafe from running its tests. */
	private static final List<String> SKIPS = List.of("skipITs", "skipTests", "maven.test.skip");
	private static final String FAILSAFE = "maven-failsafe-plugin";
	private static final String TESTGOV = "testgov-maven-plugin";

	private FailsafeRecordings() {
	}

	/**
	 * The warning to give when this build runs Failsafe after the last {@code collect}, or nothing.
	 *
	 * @param goals the goals and phases of the build, as given on the command line
	 * @param userProperties the build's {@code -D} properties: {@code -DskipITs} and the like mean no Failsafe tests
	 */
	static Optional<String> warning(MavenProject project, List<String> goals, Properties userProperties, String recordDirectory) {
		if (SKIPS.stream().anyMatch(skip -> skipped(skip, userProperties) || skipped(skip, project.getProperties()))) {
			return Optional.empty();
		}
		List<Plugin> plugins = project.getBuildPlugins();
		int reached = reached(goals);
		int failsafeAt = failsafePhases(plugins).filter(phase -> phase >= 0 && phase <= reached).max().orElse(-1);
		if (failsafeAt < 0 || collectsAfter(plugins, failsafeAt)) {
			return Optional.empty();
		}
		return Optional.of(String.format(NOT_MERGED, recordDirectory));
	}

	/**
	 * The recorded test classes this build's Surefire cannot run, while Failsafe, bound in a phase this build does
	 * not reach, can: an affected test among them waits for a build that reaches Failsafe, and needs no test JVM
	 * now. Safety first, so a class is ruled out only when Surefire runs with its default includes (nothing in its
	 * configuration or the command line changes which classes it scans) and the class's top-level name matches
	 * none of them; otherwise nothing is.
	 *
	 * Only JUnit Jupiter's class-based tests are judged: a suite or another engine may run a class Surefire's
	 * includes leave out.
	 *
	 * @return for a test's (or selection node's) unique id, whether only Failsafe runs it
	 */
	public static Predicate<String> onlyFailsafe(MavenProject project, List<String> goals, Properties userProperties) {
		List<Plugin> plugins = project.getBuildPlugins();
		int reached = reached(goals);
		boolean failsafeLater = failsafePhases(plugins).anyMatch(phase -> phase > reached);
		List<Plugin> surefire = plugins.stream().filter(plugin -> "maven-surefire-plugin".equals(plugin.getArtifactId())).toList();
		boolean customScan = surefire.isEmpty() || surefire.stream().anyMatch(FailsafeRecordings::scansOtherClasses)
				|| SCAN_PROPERTIES.stream().anyMatch(key -> userProperties.getProperty(key) != null
						|| project.getProperties().getProperty(key) != null);
		if (!failsafeLater || customScan) {
			return uniqueId -> false;
		}
		return uniqueId -> {
			int end = uniqueId.startsWith(JUPITER_CLASS) ? uniqueId.indexOf(']', JUPITER_CLASS.length()) : -1;
			if (end < 0) {
				return false;
			}
			String className = uniqueId.substring(JUPITER_CLASS.length(), end);
			String simple = className.substring(className.lastIndexOf('.') + 1);
			return !simple.contains("$") && SUREFIRE_INCLUDES.stream().noneMatch(include -> include.test(simple));
		};
	}

	/** The furthest phase the build's goals reach; -1 when they name no phase of the default lifecycle. */
	private static int reached(List<String> goals) {
		return goals.stream().mapToInt(PHASES::indexOf).max().orElse(-1);
	}

	/** Per Failsafe execution, the phase its {@code integration-test} goal runs in; -1 when it has none. */
	private static IntStream failsafePhases(List<Plugin> plugins) {
		return plugins.stream().filter(plugin -> FAILSAFE.equals(plugin.getArtifactId()))
			.flatMap(plugin -> plugin.getExecutions().stream())
			.mapToInt(execution -> phaseOf(execution, "integration-test", "integration-test"));
	}

	private static boolean scansOtherClasses(Plugin surefire) {
		if (configures(surefire.getConfiguration())) {
			return true;
		}
		return surefire.getExecutions().stream().anyMatch(execution -> configures(execution.getConfiguration()));
	}

	private static boolean configures(Object configuration) {
		return configuration instanceof Xpp3Dom dom && SCAN_PARAMETERS.stream().anyMatch(name -> dom.getChild(name) != null);
	}

	/**
	 * Whether a {@code collect} execution runs after Failsafe's last: in a later phase, or in the same phase with
	 * the testgov plugin declared after Failsafe (Maven runs one phase's executions in the order of the POM).
	 */
	private static boolean collectsAfter(List<Plugin> plugins, int failsafeAt) {
		int failsafeIndex = indexOf(plugins, FAILSAFE);
		int testgovIndex = indexOf(plugins, TESTGOV);
		for (Plugin plugin : plugins) {
			if (TESTGOV.equals(plugin.getArtifactId())) {
				for (PluginExecution execution : plugin.getExecutions()) {
					int phase = phaseOf(execution, "collect", "test");
					if (phase > failsafeAt || phase == failsafeAt && testgovIndex > failsafeIndex) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean skipped(String property, Properties properties) {
		String value = properties.getProperty(property);
		return value != null && (value.isBlank() || Boolean.parseBoolean(value.strip()));
	}

	/** Where in the lifecycle an execution of {@code goal} runs; -1 when it has no such goal or an unknown phase. */
	private static int phaseOf(PluginExecution execution, String goal, String defaultPhase) {
		if (!execution.getGoals().contains(goal)) {
			return -1;
		}
		String phase = execution.getPhase();
		return PHASES.indexOf(phase == null || phase.isBlank() ? defaultPhase : phase);
	}

	private static int indexOf(List<Plugin> plugins, String artifactId) {
		for (int i = 0; i < plugins.size(); i++) {
			if (artifactId.equals(plugins.get(i).getArtifactId())) {
				return i;
			}
		}
		return -1;
	}
}
