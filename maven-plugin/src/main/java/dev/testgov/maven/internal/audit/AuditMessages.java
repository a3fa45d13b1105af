package dev.testgov.maven.internal.audit;

/**
 * Everything {@code testgov:audit} says to users. Invoker ITs assert these lines verbatim, so the wording is
 * a tested contract: change it here and in the ITs together.
 */
public final class AuditMessages {

	/** {@code com.acme.RepoTest#saves uses Testcontainers (new org/...) without @RequiresDocker}. */
	public static final String FINDING = "%s %s (%s) without %s";
	/** A use in class set-up ({@code @BeforeAll}, static fields): only a gate on the class helps. */
	public static final String CLASS_FINDING = "%s %s (%s) without %s on the class";
	public static final String WARNING = "testgov: %s";
	public static final String CLEAN = "testgov: audit scanned %d test classes and %d tests: every use of Docker,"
			+ " the environment or the network is gated";
	public static final String SUMMARY = "testgov: audit scanned %d test classes and %d tests and found %d ungated"
			+ " uses (%s)";
	public static final String WARN_ONLY = "%s; add the gates named above, or run with -Dtestgov.audit.fail=true"
			+ " to fail the build on them";
	public static final String FAILURE = "%s; add the gates named above, then run mvn test-compile testgov:audit"
			+ " again";
	public static final String NOTHING_TO_AUDIT = "testgov: audit found no test classes in [%s];"
			+ " run mvn test-compile testgov:audit";
	public static final String READ_FAILURE = "testgov: audit could not read the test classes in [%s]: %s;"
			+ " run mvn clean test-compile testgov:audit";

	private AuditMessages() {
	}
}
