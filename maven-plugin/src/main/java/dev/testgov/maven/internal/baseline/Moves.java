package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the baseline tests a run is missing with the tests it has that the baseline lacks, so a reorganisation
 * does not look like loss. First by identity without the package (simple class name, method, display name):
 * the class moved. Then by body hash and display name, where exactly one test on each side has it: the method or
 * class was renamed. What stays unpaired vanished, or is new.
 */
final class Moves {

	final List<Drift.Pair> moved = new ArrayList<>();
	final List<Drift.Pair> renamed = new ArrayList<>();
	final List<TestResult> vanished = new ArrayList<>();
	final List<TestResult> added = new ArrayList<>();

	private Moves() {
	}

	static Moves match(List<TestResult> missing, List<TestResult> unknown) {
		Moves moves = new Moves();
		List<TestResult> before = new ArrayList<>(missing);
		List<TestResult> after = new ArrayList<>(unknown);
		pair(before, after, Moves::identityWithoutPackage, false, moves.moved);
		pair(before, after, Moves::bodyAndDisplayName, true, moves.renamed);
		moves.vanished.addAll(before);
		moves.added.addAll(after);
		return moves;
	}

	private static String identityWithoutPackage(TestResult test) {
		return test.simpleClassName() + "#" + test.method() + "#" + test.displayName();
	}

	/** The body and what the display name says beyond the method's name; {@code null} without a body. */
	private static String bodyAndDisplayName(TestResult test) {
		return test.body() == null ? null : test.body() + "#" + test.ownDisplayName();
	}

	/** Pairs tests with equal keys, in id order, and removes them from both lists; {@code null} keys never pair. */
	private static void pair(List<TestResult> before, List<TestResult> after, Function<TestResult, String> key,
			boolean uniqueOnly, List<Drift.Pair> pairs) {
		Map<String, List<TestResult>> byKey = group(after, key);
		Map<String, List<TestResult>> beforeByKey = group(before, key);
		for (Map.Entry<String, List<TestResult>> entry : beforeByKey.entrySet()) {
			List<TestResult> candidates = byKey.get(entry.getKey());
			if (candidates == null || uniqueOnly && (candidates.size() != 1 || entry.getValue().size() != 1)) {
				continue;
			}
			Iterator<TestResult> next = candidates.iterator();
			for (TestResult old : entry.getValue()) {
				if (!next.hasNext()) {
					break;
				}
				TestResult match = next.next();
				pairs.add(new Drift.Pair(old, match));
				before.remove(old);
				after.remove(match);
			}
		}
	}

	private static Map<String, List<TestResult>> group(List<TestResult> tests, Function<TestResult, String> key) {
		Map<String, List<TestResult>> groups = new LinkedHashMap<>();
		for (TestResult test : tests) {
			String value = key.apply(test);
			if (value != null) {
				groups.computeIfAbsent(value, ignored -> new ArrayList<>()).add(test);
			}
		}
		return groups;
	}
}
