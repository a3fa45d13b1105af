package dev.testgov.maven.internal.audit;

/**
 * A test, or a whole test class, that uses Docker, the environment or the network without a gate that
 * accepts it.
 *
 * @param subject {@code com.acme.RepoTest#saves}, or {@code com.acme.RepoTest} for a use in class set-up
 */
record Finding(String subject, boolean classLevel, Evidence evidence) {

	Usage usage() {
		return evidence.usage();
	}

	/** {@code com.acme.RepoTest#saves uses Testcontainers (new org/testcontainers/...) without @RequiresDocker}. */
	String message() {
		return String.format(classLevel ? AuditMessages.CLASS_FINDING : AuditMessages.FINDING, subject, evidence.phrase(),
			evidence.text(), evidence.usage().acceptedGates());
	}
}
