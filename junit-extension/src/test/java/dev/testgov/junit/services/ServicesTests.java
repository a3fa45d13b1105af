package dev.testgov.junit.services;

import static dev.testgov.junit.internal.services.ServiceFixtures.environment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.services.ServiceFixtures;
import dev.testgov.junit.internal.services.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public {@link Services} API over the module's test services, and the registry behind it. */
class ServicesTests {

	@Test
	void listsAndDescribesTheDeclaredServices() {
		assertThat(Services.names()).containsExactly("always", "local-port", "needs-variable");
		ServiceDefinition localPort = Services.definition("local-port");
		assertThat(localPort.tcpAddresses()).containsExactly("127.0.0.1:${TESTGOV_TEST_PORT:-1}");
		assertThat(localPort.timeout()).isEqualTo(Duration.ofMillis(500));
		assertThat(localPort.enableHint()).hasValue("listen on the port named by TESTGOV_TEST_PORT");
	}

	@Test
	void answersWhatIsMissing() {
		assertThat(Services.isAvailable("always")).isTrue();
		assertThat(Services.missingPrerequisites("always")).isEmpty();
		assertThat(Services.isAvailable("needs-variable")).isFalse();
		assertThat(Services.missingPrerequisites("needs-variable"))
			.containsExactly("environment variable or system property [TESTGOV_TEST_UNSET_VAR] is not set");
	}

	@Test
	void rejectsAnUnknownNameListingTheDeclaredOnes() {
		assertThatThrownBy(() -> Services.missingPrerequisites("alway")).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Unknown service [alway]; declared services are [always, local-port, needs-variable] "
					+ "(in testgov-services.properties and ServiceDefinitionProvider implementations); check the name or declare it");
		assertThatThrownBy(() -> Services.definition(null)).hasMessageStartingWith("Unknown service [null]; ");
	}

	@Test
	void registryChecksAgainstTheEnvironmentItIsGiven(@TempDir Path directory) throws IOException {
		ServiceFixtures.write(directory, "db.env = DB_PASSWORD", "db.tcp = 127.0.0.1:${DB_PORT}", "db.timeout = 500ms");
		ServiceRegistry registry = ServiceFixtures.registry(directory);

		try (ServerSocket db = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Environment up = environment(Map.of("DB_PORT", String.valueOf(db.getLocalPort())), Map.of("DB_PASSWORD", "s3cret"));
			assertThat(registry.check("db", up).missing()).isEmpty();
		}
		assertThat(registry.check("db", ServiceFixtures.emptyEnvironment()).missing()).containsExactly(
			"environment variable or system property [DB_PASSWORD] is not set",
			"environment variable or system property [DB_PORT] is not set");
	}

	@Test
	void cachesTheRegistryPerServicesFileSetting(@TempDir Path directory) {
		Path file = ServiceFixtures.writeFile(directory.resolve("extra.properties"), "extra.description = from a file");
		String relative = Path.of("").toAbsolutePath().relativize(file).toString();
		Environment withFile = environment(Map.of(ServiceRegistry.FILE_PARAMETER, relative), Map.of());

		ServiceRegistry registry = ServiceRegistry.current(withFile);

		assertThat(registry.names()).containsExactly("always", "extra", "local-port", "needs-variable");
		assertThat(ServiceRegistry.current(withFile)).isSameAs(registry);
		assertThat(ServiceRegistry.current(environment(Map.of(), Map.of()))).isNotSameAs(registry);
		assertThat(registry.definition("extra").description()).isEqualTo(Optional.of("from a file"));
	}
}
