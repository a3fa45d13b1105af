package dev.testgov.maven.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.testgov.maven.internal.fingerprint.Digest;

/**
 * What a module's tests ran with besides code and files: the effective test dependencies, each with the
 * SHA-256 of its file, and hashes of the configuration that shapes the test JVM. Values are hashed so that
 * a secret in, say, an {@code argLine} never reaches the store.
 *
 * @param dependencies {@code groupId:artifactId:type:classifier:version} to a SHA-256, or {@link #REACTOR}
 *     for a reactor module resolved to its class directory (its classes are tracked one by one instead), or
 *     {@link #ABSENT}
 * @param configuration a key chosen by the caller ({@code surefire.argLine}, {@code java.version}) to the
 *     short hash of its value
 */
public record BuildInputs(SortedMap<String, String> dependencies, SortedMap<String, String> configuration) {

	public static final String REACTOR = "reactor";
	/** Jar hashes by path, size and modification time: each module of a reactor names the same jars. */
	private static final Map<String, String> HASHES = new java.util.concurrent.ConcurrentHashMap<>();
	public static final String ABSENT = "absent";

	public BuildInputs {
		dependencies = Sorted.copyOf(dependencies);
		configuration = Sorted.copyOf(configuration);
	}

	public static BuildInputs none() {
		return new BuildInputs(new TreeMap<>(), new TreeMap<>());
	}

	/**
	 * Hashes dependency files and configuration values.
	 *
	 * @param dependencyFiles coordinates to the resolved file; a directory means a reactor module
	 * @param configuration keys to values as they are; only their hashes are kept
	 */
	public static BuildInputs of(Map<String, Path> dependencyFiles, Map<String, String> configuration) throws IOException {
		SortedMap<String, String> dependencies = new TreeMap<>();
		for (Map.Entry<String, Path> dependency : dependencyFiles.entrySet()) {
			dependencies.put(dependency.getKey(), hash(dependency.getValue()));
		}
		SortedMap<String, String> hashed = new TreeMap<>();
		configuration.forEach((key, value) -> hashed.put(key, Digest.shortHash(value)));
		return new BuildInputs(dependencies, hashed);
	}

	/** What differs from {@code previous}, one line each; empty when nothing does. */
	public List<String> changesSince(BuildInputs previous) {
		List<String> changes = new ArrayList<>();
		compare(StoreMessages.DEPENDENCY, previous.dependencies, dependencies, changes);
		compare(StoreMessages.CONFIGURATION, previous.configuration, configuration, changes);
		return changes;
	}

	private static void compare(String kind, Map<String, String> before, Map<String, String> after, List<String> changes) {
		TreeSet<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			if (!before.containsKey(key)) {
				changes.add(String.format(StoreMessages.INPUT_ADDED, kind, key));
			}
			else if (!after.containsKey(key)) {
				changes.add(String.format(StoreMessages.INPUT_REMOVED, kind, key));
			}
			else if (!before.get(key).equals(after.get(key))) {
				changes.add(String.format(StoreMessages.INPUT_CHANGED, kind, key));
			}
		}
	}

	private static String hash(Path file) throws IOException {
		if (file == null || !Files.exists(file)) {
			return ABSENT;
		}
		if (Files.isDirectory(file)) {
			return REACTOR;
		}
		String key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
		String known = HASHES.get(key);
		if (known == null) {
			known = Digest.sha256(file);
			HASHES.put(key, known);
		}
		return known;
	}
}
