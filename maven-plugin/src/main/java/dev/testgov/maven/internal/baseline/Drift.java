package dev.testgov.maven.internal.baseline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How a run differs from its baseline. Deselected tests are listed but are not drift: the run's filters
 * explain them.
 *
 * @param vanished baseline tests that are gone
 * @param moved tests whose class moved to another package
 * @param renamed tests whose method or class was renamed, recognised by their body
 * @param added tests the baseline does not know
 * @param newlySkipped tests that ran in the baseline and were skipped or aborted now
 * @param newlyRunning tests that were skipped, aborted or deselected in the baseline and ran now
 * @param collapse how far the number of tests that ran fell, or {@code null} when it did not collapse
 * @param slow tests (and the run) that became slow or slower
 * @param deselected baseline tests this run's filters left out, with the reason
 * @param deselectedBy why they were left out, e.g. {@code excludedGroups [requires_docker]}; {@code null} for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "vanished", "moved", "renamed", "added", "newlySkipped", "newlyRunning", "collapse", "slow",
		"deselected", "deselectedBy" })
public record Drift(List<TestResult> vanished, List<Pair> moved, List<Pair> renamed, List<TestResult> added,
		List<Pair> newlySkipped, List<Pair> newlyRunning, Collapse collapse, List<Slow> slow,
		List<TestResult> deselected, String deselectedBy) {

	/** How many findings of a kind. */
	public int count(DriftKind kind) {
		switch (kind) {
			case VANISHED:
				return vanished.size();
			case MOVED:
				return moved.size();
			case RENAMED:
				return renamed.size();
			case NEW:
				return added.size();
			case NEWLY_SKIPPED:
				return newlySkipped.size();
			case NEWLY_RUNNING:
				return newlyRunning.size();
			case COLLAPSE:
				return collapse == null ? 0 : 1;
			default:
				return slow.size();
		}
	}

	/** The kinds found, in declaration order. */
	@JsonIgnore
	public Set<DriftKind> kinds() {
		Set<DriftKind> kinds = EnumSet.noneOf(DriftKind.class);
		for (DriftKind kind : DriftKind.values()) {
			if (count(kind) > 0) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/** Whether the run matches its baseline. */
	@JsonIgnore
	public boolean isEmpty() {
		return kinds().isEmpty();
	}

	/** The kinds found that fail a check with these thresholds. */
	public Set<DriftKind> failing(Thresholds thresholds) {
		Set<DriftKind> failing = kinds();
		failing.retainAll(thresholds.failOn());
		return failing;
	}

	/** One test before and after. */
	@JsonPropertyOrder({ "before", "after" })
	public record Pair(TestResult before, TestResult after) {
	}

	/**
	 * The number of tests that ran fell.
	 *
	 * @param expected how many ran in the baseline, leaving out those this run's filters deselected
	 * @param executed how many ran now
	 * @param maxDropPercent the drop the thresholds allow
	 */
	@JsonPropertyOrder({ "expected", "executed", "maxDropPercent" })
	public record Collapse(int expected, int executed, int maxDropPercent) {
	}

	/**
	 * A test, or the whole run, that became slow or slower.
	 *
	 * @param name the test's label, or {@code the run} for the test JVMs' total
	 * @param beforeMillis its baseline duration, or {@code -1} for a test the baseline does not have
	 * @param afterMillis its duration now
	 */
	@JsonPropertyOrder({ "name", "beforeMillis", "afterMillis" })
	public record Slow(String name, long beforeMillis, long afterMillis) {
	}
}
