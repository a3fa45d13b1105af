package dev.testgov.maven.internal.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.store.TestRecord;

/**
 * What runs and why, per selection node (a test method, a parameterized or repeated template, a test
 * factory): a node is left out only when every recorded test under it is unaffected. Tests the store does
 * not know are not here and always run.
 */
public final class Selection {

	private final Reason everything;
	private final List<Node> nodes;

	private Selection(Reason everything, List<Node> nodes) {
		this.everything = everything;
		this.nodes = nodes;
	}

	static Selection everything(Reason reason, List<TestRecord> known) {
		Map<String, List<Selector.Decision>> byNode = new LinkedHashMap<>();
		known.forEach(test -> byNode.computeIfAbsent(test.selectionNode(), node -> new ArrayList<>())
			.add(new Selector.Decision(test, Optional.of(reason))));
		return new Selection(reason, nodes(byNode));
	}

	static Selection of(Map<String, List<Selector.Decision>> byNode) {
		return new Selection(null, nodes(byNode));
	}

	private static List<Node> nodes(Map<String, List<Selector.Decision>> byNode) {
		List<Node> nodes = new ArrayList<>();
		byNode.forEach((id, decisions) -> nodes.add(Node.of(id, decisions)));
		return nodes;
	}

	/** Whether the whole module runs (no store, or its build inputs changed). */
	public boolean runsEverything() {
		return everything != null;
	}

	/** The unique ids of the nodes to leave out. */
	public Set<String> skipped() {
		return nodes.stream().filter(node -> !node.runs()).map(Node::id).collect(Collectors.toCollection(TreeSet::new));
	}

	public List<Node> nodes() {
		return nodes;
	}

	public int selectedTests() {
		return nodes.stream().filter(Node::runs).mapToInt(Node::tests).sum();
	}

	public int recordedTests() {
		return nodes.stream().mapToInt(Node::tests).sum();
	}

	/** The summary line, in Surefire's spirit: how many, why, and how long it should take. */
	public String summary() {
		if (everything != null) {
			return String.format(Locale.ROOT, SelectionMessages.EVERYTHING, everything.text());
		}
		long estimated = nodes.stream().filter(Node::runs).mapToLong(Node::durationMillis).sum();
		long total = nodes.stream().mapToLong(Node::durationMillis).sum();
		String reasons = reasonCounts();
		return String.format(Locale.ROOT, SelectionMessages.SUMMARY, selectedTests(), recordedTests(),
			reasons.isEmpty() ? "" : " (" + reasons + ")", seconds(estimated), seconds(total));
	}

	/** One line per selected node: what runs and the first reason it must. */
	public List<String> explanation() {
		return nodes.stream().filter(Node::runs)
			.map(node -> String.format(SelectionMessages.EXPLAIN, node.id(), node.reasons().get(0).text()))
			.collect(Collectors.toList());
	}

	private String reasonCounts() {
		Map<Reason.Kind, Set<String>> subjects = new TreeMap<>();
		Set<String> methodClasses = new TreeSet<>();
		Map<String, Integer> rules = new TreeMap<>();
		for (Node node : nodes) {
			for (Reason reason : node.reasons()) {
				if (reason.kind() == Reason.Kind.RULE) {
					rules.merge(reason.text(), node.tests(), Integer::sum);
					continue;
				}
				subjects.computeIfAbsent(reason.kind(), kind -> new TreeSet<>()).add(reason.subject());
				if (reason.kind() == Reason.Kind.METHOD) {
					methodClasses.add(reason.subject().substring(0, reason.subject().indexOf('#')));
				}
			}
		}
		List<String> parts = new ArrayList<>();
		subjects.forEach((kind, names) -> parts.add(describe(kind, names, methodClasses.size())));
		rules.forEach((text, tests) -> parts.add(plural(tests, "test") + " " + text));
		return String.join(", ", parts);
	}

	private static String describe(Reason.Kind kind, Set<String> names, int methodClasses) {
		int count = names.size();
		switch (kind) {
			case METHOD:
				return plural(count, "changed method") + " in " + plural(methodClasses, "class");
			case STRUCTURE:
				return plural(count, "changed class structure");
			case CLASS:
				return plural(count, "changed class");
			case DELETED_CLASS:
				return plural(count, "deleted class");
			default:
				return plural(count, "changed file");
		}
	}

	private static String plural(int count, String noun) {
		String word = count == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s";
		return count + " " + word;
	}

	private static String seconds(long millis) {
		return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	/** A selection node: its recorded tests, whether it runs, why, and how long its tests took last time. */
	public record Node(String id, String className, String methodName, int tests, boolean runs, List<Reason> reasons,
			long durationMillis, boolean failedLastTime) {

		static Node of(String id, List<Selector.Decision> decisions) {
			TestRecord first = decisions.get(0).test();
			List<Reason> reasons = decisions.stream().map(Selector.Decision::reason).flatMap(Optional::stream).distinct()
				.collect(Collectors.toList());
			long duration = decisions.stream().mapToLong(decision -> decision.test().durationMillis()).sum();
			boolean failed = decisions.stream().anyMatch(decision -> !TestRecord.PASSED.equals(decision.test().status()));
			return new Node(id, first.className(), first.methodName(), decisions.size(), !reasons.isEmpty(), reasons, duration,
				failed);
		}

		/** Why it runs, as text. */
		public List<String> reasonTexts() {
			return reasons.stream().map(Reason::text).collect(Collectors.toList());
		}
	}
}
