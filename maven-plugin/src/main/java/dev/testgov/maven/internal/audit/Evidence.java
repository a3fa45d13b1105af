package dev.testgov.maven.internal.audit;

/**
 * One use found in bytecode: what kind, the phrase the finding starts with ({@code uses Testcontainers}), the
 * detail ({@code new org/testcontainers/containers/GenericContainer}) and, when it is not in the test itself,
 * the method it is in ({@code com.acme.Keys#apiKey}).
 */
record Evidence(Usage usage, String phrase, String detail, String where) {

	Evidence(Usage usage, String phrase, String detail) {
		this(usage, phrase, detail, null);
	}

	/** The same evidence found in another method; the innermost method found first is kept. */
	Evidence in(String method) {
		return where != null ? this : new Evidence(usage, phrase, detail, method);
	}

	/** {@code new org/testcontainers/containers/GenericContainer in com.acme.Keys#apiKey}. */
	String text() {
		return where == null ? detail : detail + " in " + where;
	}
}
