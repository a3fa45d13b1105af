package dev.testgov.maven.internal.analysis;

/** What the merge says to users, and why a test that ran was not recorded. */
public final class AnalysisMessages {

	/** One INFO line after a merge. */
	public static final String SUMMARY = "testgov: recorded %d tests (%d attributed by fork), kept %d, %d stale,"
			+ " %d dropped; store [%s] holds %d tests";
	/** A previous store that could not be used at merge time: its path, the reason and the detail. */
	public static final String REPLACED = "testgov: dependency store [%s] could not be used (%s: %s); it is replaced by"
			+ " one with this run's tests only, and the other tests run next time";
	/** A raw file that ended early: its path and the reader's reason. */
	public static final String DAMAGED = "testgov: raw recording [%s] is damaged (%s); tests without complete data"
			+ " in it run again next time";
	/** Tests that ran but were not recorded: file, count, and the reasons with their counts. */
	public static final String UNRECORDED = "testgov: %2$d tests in [%1$s] were not recorded and run again next time: %3$s";
	/** Build inputs changed while some tests did not run: the changes, and how many tests became stale. */
	public static final String INPUTS_CHANGED = "testgov: build inputs changed since the store was written (%s);"
			+ " %d tests that did not run become stale and run next time";

	// Why a test that ran was not recorded.
	static final String NO_OUTCOME = "started but did not finish";
	static final String NO_AGENT = "its JVM recorded no coverage (mode [%s]: %s)";
	static final String FORK_INCOMPLETE = "its JVM recorded coverage per JVM (mode [fork]) and did not finish its recording";
	static final String MISSING_CONTAINER = "a container above it is not in the recording";
	static final String CONTAINER_UNFINISHED = "a container above it did not finish";
	static final String NO_COVERAGE = "passed with no coverage recorded";

	/** Attribution modes a raw recording may declare; any other means no usable coverage. */
	static final String FORK_MODE = "fork";
	static final String PRECISE_MODE = "precise";

	private AnalysisMessages() {
	}
}
