package dev.testgov.maven.internal.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.testgov.junit.Gate;

/** What the audit looks for, and which gates make each use acceptable. */
enum Usage {

	/** Testcontainers or the Docker API: {@code @RequiresDocker}. */
	DOCKER("Docker", List.of(Gate.REQUIRES_DOCKER)),

	/** {@code System.getenv}: {@code @RequiresEnv}, {@code @LiveApi} or {@code @RequiresService}. */
	ENVIRONMENT("environment", List.of(Gate.REQUIRES_ENV, Gate.LIVE_API, Gate.REQUIRES_SERVICE)),

	/** Sockets, URL connections, HTTP clients: {@code @LiveApi}, {@code @RequiresService} or {@code @RequiresDocker}. */
	NETWORK("network", List.of(Gate.LIVE_API, Gate.REQUIRES_SERVICE, Gate.REQUIRES_DOCKER));

	private final String label;
	private final List<Gate> accepted;

	Usage(String label, List<Gate> accepted) {
		this.label = label;
		this.accepted = accepted;
	}

	/** How the summary counts it: {@code Docker}, {@code environment}, {@code network}. */
	String label() {
		return label;
	}

	boolean isGatedBy(Set<Gate> gates) {
		return gates.stream().anyMatch(accepted::contains);
	}

	/** {@code @RequiresEnv, @LiveApi or @RequiresService}. */
	String acceptedGates() {
		String all = accepted.stream().map(Gate::label).collect(Collectors.joining(", "));
		int last = all.lastIndexOf(", ");
		return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
	}
}
