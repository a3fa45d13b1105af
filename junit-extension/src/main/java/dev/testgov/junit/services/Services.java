package dev.testgov.junit.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;

import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.services.ServiceRegistry;
import org.apiguardian.api.API;

/**
 * Asks whether a declared service is available, outside any annotation: in a {@code @BeforeAll}, an
 * assumption, or a fixture that must know what is missing.
 *
 * <p>Reads system properties and environment variables, {@code -Dtestgov.services.file} included. Probe
 * answers are cached per JVM and shared with {@link dev.testgov.junit.RequiresService @RequiresService}.
 *
 * <pre>{@code
 * assumeTrue(Services.isAvailable("search"), () -> String.join("; ", Services.missingPrerequisites("search")));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Services {

	private Services() {
	}

	/**
	 * What keeps the service from being available, one fact per item, e.g.
	 * {@code environment variable or system property [PGPASSWORD] is not set} or
	 * {@code TCP [localhost:5432] refused the connection}; empty when it is available.
	 *
	 * @throws dev.testgov.junit.GateConfigurationException for an unknown name or a misconfigured declaration
	 */
	public static List<String> missingPrerequisites(String name) {
		Environment environment = Environment.system();
		return ServiceRegistry.current(environment).check(name, environment).missing();
	}

	/**
	 * Whether nothing is missing for the service.
	 *
	 * @throws dev.testgov.junit.GateConfigurationException for an unknown name or a misconfigured declaration
	 */
	public static boolean isAvailable(String name) {
		return missingPrerequisites(name).isEmpty();
	}

	/** The names of every declared service, sorted. */
	public static Set<String> names() {
		return ServiceRegistry.current(Environment.system()).names();
	}

	/**
	 * The declaration of a service.
	 *
	 * @throws dev.testgov.junit.GateConfigurationException for an unknown name
	 */
	public static ServiceDefinition definition(String name) {
		return ServiceRegistry.current(Environment.system()).definition(name);
	}
}
