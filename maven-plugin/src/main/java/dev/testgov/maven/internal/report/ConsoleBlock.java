package dev.testgov.maven.internal.report;

import static dev.testgov.maven.internal.baseline.BaselineMessages.DESELECTED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.DOCKER_CHANGED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.GATED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.JAVA_CHANGED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.RUN;
import static dev.testgov.maven.internal.baseline.BaselineMessages.SKIP_GROUP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.testgov.junit.Gate;
import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.Environment;
import dev.testgov.maven.internal.baseline.Summary;

/**
 * The run in Surefire's words, then testgov's short block: gated counts by gate, grouped skip reasons, and
 * the drift lines of {@link DriftLines}. Over all of a module's test JVMs, where each fork prints only its own.
 */
public final class ConsoleBlock {

	private ConsoleBlock() {
	}

	/**
	 * {@code Tests run: 8, Failures: 0, Errors: 0, Skipped: 5}, then {@code Gated: ...} when a gate stopped a test.
	 *
	 * @param skipReasons whether to list the grouped skip reasons too
	 */
	public static List<ConsoleLine> run(Summary summary, boolean skipReasons) {
		List<ConsoleLine> lines = new ArrayList<>();
		lines.add(ConsoleLine.info(String.format(RUN, summary.surefireLine())));
		String gated = gated(summary.gated());
		if (!gated.isEmpty()) {
			lines.add(ConsoleLine.info(gated));
		}
		if (skipReasons) {
			summary.skips().forEach(group -> lines.add(ConsoleLine.info(String.format(SKIP_GROUP, group.status(),
				group.tests(), group.reason()))));
		}
		return lines;
	}

	/** What changed in the environment since the baseline, as far as it explains drift: Docker and Java. */
	public static List<ConsoleLine> environment(Environment baseline, Environment now) {
		List<ConsoleLine> lines = new ArrayList<>();
		boolean probed = !baseline.docker().equals(Environment.NOT_PROBED) && !now.docker().equals(Environment.NOT_PROBED);
		if (probed && !baseline.docker().equals(now.docker())) {
			lines.add(ConsoleLine.info(String.format(DOCKER_CHANGED, now.docker(), baseline.docker())));
		}
		if (!now.java().isEmpty() && !baseline.java().isEmpty() && !baseline.java().equals(now.java())) {
			lines.add(ConsoleLine.info(String.format(JAVA_CHANGED, now.java(), baseline.java())));
		}
		return lines;
	}

	/** {@code Deselected: 4 baseline tests (excludedGroups [requires_docker])}, or nothing when none was. */
	public static List<ConsoleLine> deselected(Drift drift) {
		int count = drift.deselected().size();
		return count == 0 ? List.of()
				: List.of(ConsoleLine.info(String.format(DESELECTED, count, count == 1 ? "" : "s",
					drift.deselectedBy() == null ? "deselected in the baseline" : drift.deselectedBy())));
	}

	/** {@code Gated: 5 (requires_docker 2, live_api 1)}, in the gates' own order as the extension prints it. */
	static String gated(Map<String, Summary.Tally> gated) {
		if (gated.isEmpty()) {
			return "";
		}
		List<String> order = Arrays.stream(Gate.values()).map(Gate::tag).collect(Collectors.toList());
		int total = gated.values().stream().mapToInt(Summary.Tally::tests).sum();
		String counts = gated.entrySet().stream()
			.sorted((a, b) -> Integer.compare(rank(order, a.getKey()), rank(order, b.getKey())))
			.map(entry -> entry.getKey() + " " + entry.getValue().tests())
			.collect(Collectors.joining(", "));
		return String.format(GATED, total, counts);
	}

	private static int rank(List<String> order, String gate) {
		int index = order.indexOf(gate);
		return index < 0 ? order.size() : index;
	}
}
