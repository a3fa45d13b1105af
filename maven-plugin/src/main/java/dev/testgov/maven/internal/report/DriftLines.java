package dev.testgov.maven.internal.report;

import static dev.testgov.maven.internal.baseline.BaselineMessages.COLLAPSE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.COLLAPSE_SHORT;
import static dev.testgov.maven.internal.baseline.BaselineMessages.MORE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.MOVED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NEW;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NO_BASELINE_SHORT;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NO_DRIFT_SHORT;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NEWLY_RUNNING;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NEWLY_SKIPPED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.RENAMED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.SLOWER;
import static dev.testgov.maven.internal.baseline.BaselineMessages.SLOW_NEW;
import static dev.testgov.maven.internal.baseline.BaselineMessages.VANISHED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.WAS;
import static dev.testgov.maven.internal.baseline.BaselineMessages.WAS_DESELECTED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.Millis;
import dev.testgov.maven.internal.baseline.TestResult;
import dev.testgov.maven.internal.baseline.TestStatus;

/**
 * One line per finding, at most {@value #LISTED} per kind: {@code VANISHED com.acme.PriceTest#addsVat}, a whole
 * class that moved as one {@code MOVED} line, newly skipped tests under their reason. Nothing when nothing changed.
 */
public final class DriftLines {

	static final int LISTED = 20;

	private final Function<DriftKind, ConsoleLine.Level> levels;
	private final String report;
	private final long slowTestMillis;
	private final List<ConsoleLine> lines = new ArrayList<>();

	private DriftLines(Function<DriftKind, ConsoleLine.Level> levels, String report, long slowTestMillis) {
		this.levels = levels;
		this.report = report;
		this.slowTestMillis = slowTestMillis;
	}

	/**
	 * The drift lines.
	 *
	 * @param levels how loud each kind is: failing kinds are errors
	 * @param report where the full report is, for the {@code ... and N more} line
	 */
	public static List<ConsoleLine> of(Drift drift, Function<DriftKind, ConsoleLine.Level> levels, String report,
			long slowTestMillis) {
		DriftLines out = new DriftLines(levels, report, slowTestMillis);
		if (drift.collapse() != null) {
			Drift.Collapse collapse = drift.collapse();
			out.add(DriftKind.COLLAPSE, String.format(COLLAPSE, collapse.executed(), collapse.expected(),
				collapse.maxDropPercent()));
		}
		out.list(DriftKind.VANISHED, drift.vanished(), test -> String.format(VANISHED, test.label()));
		out.grouped(DriftKind.NEWLY_SKIPPED, drift.newlySkipped(), pair -> pair.after().reason(), NEWLY_SKIPPED);
		out.grouped(DriftKind.NEWLY_RUNNING, drift.newlyRunning(), DriftLines::previously, NEWLY_RUNNING);
		out.moved(drift.moved());
		out.list(DriftKind.RENAMED, drift.renamed(),
			pair -> String.format(RENAMED, pair.before().label(), pair.after().label()));
		out.list(DriftKind.NEW, drift.added(), test -> String.format(NEW, test.label()));
		out.list(DriftKind.SLOW, drift.slow(), out::slow);
		return out.lines;
	}

	private void add(DriftKind kind, String line) {
		lines.add(new ConsoleLine(levels.apply(kind), line));
	}

	private <T> void list(DriftKind kind, List<T> findings, Function<T, String> line) {
		findings.stream().limit(LISTED).forEach(finding -> add(kind, line.apply(finding)));
		more(kind, findings.size());
	}

	private void more(DriftKind kind, int count) {
		if (count > LISTED) {
			add(kind, String.format(MORE, count - LISTED, report));
		}
	}

	private void grouped(DriftKind kind, List<Drift.Pair> pairs, Function<Drift.Pair, String> reason, String header) {
		Map<String, List<Drift.Pair>> groups = new LinkedHashMap<>();
		for (Drift.Pair pair : pairs) {
			groups.computeIfAbsent(String.valueOf(reason.apply(pair)), ignored -> new ArrayList<>()).add(pair);
		}
		groups.forEach((text, group) -> {
			add(kind, String.format(header, group.size(), text));
			group.stream().limit(LISTED)
				.forEach(pair -> add(kind, String.format(WAS, pair.after().label(), pair.before().status())));
			more(kind, group.size());
		});
	}

	private static String previously(Drift.Pair pair) {
		TestResult before = pair.before();
		return before.status() == TestStatus.DESELECTED || before.reason() == null ? WAS_DESELECTED : before.reason();
	}

	/** A class whose tests all moved to one other class is one line; so is each other pair of classes. */
	private void moved(List<Drift.Pair> pairs) {
		Map<List<String>, Integer> classes = new LinkedHashMap<>();
		pairs.forEach(pair -> classes.merge(List.of(pair.before().className(), pair.after().className()), 1, Integer::sum));
		List<Map.Entry<List<String>, Integer>> entries = new ArrayList<>(classes.entrySet());
		list(DriftKind.MOVED, entries, entry -> String.format(MOVED, entry.getKey().get(0), entry.getKey().get(1),
			entry.getValue(), entry.getValue() == 1 ? "" : "s"));
	}

	private String slow(Drift.Slow slow) {
		return slow.beforeMillis() < 0
				? String.format(SLOW_NEW, slow.name(), Millis.format(slow.afterMillis()), Millis.format(slowTestMillis))
				: String.format(SLOWER, slow.name(), Millis.format(slow.afterMillis()), Millis.format(slow.beforeMillis()));
	}

	/** {@code 1 vanished, 2 moved}; {@code no drift}; {@code no baseline} for {@code null}. */
	public static String describe(Drift drift) {
		if (drift == null) {
			return NO_BASELINE_SHORT;
		}
		return drift.isEmpty() ? NO_DRIFT_SHORT : describe(drift, drift.kinds());
	}

	/** {@code 1 vanished, 2 newly skipped}: how many findings of each of these kinds. */
	public static String describe(Drift drift, Set<DriftKind> kinds) {
		return kinds.stream().sorted()
			.map(kind -> kind == DriftKind.COLLAPSE
					? String.format(COLLAPSE_SHORT, drift.collapse().executed(), drift.collapse().expected())
					: drift.count(kind) + " " + kind.label().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
	}
}
