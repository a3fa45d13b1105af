package dev.testgov.maven.internal.baseline;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a project's tests were when someone last accepted them: the committed {@code testgov-baseline.json}.
 *
 * @param project {@code groupId:artifactId}
 * @param environment where it was recorded
 * @param selection the filters the recorded run was started with
 * @param tests every test, sorted by id; tests the filters left out keep their last known entry as {@code DESELECTED}
 * @param totalMillis the test JVMs' running time, rounded
 */
public record Baseline(String project, Environment environment, Selection selection, List<TestResult> tests,
		long totalMillis) {

	/** How many tests and classes the slowest lists of a baseline keep. */
	public static final int SLOWEST = 10;

	public Baseline {
		selection = selection == null ? Selection.none() : selection;
		environment = environment == null ? new Environment("", null, null, Environment.NOT_PROBED, List.of()) : environment;
		tests = List.copyOf(tests);
	}

	/**
	 * A baseline of tests, durations rounded to two significant digits so that re-recording an unchanged suite
	 * changes few lines.
	 */
	public static Baseline record(String project, Environment environment, Selection selection, List<TestResult> tests,
			long totalMillis) {
		List<TestResult> rounded = tests.stream()
			.map(test -> test.withDurationMillis(Millis.round(test.durationMillis())))
			.collect(Collectors.toList());
		return new Baseline(project, environment, selection, rounded, Millis.round(totalMillis));
	}

	public Summary summary() {
		return Summaries.of(tests, totalMillis, SLOWEST);
	}
}
