package dev.testgov.junit.internal;

import java.util.Map;
import java.util.Optional;

/** Environments made of maps, so tests never read or mutate the real process environment. */
public final class StubEnvironment {

	private StubEnvironment() {
	}

	/** Configuration parameters (system properties) and environment variables. */
	public static Environment of(Map<String, String> parameters, Map<String, String> variables) {
		return Environment.of(key -> Optional.ofNullable(parameters.get(key)),
			name -> Optional.ofNullable(variables.get(name)));
	}

	/** Configuration parameters only; no environment variable is set. */
	public static Environment parameters(Map<String, String> parameters) {
		return of(parameters, Map.of());
	}
}
