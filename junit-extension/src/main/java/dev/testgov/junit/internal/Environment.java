package dev.testgov.junit.internal;

import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where gates read their inputs: JUnit configuration parameters (which include system properties and
 * {@code junit-platform.properties}) and environment variables.
 *
 * <p>The seam that lets unit tests stub the environment instead of mutating the real one.
 */
public interface Environment {

	/** A JUnit configuration parameter or system property, blank values kept. */
	Optional<String> parameter(String key);

	/** An environment variable, blank values kept. */
	Optional<String> variable(String name);

	/** A value set either as a configuration parameter / system property or as an environment variable. */
	default Optional<String> parameterOrVariable(String name) {
		Optional<String> parameter = parameter(name);
		return parameter.isPresent() ? parameter : variable(name);
	}

	/** The environment of a running test: its configuration parameters and the process environment. */
	static Environment of(ExtensionContext context) {
		return of(context::getConfigurationParameter, name -> Optional.ofNullable(System.getenv(name)));
	}

	/** The JVM's own environment: system properties and the process environment. */
	static Environment system() {
		return of(key -> Optional.ofNullable(System.getProperty(key)), name -> Optional.ofNullable(System.getenv(name)));
	}

	/** An environment made of two lookups, for tests and adapters. */
	static Environment of(Function<String, Optional<String>> parameters, Function<String, Optional<String>> variables) {
		return new Environment() {
			@Override
			public Optional<String> parameter(String key) {
				return parameters.apply(key);
			}

			@Override
			public Optional<String> variable(String name) {
				return variables.apply(name);
			}
		};
	}
}
