package dev.testgov.maven.internal.record;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

/**
 * Whether the tests Failsafe runs in this build are merged into the store before it ends. Failsafe runs in
 * {@code integration-test}, after the phase {@code testgov:collect} is bound to by default ({@code test}): its
 * recordings then wait in {@code target/} for the next build's {@code testgov:prepare}, and a CI job that keeps
 * only {@code .testgov} loses them. A second {@code collect} execution after Failsafe merges them at once.
 */
final class FailsafeRecordings {

	static final String NOT_MERGED = "testgov: Failsafe's tests run after testgov:collect, so their recordings wait in %s"
			+ " for the next build's testgov:prepare; to merge them in this build, bind collect once more, after Failsafe:"
			+ " <execution><id>testgov-integration-tests</id><phase>post-integration-test</phase><goals><goal>collect</goal></goals></execution>";

	/** Maven's default lifecycle, in order: where a phase is in it decides what runs after what. */
	private static final List<String> PHASES = List.of("validate", "initialize", "generate-sources", "process-sources",
		"generate-resources", "process-resources", "compile", "process-classes", "generate-test-sources",
		"process-test-sources", "generate-test-resources", "process-test-resources", "test-compile",
		"process-test-classes", "test", "prepare-package", "package", "pre-integration-test", "integration-test",
		"post-integration-test", "verify", "install", "deploy");
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
		int reached = goals.stream().mapToInt(PHASES::indexOf).max().orElse(-1);
		int failsafeAt = -1;
		for (Plugin plugin : plugins) {
			if (FAILSAFE.equals(plugin.getArtifactId())) {
				for (PluginExecution execution : plugin.getExecutions()) {
					int phase = phaseOf(execution, "integration-test", "integration-test");
					if (phase >= 0 && phase <= reached) {
						failsafeAt = Math.max(failsafeAt, phase);
					}
				}
			}
		}
		if (failsafeAt < 0 || collectsAfter(plugins, failsafeAt)) {
			return Optional.empty();
		}
		return Optional.of(String.format(NOT_MERGED, recordDirectory));
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
