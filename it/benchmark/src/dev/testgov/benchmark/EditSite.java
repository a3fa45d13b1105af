package dev.testgov.benchmark;

/**
 * A place an edit of one kind can be made: replace {@code find} (which occurs exactly once in the file) with
 * {@code replace}. Whoever depends on {@code node} is the oracle for the edit.
 */
record EditSite(String kind, Node node, String file, String find, String replace, String description) {

	static final String BODY_BREAK = "body-break";
	static final String REFACTOR = "refactor";
	static final String CONSTANT = "constant";
	static final String STATIC_INIT = "static-init";
	static final String OVERRIDE = "override-added";
	static final String MAIN_RESOURCE = "resource-main";
	static final String TEST_RESOURCE = "resource-test";

	/** Edits that leave every result as it was: no test may fail. */
	boolean preservesBehaviour() {
		return kind.equals(REFACTOR);
	}
}
