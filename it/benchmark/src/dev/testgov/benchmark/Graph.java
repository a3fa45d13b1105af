package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every node of the generated code, by key, in creation order. */
final class Graph {
	private final Map<String, Node> nodes = new LinkedHashMap<>();

	Node node(String key) {
		if (nodes.containsKey(key)) {
			throw new IllegalStateException("duplicate node " + key);
		}
		Node node = new Node(key, nodes.size());
		nodes.put(key, node);
		return node;
	}

	List<Node> all() {
		return new ArrayList<>(nodes.values());
	}

	int size() {
		return nodes.size();
	}

	/** The nodes reachable from {@code roots}, roots included, as a set of node indexes. */
	BitSet closure(Iterable<Node> roots) {
		BitSet seen = new BitSet(nodes.size());
		List<Node> todo = new ArrayList<>();
		roots.forEach(todo::add);
		while (!todo.isEmpty()) {
			Node n = todo.remove(todo.size() - 1);
			if (!seen.get(n.index)) {
				seen.set(n.index);
				todo.addAll(n.uses);
			}
		}
		return seen;
	}
}
