package dev.testgov.maven.internal.store;

import java.util.Comparator;
import java.util.Objects;

/**
 * A file a test read, independent of where the project lives: a path relative to the reactor root
 * ({@code origin} empty; {@code lib/x.jar!/a.txt} for an entry of a jar in the reactor), or an entry of a
 * dependency ({@code origin} the dependency's coordinates, {@code path} the entry; an empty path is the
 * dependency's file itself), or a classpath lookup by name ({@code origin} {@value #CLASSPATH}): a resource the
 * test asked for, found or not, whose copies on the test classpath it depends on.
 */
public record FileKey(String origin, String path) implements Comparable<FileKey> {

	private static final Comparator<FileKey> ORDER = Comparator.comparing(FileKey::origin).thenComparing(FileKey::path);

	public FileKey {
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(path, "path");
	}

	/** The origin of a {@linkplain #classpathLookup(String) classpath lookup}; coordinates always hold a colon. */
	public static final String CLASSPATH = "classpath";

	/** A file inside the reactor, by its path relative to the reactor root with {@code /} separators. */
	public static FileKey reactor(String relativePath) {
		return new FileKey("", relativePath);
	}

	/** A resource looked up by name: what depends on it is which copies the test classpath holds. */
	public static FileKey classpathLookup(String resourceName) {
		return new FileKey(CLASSPATH, resourceName);
	}

	public boolean inReactor() {
		return origin.isEmpty();
	}

	public boolean classpathLookup() {
		return CLASSPATH.equals(origin);
	}

	@Override
	public int compareTo(FileKey other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		if (classpathLookup()) {
			return CLASSPATH + ":" + path;
		}
		return inReactor() ? path : origin + "!/" + path;
	}
}
