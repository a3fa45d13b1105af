package dev.testgov.maven.internal.baseline;

import java.util.List;
import java.util.Set;

/**
 * A module's test run, merged from the outcome files of all its test JVMs (Surefire's and Failsafe's forks).
 *
 * @param tests every test once, sorted by id
 * @param gates the gate verdicts the JVMs observed, without repeats, in {@link GateState#ORDER}
 * @param javaVersions the Java versions the JVMs ran on
 * @param testgovVersion the extension's version, {@code unknown} when its jar has no manifest version
 * @param junitPlatformVersion the JUnit Platform's version
 * @param forks how many test JVMs wrote an outcome file
 * @param durationMillis the test JVMs' running time, added up
 * @param notes what the reader noticed about the files: outcome files from an earlier build, several runs
 */
public record Run(List<TestResult> tests, List<GateState> gates, Set<String> javaVersions, String testgovVersion,
		String junitPlatformVersion, int forks, long durationMillis, List<String> notes) {

	/** A run whose JVMs wrote nothing: no tests ran, or none was recorded. */
	public static Run empty() {
		return new Run(List.of(), List.of(), Set.of(), null, null, 0, 0, List.of());
	}

	public boolean isEmpty() {
		return forks == 0;
	}

	public long executed() {
		return tests.stream().filter(test -> test.status().executed()).count();
	}
}
