package dev.testgov.maven.internal.analysis;

import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.Outcome;

/** Combines the outcomes of a test that ran more than once (a rerun, or two forks): the worst one counts. */
final class Statuses {

	/** From best to worst; an unknown status ranks worst of all, so the test runs again. */
	private static final List<String> ORDER = List.of("PASSED", "SKIPPED", "ABORTED", "FAILED", "ERRORED");

	private Statuses() {
	}

	static String worse(String one, String other) {
		return rank(other) > rank(one) ? other : one;
	}

	static String worst(List<Outcome> outcomes) {
		String worst = outcomes.get(0).status();
		for (Outcome outcome : outcomes) {
			worst = worse(worst, outcome.status());
		}
		return worst;
	}

	static boolean failed(String status) {
		return rank(status) > ORDER.indexOf("SKIPPED");
	}

	private static int rank(String status) {
		int rank = ORDER.indexOf(status);
		return rank < 0 ? ORDER.size() : rank;
	}
}
