package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The packages of the project's own classes, as JaCoCo {@code includes} patterns: the agent instruments
 * only them, never JUnit, Surefire or libraries, which keeps recording cheap and the store about the code the
 * team changes. A package inside another listed one is covered by it ({@code com.acme.*} matches
 * subpackages); classes in the default package are named one by one.
 */
final class ProjectPackages {

	private ProjectPackages() {
	}

	/** {@code com.acme.*:org.example.util.*}, from every class file in the directories. */
	static String includes(Collection<Path> classDirectories) {
		SortedSet<String> packages = new TreeSet<>();
		SortedSet<String> defaultPackage = new TreeSet<>();
		for (Path directory : classDirectories) {
			if (Files.isDirectory(directory)) {
				collect(directory, packages, defaultPackage);
			}
		}
		List<String> patterns = packages.stream()
			.filter(name -> packages.stream().noneMatch(other -> !other.equals(name) && name.startsWith(other + ".")))
			.map(name -> name + ".*")
			.collect(Collectors.toList());
		defaultPackage.forEach(name -> patterns.add(name + "*"));
		return String.join(":", patterns);
	}

	private static void collect(Path directory, SortedSet<String> packages, SortedSet<String> defaultPackage) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.filter(file -> file.getFileName().toString().endsWith(".class")).forEach(file -> {
				Path relative = directory.relativize(file);
				if (relative.getNameCount() == 1) {
					String name = relative.toString();
					defaultPackage.add(name.substring(0, name.length() - ".class".length()).split("\\$")[0]);
				}
				else {
					packages.add(relative.getParent().toString().replace(relative.getFileSystem().getSeparator(), "."));
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
