package dev.testgov.maven.internal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds class files on a class path of directories and jars, without loading any class. Jars are opened on
 * first use and closed with this object.
 */
final class ClassFiles implements AutoCloseable {

	private final List<Path> roots;
	private final Map<Path, ZipFile> jars = new HashMap<>();

	ClassFiles(List<Path> roots) {
		this.roots = new ArrayList<>(roots);
	}

	/** The class file of a class, by internal name ({@code com/acme/RequiresPostgres}), if on the class path. */
	Optional<byte[]> find(String internalName) {
		String entry = internalName + ".class";
		for (Path root : roots) {
			try {
				Optional<byte[]> found = Files.isDirectory(root) ? fromDirectory(root.resolve(entry)) : fromJar(root, entry);
				if (found.isPresent()) {
					return found;
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("testgov could not read " + entry + " from " + root, e);
			}
		}
		return Optional.empty();
	}

	private static Optional<byte[]> fromDirectory(Path file) throws IOException {
		return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
	}

	private Optional<byte[]> fromJar(Path root, String entry) throws IOException {
		if (!Files.isRegularFile(root)) {
			return Optional.empty();
		}
		ZipFile jar = jars.get(root);
		if (jar == null) {
			jar = new ZipFile(root.toFile());
			jars.put(root, jar);
		}
		ZipEntry found = jar.getEntry(entry);
		if (found == null) {
			return Optional.empty();
		}
		try (InputStream in = jar.getInputStream(found)) {
			return Optional.of(in.readAllBytes());
		}
	}

	@Override
	public void close() throws IOException {
		for (ZipFile jar : jars.values()) {
			jar.close();
		}
		jars.clear();
	}
}
