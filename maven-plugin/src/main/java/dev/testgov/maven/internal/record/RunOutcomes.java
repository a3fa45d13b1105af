package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.RawEntries;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawRecords;

/**
 * The outcome of every test and container in a run's raw recordings, by unique id: what {@code collect}
 * needs to fail the build for failures after it recorded them, and the safety check to find the failures a
 * selection would have missed. A container fails on its own when a {@code @BeforeAll}, {@code @AfterAll}, a
 * class-level extension or the test class's static initialiser throws; its tests then did not all run, or
 * ran and passed, and only the container's outcome says that the build must fail.
 */
public final class RunOutcomes {

	private static final Set<String> FAILURES = Set.of("FAILED", "ERRORED");

	private final Map<String, String> tests;
	private final Map<String, String> containers;

	private RunOutcomes(Map<String, String> tests, Map<String, String> containers) {
		this.tests = tests;
		this.containers = containers;
	}

	public static RunOutcomes read(List<Path> rawFiles) throws IOException {
		Set<String> testIds = new TreeSet<>();
		Set<String> containerIds = new TreeSet<>();
		Map<String, String> outcomes = new TreeMap<>();
		for (Path file : rawFiles) {
			for (RawRecords.Record record : RawRecords.read(file).records()) {
				if (record.kind() != RawRecords.Kind.SCOPE && record.kind() != RawRecords.Kind.OUTCOME) {
					continue; // coverage and file reads are the merge's: not decoded twice
				}
				Entry entry = RawEntries.decode(record);
				if (entry instanceof RawEntries.Scope scope) {
					(scope.test() ? testIds : containerIds).add(scope.id());
				}
				else if (entry instanceof RawEntries.Outcome outcome) {
					outcomes.merge(outcome.id(), outcome.status(), (first, next) -> FAILURES.contains(first) ? first : next);
				}
			}
		}
		return new RunOutcomes(only(outcomes, testIds), only(outcomes, containerIds));
	}

	private static Map<String, String> only(Map<String, String> outcomes, Set<String> ids) {
		Map<String, String> kept = new TreeMap<>(outcomes);
		kept.keySet().retainAll(ids);
		return kept;
	}

	/** The tests that failed or errored, sorted. */
	public Set<String> failures() {
		return failed(tests);
	}

	/** The containers that failed or errored themselves, sorted. */
	public Set<String> failedContainers() {
		return failed(containers);
	}

	/** Whether any test or container failed: the build must fail. */
	public boolean anyFailed() {
		return !failures().isEmpty() || !failedContainers().isEmpty();
	}

	/** {@code 1 of 3 recorded tests failed: [...]; 1 container failed (its tests may not have run): [...]}. */
	public String describeFailures() {
		List<String> parts = new ArrayList<>();
		if (!failures().isEmpty() || failedContainers().isEmpty()) {
			parts.add(String.format("%d of %d recorded tests failed: %s", failures().size(), tests(), failures()));
		}
		if (!failedContainers().isEmpty()) {
			parts.add(String.format("%d %s failed (%s): %s", failedContainers().size(),
				failedContainers().size() == 1 ? "container" : "containers",
				"a @BeforeAll, @AfterAll, class-level extension or static initialiser threw", failedContainers()));
		}
		return String.join("; ", parts);
	}

	public int tests() {
		return tests.size();
	}

	private static Set<String> failed(Map<String, String> statuses) {
		Set<String> failed = new TreeSet<>();
		statuses.forEach((id, status) -> {
			if (FAILURES.contains(status)) {
				failed.add(id);
			}
		});
		return failed;
	}
}
