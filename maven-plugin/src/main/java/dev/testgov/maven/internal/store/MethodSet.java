package dev.testgov.maven.internal.store;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The methods of one class that a test executed: some method keys, or {@link #ALL} when only a class-level
 * dependency could be established (the class bytes were not found, or were not the bytes that ran).
 */
public record MethodSet(boolean all, SortedSet<String> keys) {

	/** Every method and the structure: any change to the class counts. */
	public static final MethodSet ALL = new MethodSet(true, new TreeSet<>());

	public MethodSet {
		keys = all ? Collections.emptySortedSet() : Sorted.copyOf(keys);
	}

	public static MethodSet of(Collection<String> keys) {
		return new MethodSet(false, Sorted.copyOf(keys));
	}

	public MethodSet union(MethodSet other) {
		if (all || other.all) {
			return ALL;
		}
		SortedSet<String> union = new TreeSet<>(keys);
		union.addAll(other.keys);
		return new MethodSet(false, union);
	}

	@Override
	public String toString() {
		return all ? "*" : keys.toString();
	}
}
