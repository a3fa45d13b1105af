package dev.testgov.junit.internal.record.hook;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reads of the scope current now: which paths count, the queue shared by the whole recording, and the
 * set that keeps each read once per scope (a test that opens a file a thousand times reads it once).
 */
final class ReadScope {

	private static final String CLASS_FILE = ".class";

	private final String root;
	private final String excluded;
	private final Queue<Read> reads;
	private final String id;
	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	ReadScope(String root, String excluded, Queue<Read> reads, String id) {
		this.root = root;
		this.excluded = excluded;
		this.reads = reads;
		this.id = id;
	}

	ReadScope next(String scopeId) {
		return new ReadScope(root, excluded, reads, scopeId);
	}

	void file(Path path) {
		String location = path.toAbsolutePath().normalize().toString();
		if (accepts(location)) {
			add(FileReads.FILE, location, "");
		}
	}

	void resource(String name, Path file, URL url) {
		if (!name.endsWith(CLASS_FILE) && accepts(file.toAbsolutePath().normalize().toString())) {
			add(FileReads.RESOURCE, url.toExternalForm(), name);
		}
	}

	/** A lookup that found nothing: the name is all there is to record, wherever the project lives. */
	void missingResource(String name) {
		if (!name.endsWith(CLASS_FILE)) {
			add(FileReads.MISSING_RESOURCE, name, name);
		}
	}

	List<Read> drain() {
		List<Read> drained = new ArrayList<>();
		for (Read read = reads.poll(); read != null; read = reads.poll()) {
			drained.add(read);
		}
		return drained;
	}

	private boolean accepts(String path) {
		return !path.endsWith(CLASS_FILE) && within(path, root) && (excluded == null || !within(path, excluded));
	}

	private static boolean within(String path, String directory) {
		if (!path.startsWith(directory)) {
			return false;
		}
		return path.length() == directory.length() || directory.endsWith(File.separator)
				|| path.charAt(directory.length()) == File.separatorChar;
	}

	/** String concatenation by hand: an invokedynamic call site here would be linked inside a JDK file open. */
	private void add(String kind, String location, String resource) {
		String key = new StringBuilder(kind).append('\n').append(location).append('\n').append(resource).toString();
		if (seen.add(key)) {
			reads.add(new Read(id, kind, location, resource));
		}
	}
}
