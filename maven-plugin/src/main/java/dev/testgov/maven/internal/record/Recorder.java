package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import dev.testgov.junit.internal.select.SelectionFile;
import dev.testgov.maven.internal.prepare.ArgLine;
import dev.testgov.maven.internal.prepare.Overrides;
import dev.testgov.maven.internal.selection.SelectionRun;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * What {@code testgov:prepare} does for recording and affected-test selection, before the tests: merge what
 * an interrupted build left, choose the tests ({@code -Dtestgov.affected}), attach the agents, and let the
 * tests fail without stopping the build, so that {@code testgov:collect} records the failures before it
 * fails the build itself.
 */
public final class Recorder {

	/** Set when testgov, not the user, made Surefire ignore test failures: collect then fails the build. */
	public static final String FAILURE_IGNORE_FORCED = "testgov.failureIgnoreForced";
	public static final String FAILURE_IGNORE = "maven.test.failure.ignore";
	static final String LEFTOVERS = "testgov: merged recordings an earlier build left in %s: %s";
	static final String RECORDING = "testgov: recording the dependencies of each test (JaCoCo %s%s) into %s";
	static final String PROJECT_JACOCO = ", the project's own agent";
	static final String RECORDING_AGENTS = "testgov's recording agents: no test is recorded, the store stays as it was";
	static final String RECORDING_AND_SELECTION = "testgov's recording agents and selection: every test runs, none is"
			+ " recorded";
	static final String NO_COLLECT = "testgov: testgov:collect is not bound, so this run's recordings are merged into the"
			+ " store by the next build's testgov:prepare; bind the goals prepare and collect, or run mvn testgov:affected";
	static final String VERIFYING = "testgov: safety check: every test runs; testgov:collect reports failing tests the"
			+ " selection would have missed";

	private static final String[][] ORDERERS = {
		{ "junit.jupiter.testclass.order.default", "dev.testgov.junit.internal.select.SelectionClassOrder" },
		{ "junit.jupiter.testmethod.order.default", "dev.testgov.junit.internal.select.SelectionMethodOrder" } };

	private final MavenProject project;
	private final MavenSession session;
	private final Consumer<String> info;
	private final Consumer<String> warn;

	public Recorder(MavenProject project, MavenSession session, Consumer<String> info, Consumer<String> warn) {
		this.project = project;
		this.session = session;
		this.info = info;
		this.warn = warn;
	}

	/**
	 * Prepares the module's test run.
	 *
	 * @param scope the classes to record
	 * @param select whether to run only the affected tests
	 * @param verify whether to run every test and check afterwards what the selection would have missed
	 */
	public void prepare(AgentJars.Supplier agents, RecordScope scope, boolean select, boolean verify, boolean explain)
			throws IOException {
		ModuleContext recorded = ModuleContext.of(project, session);
		Collector.Collected leftovers = Collector.collect(recorded, false);
		if (leftovers.merged()) {
			info.accept(String.format(LEFTOVERS, recorded.recordDirectory(),
				leftovers.report().summary().replaceFirst("^testgov: ", "")));
			leftovers.report().warnings().forEach(warn);
		}
		ModuleContext module = recorded.scoped(scope);
		module.saveScope();
		scope.emptyWarning(module.reactorClassDirectories()).ifPresent(warn);
		List<String> switches = new ArrayList<>();
		if (select || verify) {
			SelectionRun run = SelectionRun.compute(module,
				FailsafeRecordings.onlyFailsafe(project, session.getGoals(), session.getUserProperties()));
			Path skipList = run.write();
			run.storeWarning().ifPresent(warn);
			run.lines(explain, verify).forEach(info);
			if (verify) {
				info.accept(VERIFYING);
			}
			else if (run.nothingToRun()) {
				project.getProperties().setProperty("skipTests", "true");
				return;
			}
			else {
				switches.add("-D" + SelectionFile.PARAMETER + "=" + skipList);
				switches.addAll(order());
			}
		}
		AgentJars jars = agents.get();
		String current = project.getProperties().getProperty("argLine");
		String argLine = RecordingArguments.argLine(current, jars, scope, module.recordDirectory(), module.reactorRoot());
		project.getProperties().setProperty("argLine", ArgLine.append(argLine, ArgLine.join(switches)));
		Overrides.argLine(project, session.getUserProperties(), RecordingArguments.fileAgent(jars),
			select ? RECORDING_AND_SELECTION : RECORDING_AGENTS).forEach(warn);
		if (collectFollows()) {
			forceFailureIgnore();
			FailsafeRecordings.warning(project, session.getGoals(), session.getUserProperties(), module.recordDirectory().toString())
				.ifPresent(warn);
		}
		else {
			warn.accept(NO_COLLECT);
		}
		info.accept(String.format(RECORDING, AgentJars.JACOCO_VERSION,
			RecordingArguments.usesProjectJacoco(current) ? PROJECT_JACOCO : "", module.store().path()));
	}

	/**
	 * Makes the selected tests run failed-first, then shortest-first, unless the project chose its own default
	 * class or method order: in {@code junit-platform.properties}, as a property, on {@code argLine} or in
	 * Surefire's or Failsafe's configuration.
	 */
	private List<String> order() throws IOException {
		List<String> order = new ArrayList<>();
		String chosen = platformProperties() + " " + project.getProperties().getProperty("argLine", "") + " "
				+ testPluginConfiguration();
		for (String[] orderer : ORDERERS) {
			if (project.getProperties().getProperty(orderer[0]) == null && session.getUserProperties().getProperty(orderer[0]) == null
					&& !chosen.contains(orderer[0])) {
				order.add("-D" + orderer[0] + "=" + orderer[1]);
			}
		}
		return order;
	}

	private String testPluginConfiguration() {
		StringBuilder configuration = new StringBuilder();
		project.getBuildPlugins().stream()
			.filter(plugin -> plugin.getArtifactId().equals("maven-surefire-plugin")
					|| plugin.getArtifactId().equals("maven-failsafe-plugin"))
			.map(org.apache.maven.model.Plugin::getConfiguration)
			.filter(java.util.Objects::nonNull)
			.forEach(dom -> configuration.append(dom));
		return configuration.toString();
	}

	private String platformProperties() throws IOException {
		for (org.apache.maven.model.Resource resource : project.getTestResources()) {
			Path file = Path.of(resource.getDirectory(), "junit-platform.properties");
			if (java.nio.file.Files.isRegularFile(file)) {
				return java.nio.file.Files.readString(file);
			}
		}
		return "";
	}

	/**
	 * Whether {@code testgov:collect} runs after the tests: bound in the POM, or forked by {@code testgov:affected}.
	 * Only then may Surefire hold back test failures, which collect reports once they are recorded.
	 */
	private boolean collectFollows() {
		boolean bound = project.getBuildPlugins().stream()
			.filter(plugin -> "testgov-maven-plugin".equals(plugin.getArtifactId()))
			.flatMap(plugin -> plugin.getExecutions().stream())
			.anyMatch(execution -> execution.getGoals().contains("collect"));
		boolean affected = session.getGoals().stream()
			.anyMatch(goal -> goal.equals("testgov:affected") || goal.matches(".*:testgov-maven-plugin(:[^:]+)?:affected"));
		return bound || affected;
	}

	private void forceFailureIgnore() {
		Properties user = session.getUserProperties();
		if (user.getProperty(FAILURE_IGNORE) == null && project.getProperties().getProperty(FAILURE_IGNORE) == null) {
			project.getProperties().setProperty(FAILURE_IGNORE, "true");
			project.getProperties().setProperty(FAILURE_IGNORE_FORCED, "true");
		}
	}
}
