package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Compares a run with its baseline. Pure: the same inputs give the same {@link Drift}, in the same order. */
public final class Differ {

	/** The name a whole-run slowdown is reported under. */
	public static final String THE_RUN = "the run";

	private Differ() {
	}

	/**
	 * What changed.
	 *
	 * @param run this run's tests (body hashes set where known), without the deselected ones
	 * @param runMillis the test JVMs' running time now
	 * @throws IllegalArgumentException when the selection's tag expressions or categories do not parse
	 */
	public static Drift compare(Baseline baseline, List<TestResult> run, long runMillis, Selection selection,
			Thresholds thresholds) {
		Map<String, TestResult> now = byId(run);
		Map<String, TestResult> then = byId(baseline.tests());
		List<TestResult> missing = new ArrayList<>();
		List<TestResult> deselected = new ArrayList<>();
		Set<String> reasons = new LinkedHashSet<>();
		for (TestResult test : baseline.tests()) {
			if (now.containsKey(test.id())) {
				continue;
			}
			Optional<String> reason = selection.deselects(test);
			reason.ifPresent(reasons::add);
			(reason.isPresent() || test.status() == TestStatus.DESELECTED ? deselected : missing).add(test);
		}
		if (run.isEmpty()) {
			// Nothing ran at all: one collapse says it; listing every test as vanished would bury it.
			missing.clear();
		}
		List<TestResult> unknown = run.stream().filter(test -> !then.containsKey(test.id())).collect(Collectors.toList());
		Moves moves = Moves.match(missing, unknown);
		List<Drift.Pair> pairs = new ArrayList<>();
		for (TestResult test : run) {
			if (then.containsKey(test.id())) {
				pairs.add(new Drift.Pair(then.get(test.id()), test));
			}
		}
		pairs.addAll(moves.moved);
		pairs.addAll(moves.renamed);
		return new Drift(moves.vanished, moves.moved, moves.renamed, moves.added,
			transitions(pairs, TestStatus::executed, TestStatus::skipped),
			transitions(pairs, before -> !before.executed(), TestStatus::executed),
			collapse(baseline.tests(), deselected, run, thresholds),
			slow(pairs, moves.added, baseline.totalMillis(), runMillis, thresholds),
			deselected, reasons.isEmpty() ? null : String.join("; ", reasons));
	}

	private static Map<String, TestResult> byId(List<TestResult> tests) {
		return tests.stream().collect(Collectors.toMap(TestResult::id, Function.identity(), (first, second) -> second));
	}

	private static List<Drift.Pair> transitions(List<Drift.Pair> pairs, Predicate<TestStatus> before,
			Predicate<TestStatus> after) {
		return pairs.stream()
			.filter(pair -> before.test(pair.before().status()) && after.test(pair.after().status()))
			.sorted(Comparator.comparing(pair -> pair.after().id()))
			.collect(Collectors.toList());
	}

	private static Drift.Collapse collapse(List<TestResult> baseline, List<TestResult> deselected, List<TestResult> run,
			Thresholds thresholds) {
		Set<String> leftOut = deselected.stream().map(TestResult::id).collect(Collectors.toSet());
		int expected = (int) baseline.stream()
			.filter(test -> test.status().executed() && !leftOut.contains(test.id()))
			.count();
		int executed = (int) run.stream().filter(test -> test.status().executed()).count();
		boolean collapsed = expected > 0
				&& (executed == 0 || executed < expected * (100 - thresholds.maxExecutedDropPercent()) / 100.0);
		return collapsed ? new Drift.Collapse(expected, executed, thresholds.maxExecutedDropPercent()) : null;
	}

	private static List<Drift.Slow> slow(List<Drift.Pair> pairs, List<TestResult> added, long baselineMillis,
			long runMillis, Thresholds thresholds) {
		List<Drift.Slow> slow = new ArrayList<>();
		for (Drift.Pair pair : pairs) {
			long before = pair.before().durationMillis();
			long after = pair.after().durationMillis();
			boolean comparable = pair.before().status().executed() && pair.after().status().executed();
			if (comparable && (thresholds.isSlowdown(before, after)
					|| after >= thresholds.slowTestMillis() && before < thresholds.slowTestMillis())) {
				slow.add(new Drift.Slow(pair.after().label(), before, after));
			}
		}
		added.stream()
			.filter(test -> test.status().executed() && test.durationMillis() >= thresholds.slowTestMillis())
			.forEach(test -> slow.add(new Drift.Slow(test.label(), -1, test.durationMillis())));
		slow.sort(Comparator.comparing(Drift.Slow::afterMillis).reversed().thenComparing(Drift.Slow::name));
		if (baselineMillis > 0 && thresholds.isSlowdown(baselineMillis, runMillis)) {
			slow.add(0, new Drift.Slow(THE_RUN, baselineMillis, runMillis));
		}
		return slow;
	}
}
