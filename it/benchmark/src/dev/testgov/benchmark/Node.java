package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Something a test can depend on: a production method, a virtual binding (a method as reached through one
 * receiver class), a constant, a static initialiser or a resource file. {@link #uses} lists what always runs or
 * is read whenever this runs: generated code calls unconditionally, so reachability is execution.
 */
final class Node {
	final String key;
	final List<Node> uses = new ArrayList<>();
	/** Position in creation order, for deterministic iteration and a cheap closure. */
	final int index;

	Node(String key, int index) {
		this.key = key;
		this.index = index;
	}

	void use(Node other) {
		if (!uses.contains(other)) {
			uses.add(other);
		}
	}

	@Override
	public String toString() {
		return key;
	}
}
