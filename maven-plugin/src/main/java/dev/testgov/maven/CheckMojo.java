package dev.testgov.maven;

import static dev.testgov.maven.internal.baseline.BaselineMessages.CHECK_FAILED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.DRIFT;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NOTE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NOTHING_TO_CHECK;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NO_BASELINE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NO_DRIFT;
import static dev.testgov.maven.internal.baseline.BaselineMessages.RECORDING;
import static dev.testgov.maven.internal.baseline.BaselineMessages.TESTS_SKIPPED_HINT;

import java.util.Set;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.Thresholds;
import dev.testgov.maven.internal.report.ConsoleBlock;
import dev.testgov.maven.internal.report.ConsoleLine;
import dev.testgov.maven.internal.report.DriftLines;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares this build's test run with the committed baseline ({@code testgov:baseline} records it) and fails
 * the build when tests vanished, gates that were open are closed now (tests newly skipped), or the number of
 * tests that ran collapsed. A class moved to another package is reported as moved and a renamed test as
 * renamed, not as lost; new tests, tests running again and slow tests are reported too. Tests that the run's
 * filters (a gate set's {@code excludedGroups}, {@code testgov.categories}, {@code -Dtest}) left out count as
 * deselected, not vanished.
 *
 * <p>It prints the run over all test JVMs in Surefire's words, one line per finding, and nothing else when
 * nothing changed. It writes {@code report.html} and {@code report.json} under {@code target/testgov/}. Bind it
 * in the POM (it runs in {@code verify}, after Surefire and Failsafe) or run {@code mvn verify testgov:check};
 * accept a change with {@code mvn verify testgov:baseline} and commit the baseline. A build that records a
 * baseline skips the check, so that this command works with the check bound.
 *
 * @since 0.1
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractRunMojo {

	/**
	 * The kinds of drift that fail the build, comma-separated: {@code vanished}, {@code moved}, {@code renamed},
	 * {@code new}, {@code newly-skipped}, {@code newly-running}, {@code collapse}, {@code slow}; or {@code all}, or
	 * {@code none} to report without failing. The others are reported.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.check.failOn", defaultValue = DriftKind.DEFAULT_FAIL_ON)
	String failOn;

	@Override
	String goal() {
		return "check";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		String recording = recordingGoal();
		if (recording != null) {
			quiet(String.format(RECORDING, recording));
			return;
		}
		Thresholds thresholds = thresholds(failOn);
		Analysis analysis = analyse(thresholds);
		String baseline = display(baselineFile);
		if (analysis.drift().isEmpty()) {
			if (!analysis.run().isEmpty()) {
				throw new MojoFailureException(String.format(NO_BASELINE, baseline, project.getArtifactId()));
			}
			quiet(String.format(NOTHING_TO_CHECK, display(outputDirectory), baseline));
			return;
		}
		Drift drift = analysis.drift().get();
		Set<DriftKind> failing = drift.failing(thresholds);
		log(ConsoleBlock.run(analysis.summary(), false));
		log(ConsoleBlock.environment(analysis.baseline().get().environment(), analysis.environment()));
		analysis.run().notes().forEach(note -> getLog().warn(String.format(NOTE, note)));
		log(ConsoleBlock.deselected(drift));
		String report = writeReports(analysis, thresholds);
		log(DriftLines.of(drift, kind -> level(kind, failing), report, thresholds.slowTestMillis()));
		if (drift.isEmpty()) {
			getLog().info(String.format(NO_DRIFT, baseline, analysis.summary().line()));
		}
		else if (failing.isEmpty()) {
			getLog().info(String.format(DRIFT, baseline, DriftLines.describe(drift), report, baseline));
		}
		else {
			throw new MojoFailureException(String.format(CHECK_FAILED, baseline, DriftLines.describe(drift, failing)
					+ skippedTestsHint(failing), report, baseline));
		}
	}

	/** The baseline goal this build runs after the check, as typed; {@code null} when it records none. */
	private String recordingGoal() {
		for (String goal : session.getGoals()) {
			if (goal.endsWith(":baseline") && (goal.startsWith("testgov:") || goal.contains("testgov-maven-plugin:"))) {
				return goal;
			}
		}
		return null;
	}

	private static ConsoleLine.Level level(DriftKind kind, Set<DriftKind> failing) {
		if (failing.contains(kind)) {
			return ConsoleLine.Level.ERROR;
		}
		switch (kind) {
			case VANISHED:
			case NEWLY_SKIPPED:
			case COLLAPSE:
			case SLOW:
				return ConsoleLine.Level.WARNING;
			default:
				return ConsoleLine.Level.INFO;
		}
	}

	/** Says so when a collapse comes from {@code -DskipTests}: deliberate, but testgov cannot tell. */
	private String skippedTestsHint(Set<DriftKind> failing) {
		if (!failing.contains(DriftKind.COLLAPSE)) {
			return "";
		}
		for (String property : new String[] { "skipTests", "maven.test.skip", "skipITs" }) {
			String value = session.getUserProperties().getProperty(property, project.getProperties().getProperty(property));
			if (value != null && !value.equalsIgnoreCase("false")) {
				return String.format(TESTS_SKIPPED_HINT, property);
			}
		}
		return "";
	}
}
