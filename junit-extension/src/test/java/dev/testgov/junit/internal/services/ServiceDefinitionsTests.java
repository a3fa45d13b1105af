package dev.testgov.junit.internal.services;

import static dev.testgov.junit.internal.services.ServiceFixtures.registry;
import static dev.testgov.junit.internal.services.ServiceFixtures.write;
import static dev.testgov.junit.internal.services.ServiceFixtures.writeFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.services.ServiceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading {@code testgov-services.properties}: what a valid file declares, and every way to get it wrong. */
class ServiceDefinitionsTests {

	@TempDir
	Path directory;

	@Test
	void readsEveryAttribute() {
		write(directory, "postgres.description = PostgreSQL for the repository tests",
			"postgres.env = PGHOST, PGPASSWORD", "postgres.tcp = ${PGHOST:-localhost}:5432, [::1]:5433",
			"postgres.enable = start it with: docker compose up -d postgres",
			"search.http = http://localhost:9200/_cluster/health, https://search.test/ready",
			"search.http.status = 200, 204", "search.timeout = 500ms", "empty.description = nothing to check");

		ServiceRegistry registry = registry(directory);

		assertThat(registry.names()).containsExactly("empty", "postgres", "search");
		ServiceDefinition postgres = registry.definition("postgres");
		assertThat(postgres.description()).hasValue("PostgreSQL for the repository tests");
		assertThat(postgres.requiredVariables()).containsExactly("PGHOST", "PGPASSWORD");
		assertThat(postgres.tcpAddresses()).containsExactly("${PGHOST:-localhost}:5432", "[::1]:5433");
		assertThat(postgres.enableHint()).hasValue("start it with: docker compose up -d postgres");
		assertThat(postgres.timeout()).isEqualTo(Duration.ofSeconds(2));
		ServiceDefinition search = registry.definition("search");
		assertThat(search.httpUrls()).containsExactly(
			Map.entry("http://localhost:9200/_cluster/health", Set.of(200, 204)),
			Map.entry("https://search.test/ready", Set.of(200, 204)));
		assertThat(search.timeout()).isEqualTo(Duration.ofMillis(500));
		assertThat(registry.check("empty", ServiceFixtures.emptyEnvironment()).isAvailable()).isTrue();
	}

	@Test
	void rejectsAnUnknownAttributeNamingKeyFileAndAllowedAttributes() {
		Path file = write(directory, "postgres.tpc = localhost:5432");

		assertThatThrownBy(() -> registry(directory)).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Unknown attribute [tpc] in key [postgres.tpc] of [" + ServiceFixtures.url(file)
					+ "]; allowed attributes are [description, env, tcp, http, http.status, timeout, enable]");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"postgres = x                  | Key [postgres] in [",
		"my$db.tcp = localhost:1       | Invalid service name [my$db] in key [my$db.tcp] of [",
		"db.tcp = localhost            | Service [db] attribute [tcp] has an invalid value [localhost]: expected host:port, e.g. localhost:5432 (declared in [",
		"db.tcp = localhost:70000      | Service [db] attribute [tcp] has an invalid value [localhost:70000]: port [70000] is not a number from 1 to 65535",
		"db.tcp = localhost:0          | Service [db] attribute [tcp] has an invalid value [localhost:0]: port [0]",
		"db.tcp = ::1:5432             | Service [db] attribute [tcp] has an invalid value [::1:5432]: expected host:port",
		"db.tcp = a:1,                 | Service [db] attribute [tcp] has an invalid value [a:1,]: it has an empty entry",
		"db.tcp =                      | Service [db] attribute [tcp] has an invalid value []: it is blank",
		"db.tcp = ${PGHOST:5432        | Service [db] attribute [tcp] has an invalid value [${PGHOST:5432]: a placeholder is not closed; write ${VAR} or ${VAR:-default}",
		"db.tcp = ${1X}:5432           | Service [db] attribute [tcp] has an invalid value [${1X}:5432]: placeholder [${1X}] does not name a variable",
		"web.http = http://local host/ | Service [web] attribute [http] has an invalid value [http://local host/]: it is not a URL (Illegal character in authority)",
		"web.http = ftp://localhost/x  | Service [web] attribute [http] has an invalid value [ftp://localhost/x]: scheme [ftp] is not http or https",
		"web.http = localhost:8080     | Service [web] attribute [http] has an invalid value [localhost:8080]: scheme [localhost] is not http or https",
		"web.http = http:///health     | Service [web] attribute [http] has an invalid value [http:///health]: it has no host",
		"web.http.status = 200         | Service [web] attribute [http.status] has an invalid value [200]: there is no [web.http] URL",
		"web.timeout = fast            | Service [web] attribute [timeout] has an invalid timeout [fast]; write a positive duration such as 500ms, 2s or 1m",
		"db.env = 1PGHOST              | Service [db] attribute [env] contains an invalid variable name [1PGHOST]",
		"db.env = PGHOST, PGHOST       | Service [db] attribute [env] names the variable [PGHOST] twice",
		"db.enable =                   | Service [db] attribute [enable] has an invalid value []: it is blank",
	})
	void rejectsAMisconfigurationNamingServiceAttributeAndValue(String line, String message) {
		write(directory, line);

		assertThatThrownBy(() -> registry(directory)).isInstanceOf(GateConfigurationException.class)
			.hasMessageStartingWith(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "20", "2000", "abc", "600", "099" })
	void rejectsAStatusThatIsNotAThreeDigitNumber(String status) {
		write(directory, "web.http = http://localhost/health", "web.http.status = 200, " + status);

		assertThatThrownBy(() -> registry(directory)).isInstanceOf(GateConfigurationException.class)
			.hasMessageStartingWith("Service [web] attribute [http.status] has an invalid value [" + status
					+ "]: expected a 3-digit HTTP status, e.g. 200");
	}

	@Test
	void pointsOutAnEndOfLineCommentWhenItBrokeAValue() {
		write(directory, "db.tcp = localhost:5432   # the database");

		assertThatThrownBy(() -> registry(directory)).hasMessageEndingWith(
			"; note that a # after a value is part of the value: put comments on lines of their own");
	}

	@Test
	void rejectsAKeyWrittenTwiceInOneFile() {
		Path file = write(directory, "db.tcp = localhost:5432", "db.tcp = localhost:5433");

		assertThatThrownBy(() -> registry(directory))
			.hasMessage("Key [db.tcp] appears more than once in [" + ServiceFixtures.url(file) + "]; keep one");
	}

	@Test
	void mergesFilesOfTheSameNameAndRejectsAServiceDeclaredInTwo(@TempDir Path other) {
		Path first = write(directory, "db.tcp = localhost:5432", "search.http = http://localhost:9200/");
		Path second = write(other, "cache.tcp = localhost:6379");
		assertThat(registry(directory, other).names()).containsExactly("cache", "db", "search");

		write(other, "db.tcp = localhost:5433");
		assertThatThrownBy(() -> registry(directory, other)).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Service [db] is declared twice: in [" + ServiceFixtures.url(first) + "] and in ["
					+ ServiceFixtures.url(second) + "]; keep one declaration");
	}

	@Test
	void readsTheConfiguredFileNextToTheClasspath(@TempDir Path other) {
		write(directory, "db.tcp = localhost:5432");
		Path file = writeFile(other.resolve("extra.properties"), "cache.tcp = localhost:6379");

		ServiceRegistry registry = ServiceRegistry.load(ServiceFixtures.classpath(directory), ServiceFixtures.RESOURCE,
			Optional.of(file));

		assertThat(registry.names()).containsExactly("cache", "db");
		assertThatThrownBy(() -> registry.definition("dbs")).hasMessage("Unknown service [dbs]; declared services are "
				+ "[cache, db] (in fixture-services.properties, [" + file
				+ "] and ServiceDefinitionProvider implementations); check the name or declare it");
	}

	@Test
	void rejectsAConfiguredFileThatDoesNotExistNamingThePath() {
		Path missing = Path.of("no/such/services.properties");

		assertThatThrownBy(() -> ServiceRegistry.load(ServiceFixtures.classpath(directory), ServiceFixtures.RESOURCE,
			Optional.of(missing))).isInstanceOf(GateConfigurationException.class)
			.hasMessage("Services file [no/such/services.properties] named by [testgov.services.file] does not exist "
					+ "(resolved to [" + missing.toAbsolutePath() + "]); fix the path or remove the setting");
	}
}
