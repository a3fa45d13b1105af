package dev.testgov.junit.internal.services;

/** The wording of the facts that make a service unavailable; the integration tests assert it verbatim. */
final class MissingItems {

	private MissingItems() {
	}

	/** {@code environment variable or system property [PGPASSWORD] is not set}, or {@code ... is blank}. */
	static String variable(String name, boolean blank) {
		return "environment variable or system property [" + name + "] is " + (blank ? "blank" : "not set");
	}

	/** {@code TCP [localhost:5432] refused the connection}. */
	static String refused(String subject) {
		return subject + " refused the connection";
	}

	/** {@code TCP [db:5432] did not answer within [2000 ms]}. */
	static String timedOut(String subject, String timeout) {
		return subject + " did not answer within [" + timeout + "]";
	}

	/** {@code TCP [db:5432] is not reachable: unknown host [db]}. */
	static String unknownHost(String subject, String host) {
		return subject + " is not reachable: unknown host [" + host + "]";
	}

	/** {@code TCP [db:5432] is not reachable (NoRouteToHostException: No route to host)}. */
	static String unreachable(String subject, String exception, String message) {
		return subject + " is not reachable (" + exception + ": " + message + ")";
	}

	/** {@code HTTP [http://x/health] answered [503], expected [200]}. */
	static String wrongStatus(String subject, int status, String expected) {
		return subject + " answered [" + status + "], expected [" + expected + "]";
	}

	/** {@code HTTP [http://x/health] did not answer with HTTP}. */
	static String notHttp(String subject) {
		return subject + " did not answer with HTTP";
	}

	/** A custom probe's fact, after its label: {@code schema: table [orders] is missing}. */
	static String custom(String label, String fact) {
		return label + ": " + fact;
	}
}
