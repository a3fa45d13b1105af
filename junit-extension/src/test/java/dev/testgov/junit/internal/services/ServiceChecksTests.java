package dev.testgov.junit.internal.services;

import static dev.testgov.junit.internal.services.ServiceFixtures.emptyEnvironment;
import static dev.testgov.junit.internal.services.ServiceFixtures.environment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.services.ServiceDefinition;
import org.junit.jupiter.api.Test;

/** Checking one service: variables, placeholders, probes, custom probes, and the hint that ends the reason. */
class ServiceChecksTests {

	@Test
	void reportsMissingAndBlankVariablesBeforeProbesWithoutTheirValues() throws IOException {
		int closed = closedPort();
		ServiceDefinition db = ServiceDefinition.named("db").requiresVariables("PGHOST", "PGPASSWORD", "PGUSER")
			.tcp("127.0.0.1:" + closed).build();

		ServiceStatus status = check(db, environment(Map.of("PGUSER", "app"), Map.of("PGPASSWORD", " ")));

		assertThat(status.missing()).containsExactly("environment variable or system property [PGHOST] is not set",
			"environment variable or system property [PGPASSWORD] is blank",
			"TCP [127.0.0.1:" + closed + "] refused the connection");
		assertThat(status.howToEnable()).isEqualTo("set the missing variables and start the service (declared in services.properties)");
	}

	@Test
	void resolvesPlaceholdersFromParametersBeforeVariables() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			ServiceDefinition db = ServiceDefinition.named("db").tcp("${DB_HOST}:${DB_PORT:-1}").build();
			Environment environment = environment(Map.of("DB_PORT", String.valueOf(server.getLocalPort())),
				Map.of("DB_HOST", "127.0.0.1", "DB_PORT", "1"));

			assertThat(check(db, environment).isAvailable()).isTrue();
			assertThat(check(db, environment).fact()).isEqualTo("service [db] is available");
		}
	}

	@Test
	void usesTheDefaultForABlankVariableAndReportsAnUnresolvedOneOnce() {
		Placeholders.Resolution resolution = Placeholders.resolve("${HOST:-localhost}:${PORT:-5432}",
			environment(Map.of(), Map.of("HOST", "")));
		assertThat(resolution.value()).isEqualTo("localhost:5432");

		ServiceDefinition db = ServiceDefinition.named("db").requiresVariables("DB_HOST").tcp("${DB_HOST}:5432")
			.http("http://${DB_HOST}:${ADMIN_PORT}/health").build();
		ServiceStatus status = check(db, environment(Map.of(), Map.of("ADMIN_PORT", "")));

		assertThat(status.missing()).containsExactly("environment variable or system property [DB_HOST] is not set",
			"environment variable or system property [ADMIN_PORT] is blank");
		assertThat(status.howToEnable()).isEqualTo("set the missing variables (declared in services.properties)");
	}

	@Test
	void rejectsAnAddressThatResolvesToSomethingUnparsableWithoutShowingAResolvedUrl() {
		ServiceDefinition db = ServiceDefinition.named("db").tcp("localhost:${DB_PORT}").build();
		ServiceDefinition web = ServiceDefinition.named("web").http("${WEB_URL}").build();

		assertThatThrownBy(() -> check(db, environment(Map.of("DB_PORT", "abc"), Map.of())))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("Service [db] attribute [tcp] has an invalid value [localhost:${DB_PORT}] resolved to [localhost:abc]: "
					+ "port [abc] is not a number from 1 to 65535");
		assertThatThrownBy(() -> check(web, environment(Map.of(), Map.of("WEB_URL", "token-secret"))))
			.hasMessage("Service [web] attribute [http] has an invalid value [${WEB_URL}]: once resolved, scheme [] is not http or https");
	}

	@Test
	void runsACustomProbeOncePerJvmAndOnlyWhenTheVariablesAreSet() {
		AtomicInteger calls = new AtomicInteger();
		ServiceDefinition queue = ServiceDefinition.named("queue").requiresVariables("QUEUE_URL")
			.probe("topic", () -> {
				calls.incrementAndGet();
				return Optional.of("topic [orders] does not exist");
			}).build();

		assertThat(check(queue, emptyEnvironment()).missing())
			.containsExactly("environment variable or system property [QUEUE_URL] is not set");
		assertThat(calls).hasValue(0);
		Environment configured = environment(Map.of("QUEUE_URL", "amqp://localhost"), Map.of());
		assertThat(check(queue, configured).missing()).containsExactly("topic: topic [orders] does not exist");
		assertThat(check(queue, configured).howToEnable()).isEqualTo("start the service (declared in services.properties)");
		assertThat(calls).hasValue(1);
	}

	@Test
	void failsForACustomProbeThatThrowsOrReturnsNull() {
		ServiceDefinition throwing = ServiceDefinition.named("queue").probe("topic", () -> {
			throw new IllegalStateException("no broker");
		}).build();
		ServiceDefinition returningNull = ServiceDefinition.named("queue").probe("topic", () -> null).build();

		assertThatThrownBy(() -> check(throwing, emptyEnvironment())).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Service [queue] probe [topic] threw [IllegalStateException: no broker]; "
					+ "a probe returns the missing fact instead of throwing");
		assertThatThrownBy(() -> check(returningNull, emptyEnvironment())).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Service [queue] probe [topic] returned [null]; "
					+ "return Optional.empty() when the service is up, else the missing fact");
	}

	@Test
	void prefersTheDeclaredEnableHint() {
		ServiceDefinition db = ServiceDefinition.named("db").requiresVariables("PGPASSWORD")
			.enableHint("start it with: docker compose up -d postgres").build();

		ServiceStatus status = check(db, emptyEnvironment());

		assertThat(status.howToEnable()).isEqualTo("start it with: docker compose up -d postgres");
		assertThat(status.fact()).isEqualTo(
			"service [db] is unavailable: environment variable or system property [PGPASSWORD] is not set");
	}

	private static ServiceStatus check(ServiceDefinition definition, Environment environment) {
		return ServiceCheck.run(new DeclaredService(definition, "file:/x/services.properties", "services.properties"),
			environment);
	}

	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
