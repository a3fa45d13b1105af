package dev.testgov.maven.internal.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import dev.testgov.maven.internal.store.Attribution;
import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.TestRecord;
import dev.testgov.maven.internal.store.UniqueIds;

/**
 * One module's test run, from all its forks' raw recordings: the tests recorded, every test that ran, and
 * the containers that failed. A test recorded by two forks (or twice by one) depends on the union of both,
 * with the worse outcome; a test that could not be recorded in some fork is stale: it stays in the store,
 * so it runs again even when nothing else makes the test JVM start.
 */
final class RunRecording {

	final SortedMap<String, TestRecord> recorded = new TreeMap<>();
	final Set<String> ran = new TreeSet<>();
	/** Tests that ran but could not be recorded in some fork: nothing valid is known, so they must run again. */
	final SortedMap<String, TestRecord> unrecorded = new TreeMap<>();
	final Set<String> failedContainers = new TreeSet<>();
	final List<String> warnings = new ArrayList<>();

	static RunRecording read(List<Path> rawFiles, DependencyResolver resolver) {
		RunRecording run = new RunRecording();
		for (Path file : new TreeSet<>(rawFiles)) {
			ForkRecording fork = ForkRecording.read(file);
			if (fork.problem() != null) {
				run.warnings.add(String.format(AnalysisMessages.DAMAGED, file, fork.problem()));
			}
			ForkAttribution attribution = ForkAttribution.of(fork, resolver);
			fork.scopes.values().stream().filter(scope -> scope.test()).forEach(scope -> run.ran.add(scope.id()));
			attribution.recorded().forEach(test -> run.recorded.merge(test.uniqueId(), test, RunRecording::combine));
			attribution.unrecorded().keySet().forEach(id -> run.unrecorded.put(id, unrecordedTest(fork, id)));
			run.failedContainers.addAll(attribution.failedContainers());
			if (!attribution.unrecorded().isEmpty()) {
				run.warnings.add(String.format(AnalysisMessages.UNRECORDED, file, attribution.unrecorded().size(),
					reasons(attribution.unrecorded())));
			}
		}
		run.recorded.keySet().removeAll(run.unrecorded.keySet());
		return run;
	}

	/** A test that ran but has no valid data: stale, with its worst outcome, or errored when it did not finish. */
	private static TestRecord unrecordedTest(ForkRecording fork, String id) {
		Scope scope = fork.scopes.get(id);
		List<Outcome> outcomes = fork.outcomes.get(id);
		String status = outcomes == null ? "ERRORED" : Statuses.worst(outcomes);
		return new TestRecord(id, scope.className(), scope.methodName(), UniqueIds.selectionNode(id), status, 0,
			Attribution.STALE, List.of());
	}

	private static TestRecord combine(TestRecord one, TestRecord other) {
		List<Dependencies> parts = new ArrayList<>(one.parts());
		parts.addAll(other.parts());
		boolean fork = one.attribution() == Attribution.FORK || other.attribution() == Attribution.FORK;
		return new TestRecord(one.uniqueId(), one.className(), one.methodName(), one.selectionNode(),
			Statuses.worse(one.status(), other.status()), Math.max(one.durationMillis(), other.durationMillis()),
			fork ? Attribution.FORK : Attribution.PRECISE, parts);
	}

	/** {@code 2 started but did not finish, 1 passed with no coverage recorded}. */
	private static String reasons(Map<String, String> unrecorded) {
		SortedMap<String, Integer> counts = new TreeMap<>();
		unrecorded.values().forEach(reason -> counts.merge(reason, 1, Integer::sum));
		StringJoiner text = new StringJoiner(", ");
		counts.forEach((reason, count) -> text.add(count + " " + reason));
		return text.toString();
	}
}
