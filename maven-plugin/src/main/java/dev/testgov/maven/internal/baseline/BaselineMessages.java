package dev.testgov.maven.internal.baseline;

/**
 * Everything {@code testgov:baseline}, {@code testgov:check} and {@code testgov:aggregate} say to users. Invoker
 * ITs assert these lines verbatim, so the wording is a tested contract: change it here and in the ITs together.
 */
public final class BaselineMessages {

	/** The command that accepts drift; every message that reports drift ends with it. */
	public static final String RECORD_COMMAND = "mvn verify testgov:baseline";

	// Summaries, in Surefire's words and in the words suite guides use.
	public static final String SUREFIRE_LINE = "Tests run: %d, Failures: %d, Errors: %d, Skipped: %d";
	public static final String SUMMARY_LINE = "%d test%s in %d class%s: %s in %s";

	// The console block.
	public static final String RUN = "testgov: %s";
	public static final String GATED = "testgov: Gated: %d (%s)";
	public static final String SKIP_GROUP = "testgov: %s [%d] %s";
	public static final String DESELECTED = "testgov: Deselected: %d baseline test%s (%s)";
	public static final String VANISHED = "testgov: VANISHED %s";
	public static final String MOVED = "testgov: MOVED %s -> %s [%d test%s]";
	public static final String RENAMED = "testgov: RENAMED %s -> %s (same body)";
	public static final String NEW = "testgov: NEW %s";
	public static final String NEWLY_SKIPPED = "testgov: NEWLY SKIPPED [%d] %s";
	public static final String NEWLY_RUNNING = "testgov: NEWLY RUNNING [%d] %s";
	public static final String WAS = "testgov:   %s (was %s)";
	public static final String WAS_DESELECTED = "deselected in the baseline";
	public static final String COLLAPSE = "testgov: COLLAPSE %d tests ran, %d expected from the baseline (a drop of"
			+ " more than %d%% counts as a collapse)";
	public static final String COLLAPSE_SHORT = "a collapse (%d of %d tests ran)";
	public static final String DOCKER_CHANGED = "testgov: Docker is %s now; it was %s when the baseline was recorded";
	public static final String JAVA_CHANGED = "testgov: Java %s now; the baseline was recorded on Java %s";
	public static final String SLOW_NEW = "testgov: SLOW %s took %s (new; slow from %s)";
	public static final String SLOWER = "testgov: SLOW %s took %s, was %s";
	public static final String MORE = "testgov:   ... and %d more; see %s";
	public static final String NOTE = "testgov: note: %s";

	// Outcomes of a check.
	public static final String NO_DRIFT = "testgov: no drift from baseline [%s]: %s";
	public static final String DRIFT = "testgov: drift from baseline [%s]: %s; report [%s]; to accept it, run "
			+ RECORD_COMMAND + " and commit %s";
	public static final String CHECK_FAILED = "testgov: the tests drifted from baseline [%s]: %s; see the lines above"
			+ " and [%s]. If the change is intended, run " + RECORD_COMMAND + " and commit %s; to report such drift"
			+ " without failing, leave it out of testgov.check.failOn";
	public static final String TESTS_SKIPPED_HINT = " (tests were skipped with %s; add -Dtestgov.skip=true when you"
			+ " mean to skip testgov too)";
	public static final String NO_BASELINE = "testgov: no baseline at [%s] to check %s against; record it with "
			+ RECORD_COMMAND + " and commit it";
	public static final String RECORDING = "testgov: this build records a new baseline (%s); the check steps aside";
	public static final String NOTHING_TO_CHECK = "testgov: no outcome files in [%s] and no baseline at [%s];"
			+ " nothing to check";

	// Recording a baseline.
	public static final String RECORDED = "testgov: recorded baseline [%s]: %s; commit it";
	public static final String RECORDED_ACCEPTING = "testgov: recorded baseline [%s]: %s; it accepts %s; commit it";
	public static final String UP_TO_DATE = "testgov: baseline [%s] is up to date: %s";
	public static final String NOTHING_TO_RECORD = "testgov: no outcome files in [%s]; nothing to record";
	public static final String NO_RUN_TO_RECORD = "testgov: no outcome files in [%s], so no test ran to record;"
			+ " run the tests in the same build: " + RECORD_COMMAND + " (to drop the baseline, delete %s)";

	// A report on its own.
	public static final String REPORT = "testgov: report [%s]: %s";
	public static final String NOTHING_TO_REPORT = "testgov: no outcome files in [%s] and no baseline; nothing to report";

	// The reactor.
	public static final String AGGREGATE = "testgov: %d module%s with tests: %s";
	public static final String AGGREGATE_MODULE = "testgov:   %s: %s; %s";
	public static final String AGGREGATE_REPORT = "testgov: aggregate report [%s]";
	public static final String NO_BASELINE_SHORT = "no baseline";
	public static final String NO_DRIFT_SHORT = "no drift";

	// Why a baseline test is deselected.
	public static final String BY_TEST = "test selection [%s]";
	public static final String BY_GROUPS = "groups %s";
	public static final String BY_EXCLUDED_GROUPS = "excludedGroups %s";
	public static final String BY_CATEGORIES = "testgov.categories [%s]";

	// Notes on the outcome files.
	public static final String SEVERAL_RUNS = "the outcome files come from more than one run (%d tests appear more"
			+ " than once); the newest result of each counts; run mvn clean verify for a clean comparison";

	// Faults.
	public static final String UNSUPPORTED_OUTCOMES = "testgov: outcome file [%s] has format [%s] version [%d]; this"
			+ " plugin reads %s version %d; use the same testgov version for testgov-junit and testgov-maven-plugin";
	public static final String UNSUPPORTED_BASELINE = "testgov: baseline [%s] has format [%s] version [%d]; this"
			+ " plugin reads %s version %d; re-record it with " + RECORD_COMMAND;
	public static final String UNKNOWN_KIND = "testgov: testgov.check.failOn=[%s] names an unknown drift [%s];"
			+ " use a comma-separated list of %s, or all, or none";
	public static final String BAD_THRESHOLD = "testgov: %s=[%s] is out of range; use %s";
	public static final String BAD_SELECTION = "testgov: cannot tell which baseline tests this run deselected: %s;"
			+ " fix groups, excludedGroups or testgov.categories";
	public static final String READ_FAILURE = "testgov: could not read [%s]: %s; run mvn clean verify and try again";
	public static final String WRITE_FAILURE = "testgov: could not write [%s]: %s; check that the directory is writable";

	private BaselineMessages() {
	}
}
