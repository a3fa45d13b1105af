package dev.testgov.maven.internal.analysis;

import java.nio.file.Path;
import java.util.List;

import dev.testgov.maven.internal.store.Store;

/**
 * What a merge did.
 *
 * @param recorded tests of this run now in the store
 * @param forkAttributed of those, tests that depend on their whole fork
 * @param kept tests from the previous store that did not run and stay
 * @param stale tests in the store that must run next time because nothing valid is known about them
 * @param dropped tests from the previous store whose test class no longer exists
 * @param warnings lines to log as warnings: an absent previous store, damaged recordings, unrecorded tests
 */
public record MergeReport(Path storeFile, Store store, int recorded, int forkAttributed, int kept, int stale,
		int dropped, List<String> warnings) {

	public MergeReport {
		warnings = List.copyOf(warnings);
	}

	/** The INFO line: {@code testgov: recorded 12 tests (0 attributed by fork), kept 80, 2 stale, ...}. */
	public String summary() {
		return String.format(AnalysisMessages.SUMMARY, recorded, forkAttributed, kept, stale, dropped, storeFile,
			store.tests().size());
	}
}
