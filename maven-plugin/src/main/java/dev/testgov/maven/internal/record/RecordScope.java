package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.testgov.junit.internal.record.ClassPatterns;
import dev.testgov.maven.internal.fingerprint.Digest;
import dev.testgov.maven.internal.fingerprint.Fingerprints;

/**
 * Which classes the JaCoCo agent instruments while recording: by default every package of the reactor's
 * classes; {@code testgov.record.includes} and {@code testgov.record.excludes} (JaCoCo patterns) narrow it,
 * for instance to leave test classes uninstrumented, which saves time.
 *
 * <p>A project class outside the scope is invisible to recording: no test can name it as a dependency. So
 * that leaving it out never leaves out a test, a narrowed scope becomes part of the module's build inputs:
 * the patterns themselves, and per class directory on the module's test classpath a digest of the
 * fingerprints of its classes outside the scope. A change to any of them reruns every test of the module.
 * The default scope adds nothing, so stores recorded with it stay valid.
 */
public final class RecordScope {

	public static final String INCLUDES = "testgov.record.includes";
	public static final String EXCLUDES = "testgov.record.excludes";
	static final String UNRECORDED = "classes outside the recording in ";
	static final String NOT_A_PATTERN = "%s: [%s] is not a class name pattern: write JaCoCo patterns, class names with"
			+ " dots and the wildcards * and ?, separated by ':', e.g. com.acme.*:*Test";
	static final String EMPTY_PATTERN = "%s: [%s] has an empty pattern: separate class name patterns with a single ':',"
			+ " e.g. com.acme.*:org.example.*";
	static final String MATCHES_NOTHING = "testgov: %s [%s] leaves none of the project's classes to record, so no test"
			+ " records any code and a change to any class runs every test of the module; name the project's packages, e.g. %s";
	private static final Pattern VALID = Pattern.compile("[\\p{javaJavaIdentifierPart}.$*?-]+");
	/** Whole-class fingerprints by path, size and modification time: the modules of a reactor share directories. */
	private static final Map<String, String> FINGERPRINTS = new ConcurrentHashMap<>();

	private final String includes;
	private final String excludes;
	private final boolean narrowed;
	private final boolean userIncludes;
	private final ClassPatterns patterns;

	private RecordScope(String includes, String excludes, boolean userIncludes) {
		this.includes = includes;
		this.excludes = excludes;
		this.userIncludes = userIncludes;
		this.narrowed = userIncludes || !excludes.isEmpty();
		this.patterns = ClassPatterns.of(includes.isEmpty() ? "*" : includes, excludes);
	}

	/**
	 * The scope for a module.
	 *
	 * @param includes the user's includes; blank for the packages of every class in {@code classDirectories}
	 * @param excludes the user's excludes; blank for none
	 * @throws IllegalArgumentException naming the parameter and the value when a pattern is malformed
	 */
	public static RecordScope of(String includes, String excludes, Collection<Path> classDirectories) {
		String userIncludes = validated(INCLUDES, includes);
		String userExcludes = validated(EXCLUDES, excludes);
		String effective = userIncludes.isEmpty() ? ProjectPackages.includes(classDirectories) : userIncludes;
		return new RecordScope(effective, userExcludes, !userIncludes.isEmpty());
	}

	/** JaCoCo's {@code includes}. */
	public String includes() {
		return includes;
	}

	/** JaCoCo's {@code excludes}: testgov's own classes, then the user's. */
	public String excludes() {
		return excludes.isEmpty() ? ClassPatterns.TESTGOV_EXCLUDES : ClassPatterns.TESTGOV_EXCLUDES + ":" + excludes;
	}

	/** The user's excludes alone; empty when none. */
	String userExcludes() {
		return excludes;
	}

	/** Whether the user narrowed the scope; only then does it count among the build inputs. */
	public boolean narrowed() {
		return narrowed;
	}

	/** Whether the agent instruments a class, by binary name ({@code com.acme.Shop$Cart}). */
	public boolean records(String className) {
		return patterns.keeps(className.replace('.', '/'));
	}

	/**
	 * What the scope adds to the module's build inputs: nothing by default; when narrowed, the patterns and, per
	 * class directory with classes outside the scope, the digest of their fingerprints (debug information
	 * ignored), keyed by the directory relative to the reactor root.
	 *
	 * @param classpathDirectories the class directories on the module's test classpath
	 */
	public Map<String, String> inputs(List<Path> classpathDirectories, Path root) {
		Map<String, String> inputs = new LinkedHashMap<>();
		if (!narrowed) {
			return inputs;
		}
		inputs.put(INCLUDES, includes);
		inputs.put(EXCLUDES, excludes);
		for (Path directory : classpathDirectories) {
			SortedMap<String, String> outside = outside(directory);
			if (!outside.isEmpty()) {
				List<String> lines = new ArrayList<>();
				outside.forEach((name, fingerprint) -> lines.add(name + "=" + fingerprint));
				inputs.put(UNRECORDED + relative(root, directory), new Digest("unrecorded").texts(lines).shortHex());
			}
		}
		return inputs;
	}

	/** A warning when the scope records none of the classes in the directories: a mistake, most likely. */
	public Optional<String> emptyWarning(Collection<Path> classDirectories) {
		if (!narrowed || classDirectories.stream().flatMap(directory -> classNames(directory).keySet().stream())
			.anyMatch(this::records)) {
			return Optional.empty();
		}
		return Optional.of(String.format(MATCHES_NOTHING, userIncludes ? INCLUDES : EXCLUDES, userIncludes ? includes : excludes,
			ProjectPackages.includes(classDirectories)));
	}

	private SortedMap<String, String> outside(Path directory) {
		SortedMap<String, String> outside = new TreeMap<>();
		classNames(directory).forEach((name, file) -> {
			if (!records(name)) {
				outside.put(name, fingerprint(file));
			}
		});
		return outside;
	}

	/** Binary names to class files; empty when the directory does not exist. */
	private static SortedMap<String, Path> classNames(Path directory) {
		SortedMap<String, Path> names = new TreeMap<>();
		if (!Files.isDirectory(directory)) {
			return names;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.filter(file -> file.getFileName().toString().endsWith(".class")).forEach(file -> {
				String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				names.put(relative.substring(0, relative.length() - ".class".length()), file);
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return names;
	}

	private static String fingerprint(Path file) {
		try {
			String key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
			String known = FINGERPRINTS.get(key);
			if (known == null) {
				byte[] bytes = Files.readAllBytes(file);
				try {
					known = Fingerprints.of(bytes).whole();
				}
				catch (IllegalArgumentException unreadable) {
					known = Digest.sha256(bytes);
				}
				FINGERPRINTS.put(key, known);
			}
			return known;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String relative(Path root, Path directory) {
		Path absolute = directory.toAbsolutePath().normalize();
		Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
		return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
	}

	private static String validated(String parameter, String patterns) {
		if (patterns == null || patterns.isBlank()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String pattern : patterns.split(":", -1)) {
			String trimmed = pattern.strip();
			if (trimmed.isEmpty()) {
				throw new IllegalArgumentException(String.format(EMPTY_PATTERN, parameter, patterns));
			}
			if (!VALID.matcher(trimmed).matches()) {
				throw new IllegalArgumentException(String.format(NOT_A_PATTERN, parameter, trimmed));
			}
			kept.add(trimmed);
		}
		return String.join(":", kept);
	}
}
