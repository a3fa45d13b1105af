package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.testgov.maven.internal.fingerprint.Digest;
import dev.testgov.maven.internal.store.FileKey;
import dev.testgov.maven.internal.store.Store;

/**
 * The current hash of a tracked file: the SHA-256 of its content, of a directory's sorted names (a test
 * that lists a directory depends on what is in it), {@link Store#ABSENT_FILE} for a file that does not exist,
 * or {@link #UNREADABLE}. Cached: a merge hashes each file once.
 */
final class FileHashes {

	static final String UNREADABLE = "unreadable";

	private final Places places;
	private final ClassLocator locator;
	private final Map<FileKey, String> hashes = new HashMap<>();

	FileHashes(Places places, ClassLocator locator) {
		this.places = places;
		this.locator = locator;
	}

	String hash(FileKey key) {
		return hashes.computeIfAbsent(key, this::compute);
	}

	private String compute(FileKey key) {
		if (key.classpathLookup()) {
			return lookup(key.path());
		}
		if (key.inReactor()) {
			int separator = key.path().indexOf("!/");
			if (separator < 0) {
				return path(places.reactorRoot().resolve(key.path()));
			}
			ClassSource jar = new ClassSource("", places.reactorRoot().resolve(key.path().substring(0, separator)));
			return entry(jar, key.path().substring(separator + 2));
		}
		return places.dependency(key.origin())
			.map(source -> key.path().isEmpty() ? path(source.location()) : entry(source, key.path()))
			.orElse(Store.ABSENT_FILE);
	}

	/**
	 * Every copy of a resource in the class sources, with where it is: a copy appearing anywhere (shadowing
	 * the one a test found, or where there was none) changes the hash. {@link Store#ABSENT_FILE} when none.
	 */
	private String lookup(String name) {
		StringBuilder copies = new StringBuilder();
		for (ClassSource source : locator.sources()) {
			byte[] bytes = locator.read(source, name);
			if (bytes != null) {
				copies.append(source.origin()).append('=').append(Digest.sha256(bytes)).append('\n');
			}
		}
		return copies.length() == 0 ? Store.ABSENT_FILE : Digest.sha256(copies.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String entry(ClassSource source, String entry) {
		byte[] bytes = locator.read(source, entry);
		return bytes == null ? Store.ABSENT_FILE : Digest.sha256(bytes);
	}

	private static String path(Path file) {
		try {
			if (Files.isDirectory(file)) {
				try (Stream<Path> children = Files.list(file)) {
					String names = String.join("\n", children.map(child -> child.getFileName()
						+ (Files.isDirectory(child) ? "/" : "")).sorted().toList());
					return Digest.sha256(names.getBytes(StandardCharsets.UTF_8));
				}
			}
			return Files.isRegularFile(file) ? Digest.sha256(file) : Store.ABSENT_FILE;
		}
		catch (IOException e) {
			return UNREADABLE;
		}
	}
}
