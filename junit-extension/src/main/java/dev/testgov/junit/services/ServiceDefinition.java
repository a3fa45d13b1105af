package dev.testgov.junit.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apiguardian.api.API;

/**
 * An immutable declaration of one service: the variables it needs, the probes that prove it is up, and how
 * to start it.
 *
 * <p>Build one with {@link #named(String)}; the attributes mirror the keys of
 * {@code testgov-services.properties}: {@code description}, {@code env} ({@link Builder#requiresVariables}),
 * {@code tcp}, {@code http} and {@code http.status}, {@code timeout}, {@code enable}
 * ({@link Builder#enableHint}), plus custom probes that only Java can declare. TCP addresses and URLs may hold
 * {@code ${VAR}} and {@code ${VAR:-default}}, resolved from system properties or environment variables
 * when the service is checked.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ServiceDefinition {

	/** The timeout of each probe when none is declared. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

	private final String name;
	private final String description;
	private final List<String> requiredVariables;
	private final List<String> tcpAddresses;
	private final Map<String, Set<Integer>> httpUrls;
	private final Duration timeout;
	private final String enableHint;
	private final Map<String, Supplier<Optional<String>>> customProbes;

	ServiceDefinition(ServiceDefinitionBuilder builder) {
		this.name = builder.name;
		this.description = builder.description;
		this.requiredVariables = List.copyOf(builder.variables);
		this.tcpAddresses = List.copyOf(builder.tcp);
		this.httpUrls = Collections.unmodifiableMap(new LinkedHashMap<>(builder.http));
		this.timeout = builder.timeout;
		this.enableHint = builder.enableHint;
		this.customProbes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.probes));
	}

	/**
	 * Starts the declaration of a service.
	 *
	 * @param name letters, digits, {@code _} or {@code -}
	 * @throws dev.testgov.junit.GateConfigurationException for any other name
	 */
	public static Builder named(String name) {
		return new ServiceDefinitionBuilder(name);
	}

	/** The name tests use in {@code @RequiresService}. */
	public String name() {
		return name;
	}

	/** What the service is, for people reading the declarations. */
	public Optional<String> description() {
		return Optional.ofNullable(description);
	}

	/** Environment variables or system properties that must be set and non-blank. */
	public List<String> requiredVariables() {
		return requiredVariables;
	}

	/** The {@code host:port} addresses to connect to, possibly holding {@code ${VAR}} placeholders. */
	public List<String> tcpAddresses() {
		return tcpAddresses;
	}

	/** The URLs to GET, each with its expected statuses; an empty set accepts any 2xx. */
	public Map<String, Set<Integer>> httpUrls() {
		return httpUrls;
	}

	/** How long each probe may take to connect, and again to answer. */
	public Duration timeout() {
		return timeout;
	}

	/** How to make the service available, used as the end of a skip reason. */
	public Optional<String> enableHint() {
		return Optional.ofNullable(enableHint);
	}

	/** Custom probes by label; each returns the missing fact, or empty when its part of the service is up. */
	public Map<String, Supplier<Optional<String>>> customProbes() {
		return customProbes;
	}

	@Override
	public String toString() {
		return "ServiceDefinition[" + name + ": env=" + requiredVariables + ", tcp=" + tcpAddresses + ", http="
				+ httpUrls.keySet() + ", probes=" + customProbes.keySet() + ", timeout=" + timeout.toMillis() + "ms]";
	}

	/**
	 * Declares a service step by step; every method validates its input at once and names the bad value.
	 *
	 * @since 0.1
	 */
	@API(status = EXPERIMENTAL, since = "0.1")
	public interface Builder {

		/** What the service is. */
		Builder description(String description);

		/** Environment variables or system properties that must be set and non-blank ({@code env}). */
		Builder requiresVariables(String... names);

		/** An address to connect to, {@code host:port} or {@code [ipv6]:port}; may hold placeholders. */
		Builder tcp(String address);

		/** An http or https URL to GET, and the statuses it must answer (none given: any 2xx). */
		Builder http(String url, int... expectedStatuses);

		/** How long each probe may take; default {@link #DEFAULT_TIMEOUT}. */
		Builder timeout(Duration timeout);

		/** How to make the service available ({@code enable}), e.g. {@code start it with: docker compose up -d db}. */
		Builder enableHint(String hint);

		/**
		 * A check of its own: the supplier returns the missing fact (e.g. {@code schema [orders] is missing}) or
		 * empty. It runs only when the required variables are set, and its answer is cached per JVM.
		 */
		Builder probe(String label, Supplier<Optional<String>> customProbe);

		/** The immutable definition. */
		ServiceDefinition build();
	}
}
