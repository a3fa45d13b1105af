package dev.testgov.junit.internal.services;

import static dev.testgov.junit.internal.services.ServiceFixtures.emptyEnvironment;
import static dev.testgov.junit.internal.services.ServiceFixtures.registry;
import static dev.testgov.junit.internal.services.ServiceFixtures.write;
import static dev.testgov.junit.internal.services.ServiceFixtures.writeFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.services.ServiceDefinition;
import dev.testgov.junit.services.ServiceDefinitionProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services declared in Java: the builder's validation and {@link ServiceDefinitionProvider}s. */
class ServiceProvidersTests {

	@TempDir
	Path directory;

	@Test
	void mergesProvidedServicesWithTheFiles() {
		write(directory, "db.tcp = localhost:5432");
		register(FixtureProviders.Queue.class);

		ServiceRegistry registry = registry(directory);

		assertThat(registry.names()).containsExactly("db", "queue");
		ServiceStatus queue = registry.check("queue", emptyEnvironment());
		assertThat(queue.fact()).isEqualTo("service [queue] is unavailable: topic: topic [orders] does not exist");
		assertThat(queue.howToEnable()).isEqualTo("create it with: ./create-topics.sh");
	}

	@Test
	void rejectsAServiceDeclaredInAFileAndByAProviderNamingBoth() {
		Path file = write(directory, "db.tcp = localhost:5432");
		register(FixtureProviders.Db.class);

		assertThatThrownBy(() -> registry(directory)).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Service [db] is declared twice: in [" + ServiceFixtures.url(file) + "] and in [ServiceDefinitionProvider ["
					+ FixtureProviders.Db.class.getName() + "]]; keep one declaration");
	}

	@Test
	void namesTheProviderOfAMisconfiguredService() {
		register(FixtureProviders.Misconfigured.class);

		assertThatThrownBy(() -> registry(directory)).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Service [broken] attribute [tcp] has an invalid value [localhost]: expected host:port, e.g. "
					+ "localhost:5432 (declared in [ServiceDefinitionProvider [" + FixtureProviders.Misconfigured.class.getName()
					+ "]])");
	}

	@Test
	void rejectsANullServiceAndAProviderThatCannotBeLoaded() {
		register(FixtureProviders.ReturnsNull.class);
		assertThatThrownBy(() -> registry(directory)).hasMessage("ServiceDefinitionProvider ["
				+ FixtureProviders.ReturnsNull.class.getName() + "] returned null or a null service; return the definitions");

		writeFile(directory.resolve("META-INF/services/" + ServiceDefinitionProvider.class.getName()),
			"com.example.Missing");
		assertThatThrownBy(() -> registry(directory)).isInstanceOf(GateConfigurationException.class)
			.hasMessageStartingWith("A ServiceDefinitionProvider cannot be loaded: ")
			.hasMessageContaining("com.example.Missing");
	}

	@Test
	void builderValidatesEachValueAtOnce() {
		assertThatThrownBy(() -> ServiceDefinition.named("my db"))
			.hasMessage("Service name [my db] is invalid; names are letters, digits, '_' or '-'");
		ServiceDefinition.Builder web = ServiceDefinition.named("web");
		assertThatThrownBy(() -> web.http("http://localhost/health", 42)).hasMessage(
			"Service [web] attribute [http.status] has an invalid value [42]: expected a 3-digit HTTP status, e.g. 200");
		assertThatThrownBy(() -> web.timeout(Duration.ZERO))
			.hasMessage("Service [web] attribute [timeout] has an invalid value [PT0S]: write a positive duration");
		assertThatThrownBy(() -> web.description(" "))
			.hasMessage("Service [web] attribute [description] has an invalid value [ ]: it is blank; give a value or leave it out");
		web.probe("schema", java.util.Optional::empty);
		assertThatThrownBy(() -> web.probe("schema", java.util.Optional::empty))
			.hasMessage("Service [web] attribute [probe] has an invalid value [schema]: it is declared twice; declare it once");
	}

	@Test
	void builderAcceptsPlaceholdersAndBuildsAnImmutableDefinition() {
		ServiceDefinition db = ServiceDefinition.named("db").requiresVariables("PGHOST").tcp("${PGHOST}:${PGPORT:-5432}")
			.http("http://${PGHOST}/health").build();

		assertThat(db.tcpAddresses()).containsExactly("${PGHOST}:${PGPORT:-5432}");
		assertThat(db.httpUrls()).containsOnlyKeys("http://${PGHOST}/health");
		assertThat(db.timeout()).isEqualTo(ServiceDefinition.DEFAULT_TIMEOUT);
		assertThatThrownBy(() -> db.requiredVariables().add("X")).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> db.httpUrls().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	private void register(Class<? extends ServiceDefinitionProvider> provider) {
		writeFile(directory.resolve("META-INF/services/" + ServiceDefinitionProvider.class.getName()),
			provider.getName());
	}
}
