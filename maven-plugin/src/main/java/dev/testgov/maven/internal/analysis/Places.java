package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.testgov.maven.internal.store.FileKey;

/**
 * The places a merge knows: the reactor root, the dependencies' files, the JDK and the temporary directory.
 * Each root is matched both as given and as its real path, since a test JVM may see either.
 */
final class Places {

	private final List<Path> reactorRoots;
	private final List<Path> javaHomes;
	private final List<Path> temporaryDirectories;
	private final List<ClassSource> dependencies = new ArrayList<>();

	Places(Path reactorRoot, List<ClassSource> sources, Path javaHome, Path temporaryDirectory) {
		this.reactorRoots = forms(reactorRoot);
		this.javaHomes = forms(javaHome);
		this.temporaryDirectories = forms(temporaryDirectory);
		for (ClassSource source : sources) {
			if (relativeToReactor(source.location()) == null) {
				dependencies.add(source);
			}
		}
	}

	Path reactorRoot() {
		return reactorRoots.get(0);
	}

	/** The path relative to the reactor root with {@code /} separators, or {@code null} outside it. */
	String relativeToReactor(Path file) {
		for (Path root : reactorRoots) {
			if (file.startsWith(root)) {
				String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
				return relative.isEmpty() ? "." : relative;
			}
		}
		return null;
	}

	boolean inJavaHome(Path file) {
		return javaHomes.stream().anyMatch(file::startsWith);
	}

	boolean goneTemporaryFile(Path file) {
		return temporaryDirectories.stream().anyMatch(file::startsWith) && !Files.exists(file);
	}

	/** The key of {@code entry} in a dependency whose file is {@code file}, or of a file in a dependency directory. */
	FileKey inDependency(Path file, String entry) {
		for (ClassSource source : dependencies) {
			if (source.location().equals(file)) {
				return new FileKey(source.origin(), entry);
			}
			if (entry.isEmpty() && file.startsWith(source.location()) && Files.isDirectory(source.location())) {
				return new FileKey(source.origin(), source.location().relativize(file).toString().replace('\\', '/'));
			}
		}
		return null;
	}

	Optional<ClassSource> dependency(String origin) {
		return dependencies.stream().filter(source -> source.origin().equals(origin)).findFirst();
	}

	private static List<Path> forms(Path directory) {
		List<Path> forms = new ArrayList<>();
		if (directory == null) {
			return forms;
		}
		Path absolute = directory.toAbsolutePath().normalize();
		forms.add(absolute);
		try {
			Path real = absolute.toRealPath();
			if (!real.equals(absolute)) {
				forms.add(real);
			}
		}
		catch (IOException e) {
			// A directory that does not exist has no other form.
		}
		return forms;
	}
}
