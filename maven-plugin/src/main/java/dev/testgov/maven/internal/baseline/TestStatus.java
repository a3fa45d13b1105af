package dev.testgov.maven.internal.baseline;

/**
 * What happened to a test, in Surefire's vocabulary, plus {@code DESELECTED}: a test the baseline knows that
 * this run's filters (gate set, categories, {@code -Dtest}) left out.
 */
public enum TestStatus {

	PASSED, FAILED, ERRORED, SKIPPED, ABORTED, DESELECTED;

	/** Whether the test ran: passed, failed or errored. */
	public boolean executed() {
		return this == PASSED || this == FAILED || this == ERRORED;
	}

	/** Whether the test was discovered but did not run: skipped, or aborted by an assumption. */
	public boolean skipped() {
		return this == SKIPPED || this == ABORTED;
	}
}
