package dev.testgov.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.record.Collector;
import dev.testgov.maven.internal.record.ModuleContext;
import dev.testgov.maven.internal.record.Recorder;
import dev.testgov.maven.internal.record.RunFilters;
import dev.testgov.maven.internal.record.SafetyCheck;
import dev.testgov.maven.internal.selection.SelectionRun;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Merges what the test JVMs recorded into the module's dependency store ({@code .testgov/store}), after
 * Surefire ran. When testgov made Surefire record test failures instead of stopping the build, this goal
 * fails the build for them once they are recorded, so the next {@code testgov:affected} runs them first.
 * With {@code -Dtestgov.affected.verify=true} it also reports failing tests the selection would have missed.
 *
 * <p>Bind it with {@code prepare}: an execution with the goals {@code prepare} and {@code collect} binds each
 * to its phase. {@code mvn testgov:affected} runs both without any binding. Failsafe runs after this goal's
 * phase: bind it once more in {@code post-integration-test} to merge Failsafe's tests in the same build
 * ({@code testgov:prepare} warns when a build runs Failsafe after the last {@code collect}).
 *
 * @since 0.1
 */
@Mojo(name = "collect", defaultPhase = LifecyclePhase.TEST, threadSafe = true,
		requiresDependencyResolution = ResolutionScope.TEST)
public class CollectMojo extends AbstractTestgovMojo {

	static final String TEST_FAILURES = "There are test failures: %s. They are recorded in %s and run again next time;"
			+ " see the Surefire reports in %s";
	private static final List<String> TEST_PLUGINS = List.of("maven-surefire-plugin", "maven-failsafe-plugin");

	/**
	 * Reports, after a run of every test, the failing tests that the selection computed before the run would
	 * have left out; a miss fails the build.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.affected.verify", defaultValue = "false")
	boolean affectedVerify;

	@Override
	String goal() {
		return "collect";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		ModuleContext module = ModuleContext.of(project, session);
		boolean forced = "true".equals(project.getProperties().getProperty(Recorder.FAILURE_IGNORE_FORCED));
		if (forced) {
			// Only Surefire's failures are held back for recording: Failsafe's verify, later, must fail as usual.
			project.getProperties().remove(Recorder.FAILURE_IGNORE);
			project.getProperties().remove(Recorder.FAILURE_IGNORE_FORCED);
		}
		Collector.Collected collected;
		try {
			collected = Collector.collect(module, unfiltered());
		}
		catch (IOException | RuntimeException e) {
			throw new MojoExecutionException("testgov could not merge the recordings in " + module.recordDirectory() + " into "
					+ module.store().path() + ": " + e.getMessage(), e);
		}
		if (!collected.merged()) {
			getLog().debug("testgov: no recordings in " + module.recordDirectory());
			return;
		}
		getLog().info(collected.report().summary());
		collected.report().warnings().forEach(getLog()::warn);
		if (affectedVerify) {
			verify(module, collected);
		}
		if (collected.outcomes().anyFailed() && forced) {
			throw new MojoFailureException(String.format(TEST_FAILURES, collected.outcomes().describeFailures(),
				module.store().path(), Path.of(project.getBuild().getDirectory(), "surefire-reports")));
		}
	}

	private void verify(ModuleContext module, Collector.Collected collected) throws MojoExecutionException, MojoFailureException {
		Path skipList = module.buildDirectory().resolve(SelectionRun.SKIP_LIST);
		if (!Files.isRegularFile(skipList)) {
			getLog().warn("testgov: safety check skipped: no selection was computed before the run (" + skipList + ")");
			return;
		}
		SafetyCheck.Result result;
		try {
			result = SafetyCheck.check(collected.outcomes(), module.buildDirectory());
		}
		catch (IOException | RuntimeException e) {
			throw new MojoExecutionException("testgov could not run its safety check: " + e.getMessage(), e);
		}
		if (!result.missed().isEmpty()) {
			throw new MojoFailureException(result.line());
		}
		getLog().info(result.line());
	}

	/** Whether every test class could run: no tag, category or test-name filter narrowed the run. */
	private boolean unfiltered() {
		List<String> configurations = project.getBuildPlugins().stream()
			.filter(plugin -> TEST_PLUGINS.contains(plugin.getArtifactId()))
			.map(plugin -> String.valueOf(plugin.getConfiguration()))
			.collect(Collectors.toList());
		return !RunFilters.narrowed(project.getProperties(), session.getUserProperties(), configurations);
	}
}
