package dev.testgov.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.testgov.maven.internal.prepare.PrepareSettings;
import dev.testgov.maven.internal.record.AgentJars;
import dev.testgov.maven.internal.record.Recorder;
import dev.testgov.maven.internal.prepare.Preparation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;

/**
 * Steers Surefire and Failsafe for this build without editing their configuration: chooses a gate set
 * ({@code -Dtestgov.gates=fast}), passes strict mode, manual opt-in and categories on to the test JVMs, and
 * warns when the POM or the command line overrides what it set.
 *
 * <p>It sets the project properties {@code groups} and {@code excludedGroups} (adding to an
 * {@code excludedGroups} property the POM already has) and appends {@code -Dtestgov.*} switches to
 * {@code argLine} (never replacing it: a JaCoCo agent set earlier stays). Switches given on the command line
 * reach the test JVMs by themselves and are not repeated. If your Surefire or Failsafe configuration sets its
 * own argLine, start it with {@code @{argLine}}. Bind the goal once in the POM: an execution of
 * {@code dev.testgov:testgov-maven-plugin} with the goal {@code prepare}; it runs in {@code process-test-classes},
 * before both {@code test} and {@code integration-test}.
 *
 * @since 0.1
 */
@Mojo(name = "prepare", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES, threadSafe = true,
		requiresDependencyResolution = ResolutionScope.TEST)
public class PrepareMojo extends AbstractScopedMojo {

	/**
	 * The gate set to run: {@code fast} leaves out tests tagged {@code requires_docker}, {@code live_api} and
	 * {@code manual}; {@code docker} leaves out {@code live_api} and {@code manual}; {@code live} runs only
	 * {@code live_api} tests; {@code manual} runs only {@code manual} tests and opts them in; {@code all} filters no
	 * tags, so every gate decides at run time and says why it skipped. The names of {@link #gateSets} work too.
	 * For a project default that the command line can still change, set the property {@code testgov.gates} in
	 * the POM's properties: a gates element in the plugin configuration would win over {@code -Dtestgov.gates}.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.gates", defaultValue = "all")
	String gates;

	/**
	 * The project's own gate sets, each a gateSet element with a name, includeTags and excludeTags (lists of
	 * JUnit tags or tag expressions: a test runs when it matches one include, if there are any, and no exclude),
	 * and manual set to true to opt manual tests in. Names must not repeat the built-in ones. Configured in the
	 * POM only, so it has no user property; empty by default.
	 *
	 * @since 0.1
	 */
	@Parameter
	List<GateSet> gateSets;

	/**
	 * Gates whose closed state fails a test instead of skipping it: a comma-separated list of gate tags
	 * ({@code requires_docker}, {@code live_api}, {@code manual}, {@code requires_service}, {@code requires_env}),
	 * {@code all} (every gate but {@code manual}) or {@code none}. Set in the POM, it is passed to the test JVM on
	 * {@code argLine}; {@code -Dtestgov.strict} reaches the test JVM by itself. Unset by default, which leaves the
	 * decision to the environment variable {@code TESTGOV_STRICT}.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.strict")
	String strict;

	/**
	 * Opts {@code @Manual} tests in, as {@code -Dtestgov.manual=true} does. When false, nothing is passed, so
	 * {@code -Dtestgov.manual} and the environment variable {@code RUN_MANUAL_TESTS} still decide.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.manual", defaultValue = "false")
	boolean manual;

	/**
	 * The test categories to run: {@code unit}, {@code unit,integration} (either), {@code !slow} (all but slow),
	 * {@code integration,!slow}; {@code uncategorised} names tests no pattern matches. Categories come from the
	 * test class's package ({@code unit}, {@code integration}, {@code e2e}, {@code performance} or {@code perf},
	 * {@code manual}; {@code e2e} and {@code performance} also count as {@code slow}) and name ({@code *IT},
	 * {@code *ITCase}, {@code *IntegrationTest}, {@code *IntegrationTests} are {@code integration}), and from
	 * {@link #categoryPatterns}. Unset by default: every category runs.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.categories")
	String categories;

	/**
	 * More categories, as {@code glob=category[,category]} entries separated by {@code ;}, e.g.
	 * {@code **.api.**=integration; **.*SmokeTest=smoke,slow}. A glob matches the test class's fully qualified
	 * name: {@code *} within one package segment, {@code **} across segments. They add to the built-in patterns.
	 * Unset by default.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.categoryPatterns")
	String categoryPatterns;

	/**
	 * Where the test JVMs write their outcome files. Passed to them only when it differs from
	 * {@code target/testgov} in the project's base directory, where they write without being told.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.outputDirectory", defaultValue = "${project.build.directory}/testgov")
	File outputDirectory;

	/**
	 * Records which code and files each test uses, for affected-test selection: attaches the JaCoCo agent
	 * (or uses the project's own, from jacoco-maven-plugin) and testgov's file-read agent to the test JVMs;
	 * {@code testgov:collect} then merges what they wrote into the module's dependency store,
	 * {@code .testgov/store}. Test failures are recorded before they fail the build.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.record", defaultValue = "false")
	boolean record;

	/**
	 * Runs only the tests the change since the recorded run can affect, and records them; {@code mvn
	 * testgov:affected} sets it. Tests the store does not know, tests that failed last time and tests whose
	 * classes, methods, files or build inputs changed run; a module with nothing to run does not start a test
	 * JVM.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.affected", defaultValue = "false")
	boolean affected;

	/**
	 * Safety check: runs every test and records them, and {@code testgov:collect} reports any failing test the
	 * selection would have left out (there should be none). Meant for a nightly build.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.affected.verify", defaultValue = "false")
	boolean affectedVerify;

	/**
	 * Prints, for each selected test, why it runs: the changed method, class, file or the rule.
	 * {@code target/testgov/selection.json} holds the same for tools.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.explain", defaultValue = "false")
	boolean explain;

	/** The plugin's version: the file-read agent comes from testgov-junit in the same version. */
	@Parameter(defaultValue = "${plugin.version}", readonly = true)
	String pluginVersion;

	/** Resolves the agents. */
	@Component
	RepositorySystem repositorySystem;

	@Override
	String goal() {
		return "prepare";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		PrepareSettings settings = new PrepareSettings().gates(gates).gateSets(gateSets).strict(strict).manual(manual)
			.categories(categories).categoryPatterns(categoryPatterns)
			.outputDirectory(outputDirectory, new File(project.getBasedir(), "target/testgov"));
		Preparation preparation;
		try {
			preparation = Preparation.of(settings, project, session.getUserProperties());
		}
		catch (IllegalArgumentException e) {
			throw new MojoFailureException(e.getMessage(), e);
		}
		for (Map.Entry<String, String> property : preparation.properties().entrySet()) {
			project.getProperties().setProperty(property.getKey(), property.getValue());
		}
		getLog().info(preparation.summary());
		preparation.warnings().forEach(getLog()::warn);
		if ((record || affected || affectedVerify) && !aggregator()) {
			recordAndSelect();
		}
	}

	/** A parent or aggregator POM has no tests: nothing to record or select, and no store to write. */
	private boolean aggregator() {
		if ("pom".equals(project.getPackaging())) {
			getLog().debug("testgov: " + project.getArtifactId() + " has packaging pom: nothing to record or select");
			return true;
		}
		return false;
	}

	private void recordAndSelect() throws MojoExecutionException, MojoFailureException {
		Recorder recorder = new Recorder(project, session, getLog()::info, getLog()::warn);
		try {
			recorder.prepare(() -> AgentJars.resolve(repositorySystem, session.getRepositorySession(),
				project.getRemotePluginRepositories(), pluginVersion), scope(), affected, affectedVerify, explain);
		}
		catch (IOException | RuntimeException e) {
			throw new MojoExecutionException("testgov could not prepare recording or selection for " + project.getArtifactId()
					+ ": " + e.getMessage(), e);
		}
	}
}
