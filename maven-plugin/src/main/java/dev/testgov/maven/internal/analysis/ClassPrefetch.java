package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Analyses a module's classes on a background thread while its tests run, so that {@code testgov:collect}
 * finds their fingerprints, probe maps and code links in {@link ClassAnalyzer}'s cache instead of computing
 * them after the tests, on the build's critical path. Maven's JVM idles while Surefire's fork runs. The cache
 * is keyed by the bytes' CRC-64, so an analysis made early is the analysis the merge would make: nothing the
 * prefetch does can change a result, and any failure leaves the work to the merge. Stopped when the merge
 * begins, so it never competes with the next module's tests.
 */
public final class ClassPrefetch {

	static final String THREAD_NAME = "testgov-prefetch";
	private static final String CLASS_SUFFIX = ".class";

	private final List<Path> directories;
	private final AtomicBoolean stopped = new AtomicBoolean();
	private final Thread thread;
	private volatile int analysed;

	private ClassPrefetch(List<Path> directories) {
		this.directories = List.copyOf(directories);
		this.thread = new Thread(this::run, THREAD_NAME);
		thread.setDaemon(true);
	}

	/** @param directories class directories whose classes the tests are expected to run */
	public static ClassPrefetch start(List<Path> directories) {
		ClassPrefetch prefetch = new ClassPrefetch(directories);
		prefetch.thread.start();
		return prefetch;
	}

	/** Stops after the class in hand; what is analysed stays cached. */
	public void stop() {
		stopped.set(true);
	}

	/** A prefetch not yet started; for tests, which {@link #run()} it on their own thread. */
	static ClassPrefetch unstarted(List<Path> directories) {
		return new ClassPrefetch(directories);
	}

	/** Waits for the thread to end; for tests. @return how many classes it analysed */
	int awaitAnalysed() throws InterruptedException {
		thread.join();
		return analysed;
	}

	int analysed() {
		return analysed;
	}

	void run() {
		ClassAnalyzer analyzer = new ClassAnalyzer();
		for (Path directory : directories) {
			for (Path file : classFiles(directory)) {
				if (stopped.get()) {
					return;
				}
				try {
					ClassAnalyzer.Analysis analysis = analyzer.analyze(className(directory, file), Files.readAllBytes(file));
					analysis.probes();
					analysis.links();
					analysed++;
				}
				catch (IOException | RuntimeException | LinkageError leftToTheMerge) {
					// the merge analyses the class itself and reports what it cannot read
				}
			}
		}
	}

	private static List<Path> classFiles(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(CLASS_SUFFIX) && Files.isRegularFile(file))
				.collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
		}
		catch (IOException | UncheckedIOException unreadable) {
			return List.of();
		}
	}

	private static String className(Path directory, Path file) {
		String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
		return relative.substring(0, relative.length() - CLASS_SUFFIX.length());
	}
}
