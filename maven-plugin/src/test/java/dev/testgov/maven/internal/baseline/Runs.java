package dev.testgov.maven.internal.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The real runs under {@code src/test/resources/runs}: outcome files and baselines written by the invoker ITs. */
final class Runs {

	private Runs() {
	}

	static Path path(String relative) {
		try {
			return Paths.get(Runs.class.getResource("/runs").toURI()).resolve(relative);
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every outcome file in the directory, whatever build wrote it. */
	static Run run(String directory) {
		try {
			return OutcomeFiles.read(path(directory), Instant.EPOCH);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Baseline baseline(String file) {
		try {
			return BaselineFile.read(path(file)).orElseThrow();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> labels(List<TestResult> tests) {
		return tests.stream().map(TestResult::label).collect(Collectors.toList());
	}
}
