package dev.testgov.junit.internal.record;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new raw file, {@code raw-<pid>-<sequence>.tgr}: one per launcher session, so Surefire's forks (any
 * {@code forkCount}, reused or not) and repeated sessions in one fork never share or overwrite a file. The
 * sequence counts per JVM; a name left over from an earlier JVM with the same pid is skipped, not replaced.
 */
record RawFile(Path path, RawRecords.Writer writer) {

	static final String PREFIX = "raw-";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	static RawFile createIn(Path directory) throws IOException {
		Files.createDirectories(directory);
		long pid = ProcessHandle.current().pid();
		while (true) {
			Path path = directory.resolve(PREFIX + pid + "-" + SEQUENCE.incrementAndGet() + RawRecords.SUFFIX);
			try {
				return new RawFile(path, RawRecords.create(path));
			}
			catch (FileAlreadyExistsException taken) {
				// an earlier JVM with this pid wrote it: take the next number
			}
		}
	}
}
