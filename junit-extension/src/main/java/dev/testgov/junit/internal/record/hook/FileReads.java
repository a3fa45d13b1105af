package dev.testgov.junit.internal.record.hook;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Files and classpath resources read while tests run, each stamped with the scope that was current.
 *
 * <p>The agent's advice calls the {@code open...} and {@code resolved...} entry points on every file opened
 * and every resource looked up in the JVM, so they return at once unless the recorder has
 * {@linkplain #start started} a recording; a thread-local guard keeps the hook's own work (resolving a path
 * may open files) from re-entering it. Only reads under the recording's root count, never {@code .class}
 * files or the excluded directory (the recorder's own output), and each one is kept once per scope. Like
 * JaCoCo's probes, a read made by any thread lands on the scope current at that moment.
 */
public final class FileReads {

	/**
	 * Set by the agent: {@link #AGENT_INSTALLED} once its advice is in place, else why it failed. Tells a
	 * missing agent from a failed one, and both from a hook the recorder cannot see.
	 */
	public static final String AGENT_PROPERTY = "testgov.record.agent";
	public static final String AGENT_INSTALLED = "installed";
	/** Kind of a read: a file opened for reading; the location is its absolute, normalised path. */
	public static final String FILE = "file";
	/** Kind of a read: a classpath resource looked up by name; the location is the URL it resolved to. */
	public static final String RESOURCE = "resource";
	/**
	 * Kind of a read: a classpath resource looked up by name and not found (by one class loader of the
	 * delegation chain, at least); the location is the name. Creating the resource later can change what the
	 * test does, so the lookup is a dependency too.
	 */
	public static final String MISSING_RESOURCE = "missing-resource";

	/** An anonymous class, not {@code withInitial(lambda)}: the hook links no invokedynamic call site. */
	private static final ThreadLocal<boolean[]> BUSY = new ThreadLocal<boolean[]>() {

		@Override
		protected boolean[] initialValue() {
			return new boolean[1];
		}
	};

	private static volatile boolean installed;
	private static volatile ReadScope current;

	private FileReads() {
	}

	/** Called by the agent once its advice is in place. */
	public static void install() {
		installed = true;
	}

	/** Whether the agent reports here: false for the idle copy the recorder loads when no agent runs. */
	public static boolean isInstalled() {
		return installed;
	}

	/** Records reads under {@code root} but outside {@code excluded} (both absolute), stamped {@code scopeId}. */
	public static void start(String root, String excluded, String scopeId) {
		current = new ReadScope(root, excluded, new ConcurrentLinkedQueue<>(), scopeId);
	}

	/** Stamps the reads that follow with {@code scopeId}. */
	public static void enter(String scopeId) {
		ReadScope scope = current;
		if (scope != null) {
			current = scope.next(scopeId);
		}
	}

	/** Takes the reads recorded since the last call. */
	public static List<Read> drain() {
		ReadScope scope = current;
		return scope == null ? new ArrayList<>() : scope.drain();
	}

	/** Ends the recording and takes what it had not handed over yet. */
	public static List<Read> stop() {
		ReadScope scope = current;
		current = null;
		return scope == null ? new ArrayList<>() : scope.drain();
	}

	/**
	 * Woven into {@code FileInputStream(File)}: it opens {@code file}. Like every woven call it swallows what
	 * goes wrong, because a recording must never change what a test's file access does.
	 */
	public static void openedForReading(File file) {
		try {
			ReadScope scope = current;
			if (scope != null && file != null) {
				read(scope, file, null);
			}
		}
		catch (Throwable ignored) {
			// never disturb the JDK method it was woven into
		}
	}

	/** Woven into {@code RandomAccessFile(File, String)}: only a read-only open makes it an input. */
	public static void openedRandomAccess(File file, String mode) {
		try {
			ReadScope scope = current;
			if (scope != null && file != null && "r".equals(mode)) {
				read(scope, file, null);
			}
		}
		catch (Throwable ignored) {
			// never disturb the JDK method it was woven into
		}
	}

	/** Woven into the default file system's channel methods; a channel that may write is an output. */
	public static void openedChannel(Path path, Set<? extends OpenOption> options) {
		try {
			ReadScope scope = current;
			if (scope != null && path != null && (options == null
					|| !options.contains(StandardOpenOption.WRITE) && !options.contains(StandardOpenOption.APPEND))) {
				read(scope, null, path);
			}
		}
		catch (Throwable ignored) {
			// never disturb the JDK method it was woven into
		}
	}

	/** Woven into {@code ClassLoader.getResource(String)}: it returned {@code url} for {@code name}. */
	public static void resolvedResource(String name, URL url) {
		try {
			resolved(name, url);
		}
		catch (Throwable ignored) {
			// never disturb the JDK method it was woven into
		}
	}

	private static void resolved(String name, URL url) {
		ReadScope scope = current;
		if (scope == null || name == null) {
			return;
		}
		if (url == null) {
			scope.missingResource(name);
			return;
		}
		boolean[] busy = BUSY.get();
		if (busy[0]) {
			return;
		}
		busy[0] = true;
		try {
			Path file = fileOf(url);
			if (file != null) {
				scope.resource(name, file, url);
			}
		}
		catch (RuntimeException | URISyntaxException unusualUrl) {
			// a URL that names no file is no file dependency
		}
		finally {
			busy[0] = false;
		}
	}

	private static void read(ReadScope scope, File file, Path path) {
		boolean[] busy = BUSY.get();
		if (busy[0]) {
			return;
		}
		busy[0] = true;
		try {
			scope.file(path == null ? file.toPath() : path);
		}
		catch (RuntimeException unusualPath) {
			// a name no Path accepts: the opener fails on it or not, either way it names nothing to record
		}
		finally {
			busy[0] = false;
		}
	}

	/** The file behind a {@code file:} URL, or the archive behind a {@code jar:file:} URL; else null. */
	private static Path fileOf(URL url) throws URISyntaxException {
		String protocol = url.getProtocol();
		if ("file".equals(protocol)) {
			return Paths.get(url.toURI());
		}
		if ("jar".equals(protocol)) {
			String spec = url.getPath();
			int separator = spec.indexOf("!/");
			URI archive = separator < 0 ? null : new URI(spec.substring(0, separator));
			return archive != null && "file".equals(archive.getScheme()) ? Paths.get(archive) : null;
		}
		return null;
	}
}
