package dev.testgov.maven.internal.store;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Unmodifiable copies in natural order. {@code new TreeMap<>(sortedMap)} would keep the source's comparator,
 * and then the same content could be written in another order.
 */
final class Sorted {

	private Sorted() {
	}

	static <K extends Comparable<K>, V> SortedMap<K, V> copyOf(Map<K, V> map) {
		SortedMap<K, V> copy = new TreeMap<>();
		copy.putAll(map);
		return Collections.unmodifiableSortedMap(copy);
	}

	static <T extends Comparable<T>> SortedSet<T> copyOf(Collection<T> values) {
		SortedSet<T> copy = new TreeSet<>();
		copy.addAll(values);
		return Collections.unmodifiableSortedSet(copy);
	}
}
