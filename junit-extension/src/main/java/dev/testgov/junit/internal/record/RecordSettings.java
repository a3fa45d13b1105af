package dev.testgov.junit.internal.record;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.junit.platform.engine.ConfigurationParameters;

/**
 * What a fork records and where, from configuration parameters or system properties (the plugin passes
 * {@code -Dtestgov.record.directory} and {@code -Dtestgov.record.root} in {@code argLine}).
 *
 * @param directory where raw files go; absolute and normalised
 * @param root the directory whose files count as inputs (the reactor root); null to record no file reads
 * @param parallel whether JUnit Jupiter runs tests concurrently in this fork
 * @param restore whether the agent is the project's own, whose probes must be given back at the end
 * @param classes the classes whose coverage is kept: the project's, when the agent is the project's own and
 *     instruments everything, less the excludes ({@code testgov.record.includes}, {@code testgov.record.excludes})
 */
record RecordSettings(Path directory, Path root, boolean parallel, boolean restore, ClassPatterns classes) {

	static final String DIRECTORY_PARAMETER = "testgov.record.directory";
	static final String ROOT_PARAMETER = "testgov.record.root";
	static final String PARALLEL_PARAMETER = "junit.jupiter.execution.parallel.enabled";
	static final String RESTORE_PARAMETER = "testgov.record.restore";
	static final String INCLUDES_PARAMETER = "testgov.record.includes";
	static final String EXCLUDES_PARAMETER = "testgov.record.excludes";
	static final String INVALID_PATH = "configuration parameter [%s] is not a path: [%s]";

	/**
	 * @return empty when recording is off, the common case, which must cost nothing
	 * @throws IllegalArgumentException naming the parameter and value when a path is malformed
	 */
	static Optional<RecordSettings> of(ConfigurationParameters parameters) {
		Optional<Path> directory = path(parameters, DIRECTORY_PARAMETER);
		if (directory.isEmpty()) {
			return Optional.empty();
		}
		boolean parallel = parameters.getBoolean(PARALLEL_PARAMETER).orElse(false);
		boolean restore = parameters.getBoolean(RESTORE_PARAMETER).orElse(false);
		return Optional.of(new RecordSettings(directory.get(), path(parameters, ROOT_PARAMETER).orElse(null), parallel,
			restore, ClassPatterns.of(parameters.get(INCLUDES_PARAMETER).orElse(null),
				parameters.get(EXCLUDES_PARAMETER).orElse(null))));
	}

	private static Optional<Path> path(ConfigurationParameters parameters, String name) {
		Optional<String> value = parameters.get(name).map(String::trim).filter(text -> !text.isEmpty());
		try {
			return value.map(text -> Paths.get(text).toAbsolutePath().normalize());
		}
		catch (InvalidPathException e) {
			throw new IllegalArgumentException(String.format(INVALID_PATH, name, value.orElse("")), e);
		}
	}
}
