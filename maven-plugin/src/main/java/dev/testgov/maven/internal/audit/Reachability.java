package dev.testgov.maven.internal.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The uses a method makes, its own and those of every method of the scanned classes it calls, directly or
 * through helpers, lambdas and other test classes (each method visited once, so recursion ends). A use found
 * in a helper names it. Calls into classes that were not scanned (the code under test, libraries) are not
 * followed.
 */
final class Reachability {

	private final Map<String, ClassSummary> classes;
	private final Map<MethodSummary, List<Evidence>> memo = new HashMap<>();
	private final Map<MethodSummary, List<Evidence>> named = new HashMap<>();

	Reachability(Map<String, ClassSummary> classes) {
		this.classes = classes;
	}

	/**
	 * The uses reachable from a set-up method, each naming the method it is in: the test that suffers them
	 * does not contain them.
	 */
	List<Evidence> fromSetUp(MethodSummary start) {
		return named.computeIfAbsent(start, method -> from(method).stream()
			.map(evidence -> evidence.in(method.displayName()))
			.collect(java.util.stream.Collectors.toUnmodifiableList()));
	}

	/** The uses reachable from a method, its own first. */
	List<Evidence> from(MethodSummary start) {
		List<Evidence> cached = memo.get(start);
		if (cached != null) {
			return cached;
		}
		List<Evidence> found = new ArrayList<>();
		Set<MethodSummary> visited = new LinkedHashSet<>();
		Deque<MethodSummary> pending = new ArrayDeque<>();
		pending.add(start);
		visited.add(start);
		while (!pending.isEmpty()) {
			MethodSummary method = pending.poll();
			for (Evidence evidence : method.evidence) {
				found.add(method == start ? evidence : evidence.in(method.displayName()));
			}
			for (MethodRef call : method.calls) {
				resolve(call).filter(visited::add).ifPresent(pending::add);
			}
		}
		List<Evidence> result = List.copyOf(found);
		memo.put(start, result);
		return result;
	}

	/** The scanned method a call lands in: declared in the owner or inherited from a scanned superclass. */
	Optional<MethodSummary> resolve(MethodRef call) {
		for (ClassSummary owner = classes.get(call.owner()); owner != null; owner = classes.get(owner.superName)) {
			MethodSummary method = owner.methods.get(call.signature());
			if (method != null) {
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}
}
