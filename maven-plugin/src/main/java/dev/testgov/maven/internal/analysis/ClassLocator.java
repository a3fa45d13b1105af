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
			if (Files.isDirectory(source.location())) {
				Path file = source.location().resolve(entry);
				return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
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
