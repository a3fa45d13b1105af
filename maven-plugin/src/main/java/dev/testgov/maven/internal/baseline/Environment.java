package dev.testgov.maven.internal.baseline;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.testgov.junit.Gate;

/**
 * Where a run happened, as far as it explains its outcomes: the Java feature version, testgov's and the JUnit
 * Platform's versions, whether Docker was available, and every gate verdict.
 *
 * @param java the Java feature versions the test JVMs ran on, e.g. {@code 17}
 * @param testgov the JUnit extension's version
 * @param junitPlatform the JUnit Platform's version
 * @param docker {@code available}, {@code unavailable}, or {@code not probed} when no test asked
 * @param gates the gate verdicts, open and closed, with their reasons
 */
@JsonPropertyOrder({ "java", "testgov", "junitPlatform", "docker", "gates" })
public record Environment(String java, String testgov, String junitPlatform, String docker, List<GateState> gates) {

	public static final String AVAILABLE = "available";
	public static final String UNAVAILABLE = "unavailable";
	public static final String NOT_PROBED = "not probed";

	public Environment {
		java = java == null ? "" : java;
		docker = docker == null ? NOT_PROBED : docker;
		gates = gates == null ? List.of() : List.copyOf(gates);
	}

	/** The environment a run's outcome files describe. */
	public static Environment of(Run run) {
		Set<String> features = new TreeSet<>();
		run.javaVersions().forEach(version -> features.add(feature(version)));
		return new Environment(String.join(", ", features), run.testgovVersion(), run.junitPlatformVersion(),
			docker(run.gates()), run.gates());
	}

	private static String feature(String version) {
		try {
			return String.valueOf(Runtime.Version.parse(version).feature());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return String.valueOf(version);
		}
	}

	private static String docker(List<GateState> gates) {
		String tag = Gate.REQUIRES_DOCKER.tag();
		if (gates.stream().anyMatch(gate -> gate.gate().equals(tag) && gate.open())) {
			return AVAILABLE;
		}
		return gates.stream().anyMatch(gate -> gate.gate().equals(tag)) ? UNAVAILABLE : NOT_PROBED;
	}
}
