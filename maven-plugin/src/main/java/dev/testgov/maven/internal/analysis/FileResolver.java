package dev.testgov.maven.internal.analysis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.hook.FileReads;
import dev.testgov.maven.internal.store.FileKey;

/**
 * Maps the files and resources a test JVM read to relocatable {@link FileKey}s:
 * <ul>
 * <li>inside the reactor root: the path relative to it (a jar entry there: {@code lib/x.jar!/a.txt});</li>
 * <li>a dependency's jar, or an entry in it: the dependency's coordinates and the entry (its content is
 * also covered by the jar's SHA-256 in the build inputs);</li>
 * <li>the JDK ({@code java.home}, {@code jrt:}) and {@code /dev}, {@code /proc}, {@code /sys}: ignored — the
 * JDK is a build input the caller names in the configuration, pseudo-files are not content;</li>
 * <li>under the temporary directory and gone by the time of the merge: ignored, a test's own scratch file
 * (JUnit's {@code @TempDir}, {@code Files.createTempFile});</li>
 * <li>a resource looked up by name and not found: a {@linkplain FileKey#classpathLookup classpath lookup},
 * which changes when a copy of the resource appears on the classpath;</li>
 * <li>anything else ({@code ~/.config}, a URL, another machine's path): external. It cannot be stored
 * without an absolute path or compared on another machine, so the test runs every time.</li>
 * </ul>
 */
final class FileResolver {

	private static final List<Path> PSEUDO_FILES = List.of(Path.of("/dev"), Path.of("/proc"), Path.of("/sys"));
	private static final String JAR_SEPARATOR = "!/";

	private final Places places;

	FileResolver(Places places) {
		this.places = places;
	}

	FileUse resolve(FileRead read) {
		try {
			if (FileReads.MISSING_RESOURCE.equals(read.kind())) {
				return read.location().isEmpty() ? FileUse.EXTERNAL : FileUse.tracked(FileKey.classpathLookup(read.location()));
			}
			if (!FileReads.RESOURCE.equals(read.kind())) {
				return path(Path.of(read.location()));
			}
			String location = read.location();
			if (location.startsWith("jrt:")) {
				return FileUse.IGNORED;
			}
			if (location.startsWith("jar:")) {
				return jarEntry(location.substring("jar:".length()));
			}
			return location.startsWith("file:") ? path(Path.of(URI.create(location))) : FileUse.EXTERNAL;
		}
		catch (RuntimeException e) {
			return FileUse.EXTERNAL;
		}
	}

	private FileUse path(Path path) {
		if (!path.isAbsolute()) {
			return FileUse.EXTERNAL;
		}
		Path file = path.normalize();
		if (places.inJavaHome(file) || PSEUDO_FILES.stream().anyMatch(file::startsWith)) {
			return FileUse.IGNORED;
		}
		String relative = places.relativeToReactor(file);
		if (relative != null) {
			return FileUse.tracked(FileKey.reactor(relative));
		}
		FileKey dependency = places.inDependency(file, "");
		if (dependency != null) {
			return FileUse.tracked(dependency);
		}
		return places.goneTemporaryFile(file) ? FileUse.IGNORED : FileUse.EXTERNAL;
	}

	private FileUse jarEntry(String url) {
		int separator = url.indexOf(JAR_SEPARATOR);
		if (separator < 0 || !url.startsWith("file:")) {
			return FileUse.EXTERNAL;
		}
		String entry = decode(url.substring(separator + JAR_SEPARATOR.length()));
		if (entry.contains(JAR_SEPARATOR) || entry.isEmpty()) {
			return FileUse.EXTERNAL; // a jar nested in a jar (Spring Boot), or the jar's root
		}
		Path jar = Path.of(URI.create(url.substring(0, separator))).normalize();
		if (places.inJavaHome(jar)) {
			return FileUse.IGNORED;
		}
		FileKey dependency = places.inDependency(jar, entry);
		if (dependency != null) {
			return FileUse.tracked(dependency);
		}
		String relative = places.relativeToReactor(jar);
		return relative == null ? FileUse.EXTERNAL : FileUse.tracked(FileKey.reactor(relative + JAR_SEPARATOR + entry));
	}

	private static String decode(String entry) {
		return URLDecoder.decode(entry.replace("+", "%2B"), StandardCharsets.UTF_8);
	}
}
