package dev.testgov.maven.internal.analysis;

import dev.testgov.maven.internal.store.FileKey;

/**
 * What a file read means for the store: a tracked file, a read outside anything trackable ({@code external},
 * which makes the test run every time), or neither — an ignored read of the JDK, a system pseudo-file, or a
 * temporary file that is gone.
 */
record FileUse(FileKey key, boolean external) {

	static final FileUse IGNORED = new FileUse(null, false);
	static final FileUse EXTERNAL = new FileUse(null, true);

	static FileUse tracked(FileKey key) {
		return new FileUse(key, false);
	}
}
