package dev.testgov.maven.internal.store;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A module's dependency store in memory: the build inputs of the last recorded run, every recorded test,
 * and the classes and files those tests depend on with their fingerprints and hashes as of the last merge.
 * {@link StoreFormat} writes it, {@link StoreFile} keeps it on disk.
 *
 * @param files file keys to the SHA-256 of their content, {@link #ABSENT_FILE} for a file that did not
 *     exist, or a hash of the names in a directory
 */
public record Store(BuildInputs inputs, SortedMap<String, TestRecord> tests, SortedMap<String, ClassRecord> classes,
		SortedMap<FileKey, String> files) {

	public static final String ABSENT_FILE = "absent";

	public Store {
		tests = Sorted.copyOf(tests);
		classes = Sorted.copyOf(classes);
		files = Sorted.copyOf(files);
	}

	public static Store empty(BuildInputs inputs) {
		return new Store(inputs, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
	}
}
