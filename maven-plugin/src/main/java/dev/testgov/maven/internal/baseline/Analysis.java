package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One module's run read against its baseline: what every goal and report shows.
 *
 * @param project {@code groupId:artifactId}
 * @param run the run as its outcome files describe it
 * @param tests the run's tests with body hashes, plus the baseline tests this run deselected, sorted by id
 * @param summary the summary of {@code tests}
 * @param baseline the committed baseline, if there is one
 * @param drift how the run differs from the baseline, if there is one
 * @param selection the filters the run was started with
 */
public record Analysis(String project, Run run, List<TestResult> tests, Summary summary, Optional<Baseline> baseline,
		Optional<Drift> drift, Selection selection) {

	/**
	 * Reads a run against its baseline.
	 *
	 * @param baseline the baseline, or {@code null} when the module has none
	 * @throws IllegalArgumentException when the selection does not parse
	 */
	public static Analysis of(String project, Run run, MethodBodies bodies, Baseline baseline, Selection selection,
			Thresholds thresholds) {
		List<TestResult> current = run.tests().stream().map(bodies::hash).collect(Collectors.toList());
		Drift drift = baseline == null ? null
				: Differ.compare(baseline, current, run.durationMillis(), selection, thresholds);
		List<TestResult> tests = new ArrayList<>(current);
		if (drift != null) {
			drift.deselected().forEach(test -> tests.add(test.withStatus(TestStatus.DESELECTED, null, null)));
		}
		tests.sort(Comparator.comparing(TestResult::id));
		return new Analysis(project, run, List.copyOf(tests), Summaries.of(tests, run.durationMillis(), Baseline.SLOWEST),
			Optional.ofNullable(baseline), Optional.ofNullable(drift), selection);
	}

	/** This run as a baseline to commit. */
	public Baseline toBaseline() {
		return Baseline.record(project, Environment.of(run), selection, tests, run.durationMillis());
	}

	public Environment environment() {
		return Environment.of(run);
	}
}
