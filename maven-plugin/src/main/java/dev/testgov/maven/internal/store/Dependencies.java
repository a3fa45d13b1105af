package dev.testgov.maven.internal.store;

import java.util.Collection;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a test, or one part of its run (a container's set-up, the test itself), depended on: the classes it
 * executed with the methods hit, the files it read, and whether it read anything outside the reactor that
 * cannot be tracked ({@code external}), which makes the test run every time.
 */
public record Dependencies(SortedMap<String, MethodSet> classes, SortedSet<FileKey> files, boolean external) {

	public static final Dependencies NONE = new Dependencies(new TreeMap<>(), new TreeSet<>(), false);

	/** Classes with no method hit are no dependency and are left out. */
	public Dependencies {
		SortedMap<String, MethodSet> used = new TreeMap<>();
		used.putAll(classes);
		used.values().removeIf(methods -> !methods.all() && methods.keys().isEmpty());
		classes = Sorted.copyOf(used);
		files = Sorted.copyOf(files);
	}

	public boolean isEmpty() {
		return classes.isEmpty() && files.isEmpty() && !external;
	}

	public Dependencies union(Dependencies other) {
		return union(java.util.List.of(this, other));
	}

	public static Dependencies union(Collection<Dependencies> parts) {
		if (parts.size() == 1) {
			return parts.iterator().next();
		}
		SortedMap<String, MethodSet> classes = new TreeMap<>();
		SortedSet<FileKey> files = new TreeSet<>();
		boolean external = false;
		for (Dependencies part : parts) {
			part.classes.forEach((name, methods) -> classes.merge(name, methods, MethodSet::union));
			files.addAll(part.files);
			external |= part.external;
		}
		return new Dependencies(classes, files, external);
	}
}
