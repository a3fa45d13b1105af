package dev.testgov.maven.internal.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.testgov.maven.internal.store.ClassRecord;
import dev.testgov.maven.internal.store.FileKey;

/**
 * Today's classes and files, computed exactly as the merge computes them: what selection compares a store
 * with. A stored test is unaffected when, for each class it used, {@code stored.sameFor(used, current)} holds
 * for the {@link #classRecord(String) current record}, and each file it read has the same
 * {@link #fileHash(FileKey) hash}. A class that is not found has no current record (an unresolved class
 * never has one, and is judged by the build inputs instead).
 */
public final class CurrentState implements Closeable {

	private final ClassLocator locator;
	private final ClassRecords records;
	private final FileHashes files;

	/**
	 * @param sources the same class sources, in the same order, as the merge is given
	 * @param reactorRoot the directory stored file paths are relative to
	 */
	public CurrentState(List<ClassSource> sources, Path reactorRoot) {
		this.locator = new ClassLocator(sources);
		this.records = new ClassRecords(locator, ClassAnalyzer.forSelection());
		this.files = new FileHashes(new Places(reactorRoot, sources, null, null), locator);
	}

	/** The class as it is now (JVM name), fingerprinted; empty when no source holds it. */
	public Optional<ClassRecord> classRecord(String className) {
		return records.find(className);
	}

	/** The file's hash now, comparable with the store's: a SHA-256, or {@code absent}. */
	public String fileHash(FileKey key) {
		return files.hash(key);
	}

	@Override
	public void close() throws IOException {
		locator.close();
	}
}
