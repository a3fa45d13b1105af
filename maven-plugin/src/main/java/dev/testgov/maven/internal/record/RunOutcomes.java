package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.RawEntries;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawRecords;

/**
 * The outcome of every test in a run's raw recordings, by unique id: what {@code collect} needs to fail the
 * build for failed tests after it recorded them, and the safety check to find the failures a selection
 * would have missed.
 */
public final class RunOutcomes {

	private static final Set<String> FAILURES = Set.of("FAILED", "ERRORED");

	private final Map<String, String> statuses;

	private RunOutcomes(Map<String, String> statuses) {
		this.statuses = statuses;
	}

	public static RunOutcomes read(List<Path> rawFiles) throws IOException {
		Set<String> tests = new TreeSet<>();
		Map<String, String> outcomes = new TreeMap<>();
		for (Path file : rawFiles) {
			for (RawRecords.Record record : RawRecords.read(file).records()) {
				Entry entry = RawEntries.decode(record);
				if (entry instanceof RawEntries.Scope && ((RawEntries.Scope) entry).test()) {
					tests.add(((RawEntries.Scope) entry).id());
				}
				else if (entry instanceof RawEntries.Outcome) {
					RawEntries.Outcome outcome = (RawEntries.Outcome) entry;
					outcomes.merge(outcome.id(), outcome.status(), (first, next) -> FAILURES.contains(first) ? first : next);
				}
			}
		}
		outcomes.keySet().retainAll(tests);
		return new RunOutcomes(outcomes);
	}

	/** The tests that failed or errored, sorted. */
	public Set<String> failures() {
		Set<String> failed = new TreeSet<>();
		statuses.forEach((id, status) -> {
			if (FAILURES.contains(status)) {
				failed.add(id);
			}
		});
		return failed;
	}

	public int tests() {
		return statuses.size();
	}
}
