package dev.testgov.maven.internal.selection;

/** The words of selection: reasons, the summary line and the explanation lines. ITs assert them verbatim. */
final class SelectionMessages {

	static final String NO_STORE = "no dependency store yet (%s): every test runs and is recorded";
	static final String INPUTS_CHANGED = "build inputs changed (%s): every test of the module runs";
	static final String STALE = "not fully recorded last time";
	static final String NOT_PASSED = "%s last time";
	static final String EXTERNAL = "read files outside the project, which testgov cannot track";

	/** {@code testgov: selected 12 of 4,310 tests (...); estimated 4.2 s of 312 s}. */
	static final String SUMMARY = "testgov: selected %,d of %,d tests%s; estimated %s of %s";
	static final String EVERYTHING = "testgov: selected all %,d recorded tests: %s";
	static final String NOTHING_TO_RUN = "testgov: nothing to run in %s: no recorded test is affected and no test class is new";
	static final String EXPLAIN = "testgov:   %s <- %s";
	static final String NEW_TESTS = "testgov: test classes not in the store run in full: %s";

	private SelectionMessages() {
	}
}
