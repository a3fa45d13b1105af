package dev.testgov.junit.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;

import org.apiguardian.api.API;

/**
 * Declares services in Java, for checks that a properties file cannot express.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} on the thread context class loader:
 * list the class in {@code META-INF/services/dev.testgov.junit.services.ServiceDefinitionProvider} on the
 * test classpath. Each implementation needs a public no-argument constructor. A name declared both here
 * and in {@code testgov-services.properties}, or by two providers, is a configuration error.
 *
 * <pre>{@code
 * public class OurServices implements ServiceDefinitionProvider {
 *     public Collection<ServiceDefinition> services() {
 *         return List.of(ServiceDefinition.named("postgres")
 *             .requiresVariables("PGHOST", "PGPASSWORD")
 *             .tcp("${PGHOST}:5432")
 *             .enableHint("start it with: docker compose up -d postgres")
 *             .build());
 *     }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ServiceDefinitionProvider {

	/** The services this provider declares; called once per class loader and services file setting. */
	Collection<ServiceDefinition> services();
}
