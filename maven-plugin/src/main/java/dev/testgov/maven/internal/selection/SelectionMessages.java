package dev.testgov.maven.internal.selection;

/** The words of selection: reasons, the summary line and the explanation lines. ITs assert them verbatim. */
final class SelectionMessages {

	static final String NO_STORE = "no dependency store yet; this run records one";
	static final String UNUSABLE_STORE = "the dependency store cannot be used (see the warning above); this run records a new one";
	static final String INPUTS_CHANGED = "build inputs changed since the recorded run: %s";
	/** A stale test: it did not run after a change it depends on (a narrowed run), or its data was incomplete. */
	static final String STALE = "stale: not run since a change it depends on, or not fully recorded last time";
	static final String NOT_PASSED = "%s last time";
	static final String EXTERNAL = "read files outside the project, which testgov cannot track";

	/** {@code testgov: selected 12 of 4,310 tests (...); estimated 4.2 s of 312 s}. */
	static final String SUMMARY = "testgov: selected %,d of %,d tests%s; estimated %s of %s";
	static final String EVERYTHING = "testgov: running every test: %s";
	static final String NOTHING_TO_RUN = "nothing to run in %s, so its test JVM is not started";
	/** Affected tests only Failsafe runs, in a phase the build does not reach. */
	static final String ONLY_FAILSAFE = "%,d of them only Failsafe runs, which this build does not reach";
	static final String EXPLAIN = "testgov:   %s <- %s";
	static final String ANALYSIS = "testgov: change detection and selection took %d ms";
	static final String NEW_TESTS = "testgov: test classes not in the store run in full: %s";

	private SelectionMessages() {
	}
}
