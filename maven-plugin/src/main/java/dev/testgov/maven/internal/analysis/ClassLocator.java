package dev.testgov.maven.internal.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jacoco.core.internal.data.CRC64;

/**
 * Finds class files by JVM name in {@link ClassSource}s, in classpath order: the first copy wins, as it
 * does for a class loader. Lookups are cached; jars stay open until {@link #close()}.
 */
public final class ClassLocator implements Closeable {

	private final List<ClassSource> sources;
	private final Map<String, Optional<LocatedClass>> found = new HashMap<>();
	private final Map<Path, ZipFile> jars = new HashMap<>();
	private final Map<Path, Boolean> directories = new HashMap<>();
	/** Which package directories exist in which directory source: most lookups miss most sources. */
	private final Map<Path, Boolean> packages = new HashMap<>();

	public ClassLocator(List<ClassSource> sources) {
		this.sources = List.copyOf(sources);
	}

	public List<ClassSource> sources() {
		return sources;
	}

	/** The first copy of a class on the classpath, as a class loader would load it. */
	public synchronized Optional<LocatedClass> find(String className) {
		return found.computeIfAbsent(className, name -> {
			for (ClassSource source : sources) {
				byte[] bytes = read(source, name + ".class");
				if (bytes != null) {
					return Optional.of(new LocatedClass(source.origin(), bytes, CRC64.classId(bytes)));
				}
			}
			return Optional.empty();
		});
	}

	/** The bytes of an entry of a source, or {@code null} when it holds no such entry. */
	synchronized byte[] read(ClassSource source, String entry) {
		try {
			if (directories.computeIfAbsent(source.location(), Files::isDirectory)) {
				return readFile(source.location(), entry);
			}
			ZipFile jar = jar(source.location());
			ZipEntry zipEntry = jar == null ? null : jar.getEntry(entry);
			if (zipEntry == null || zipEntry.isDirectory()) {
				return null;
			}
			try (InputStream in = jar.getInputStream(zipEntry)) {
				return in.readAllBytes();
			}
		}
		catch (IOException e) {
			// An unreadable jar or file holds nothing we can fingerprint: the class counts as not found,
			// which makes its tests depend on it as a whole or become stale, never the reverse.
			return null;
		}
	}

	/**
	 * Reads an entry of a class directory. A reactor has one or two class directories per module, and a class
	 * is in one of them: a directory whose package directory is missing is passed over without looking for
	 * the file, so a lookup costs about one file system call per source instead of two.
	 */
	private byte[] readFile(Path directory, String entry) {
		int slash = entry.lastIndexOf('/');
		if (slash > 0 && !packages.computeIfAbsent(directory.resolve(entry.substring(0, slash)), Files::isDirectory)) {
			return null;
		}
		try {
			return Files.readAllBytes(directory.resolve(entry));
		}
		catch (IOException notThere) {
			return null; // no such file, a directory, or unreadable: as in read(), the entry counts as not found
		}
	}

	private ZipFile jar(Path location) {
		return jars.computeIfAbsent(location, ClassLocator::open);
	}

	private static ZipFile open(Path location) {
		try {
			return Files.isRegularFile(location) ? new ZipFile(location.toFile()) : null;
		}
		catch (IOException e) {
			return null;
		}
	}

	@Override
	public synchronized void close() throws IOException {
		for (ZipFile jar : jars.values()) {
			if (jar != null) {
				jar.close();
			}
		}
		jars.clear();
	}
}
