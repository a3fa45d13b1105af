package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The classes in a module's test classes when it was last recorded, nested ones included, kept beside the
 * store in {@code .testgov/test-classes}. Selection may leave a module's test JVM unstarted only when no test
 * class is new: a class the store never saw may hold tests, and tests the store does not know always run. A
 * new {@code @Nested} class in an old test class is such a class, though its outer class's structure does
 * not change; format 1 listed top-level classes only, so it counts as no list.
 */
public final class TestClassList {

	static final String FILE_NAME = "test-classes";
	static final String HEADER = "testgov-test-classes 2";

	private TestClassList() {
	}

	/** The binary names of the classes in a test class directory, nested classes included. */
	public static Set<String> scan(Path testClasses) throws IOException {
		if (!Files.isDirectory(testClasses)) {
			return new TreeSet<>();
		}
		try (Stream<Path> files = Files.walk(testClasses)) {
			return files.map(testClasses::relativize)
				.map(Path::toString)
				.filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
				.map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** Writes the list beside the store, sorted, atomically. */
	public static void save(Path storeDirectory, Set<String> classes) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		lines.addAll(new TreeSet<>(classes));
		Files.createDirectories(storeDirectory);
		// Beside the store and as readable as it: both are meant to be committed or cached.
		Path temporary = storeDirectory.resolve(FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
		Files.write(temporary, lines, StandardCharsets.UTF_8);
		Files.move(temporary, storeDirectory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
			StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Removes the classes of failed containers from the list, so that they count as new: their tests may not
	 * have run, and a test the store does not know runs only if the test JVM starts. A failed container
	 * outside any class (the engine) removes the whole list.
	 *
	 * @param failedContainers unique ids of containers that failed
	 */
	public static void forget(Path storeDirectory, Set<String> failedContainers) throws IOException {
		Path file = storeDirectory.resolve(FILE_NAME);
		if (failedContainers.isEmpty() || !Files.isRegularFile(file)) {
			return;
		}
		Set<String> classes = new TreeSet<>();
		for (String container : failedContainers) {
			String topLevel = topLevelClass(container);
			if (topLevel.isEmpty()) {
				Files.delete(file);
				return;
			}
			classes.add(topLevel);
		}
		Set<String> known = known(file);
		boolean changed = known.removeIf(name -> classes.contains(name.split("\\$")[0]));
		if (changed) {
			save(storeDirectory, known);
		}
	}

	/** The binary name of the first class segment of a unique id ({@code [class:com.acme.Foo]}), or empty. */
	static String topLevelClass(String uniqueId) {
		int start = uniqueId.indexOf("[class:");
		if (start < 0) {
			return "";
		}
		int end = uniqueId.indexOf(']', start);
		return end < 0 ? "" : uniqueId.substring(start + "[class:".length(), end);
	}

	/** The classes in {@code current} the list does not name; all of them when there is no usable list. */
	public static Set<String> newSince(Path storeDirectory, Set<String> current) throws IOException {
		Set<String> added = new TreeSet<>(current);
		added.removeAll(known(storeDirectory.resolve(FILE_NAME)));
		return added;
	}

	private static Set<String> known(Path file) throws IOException {
		Set<String> known = new TreeSet<>();
		if (Files.isRegularFile(file)) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
				known.addAll(lines.subList(1, lines.size()));
			}
		}
		return known;
	}
}
