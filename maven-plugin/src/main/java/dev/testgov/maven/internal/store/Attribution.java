package dev.testgov.maven.internal.store;

import java.util.Locale;

/** How a test's dependencies were established; written in lower case in the store. */
public enum Attribution {

	/** From the test's own coverage and files, plus those of its containers and of the fork's start. */
	PRECISE,
	/** Tests ran concurrently in their JVM: the test depends on everything its JVM executed and read. */
	FORK,
	/**
	 * What the test depended on changed since it last ran, while it did not run (a partial run), or it ran
	 * under a container that failed: nothing is known, so it must run.
	 */
	STALE;

	public String text() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Attribution parse(String text) {
		return valueOf(text.toUpperCase(Locale.ROOT));
	}
}
