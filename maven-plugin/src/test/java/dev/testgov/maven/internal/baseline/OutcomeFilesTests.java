package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcome files of real Surefire and Failsafe forks, merged into one run. */
class OutcomeFilesTests {

	@Test
	void mergesASurefireAndAFailsafeFork() {
		Run run = Runs.run("shop-web/surefire-and-failsafe");

		assertThat(run.forks()).isEqualTo(2);
		assertThat(Runs.labels(run.tests())).containsExactly(
			"dev.testgov.it.shop.web.integration.CheckoutIT#showsAnEmptyBasketAsZero",
			"dev.testgov.it.shop.web.integration.CheckoutIT#showsTheBasketTotal",
			"dev.testgov.it.shop.web.unit.BasketViewTest#padsCents",
			"dev.testgov.it.shop.web.unit.BasketViewTest#showsEurosWithACommaAndCents");
		assertThat(run.tests().get(0).categories()).containsExactly("integration");
		assertThat(run.javaVersions()).hasSize(1);
		assertThat(run.testgovVersion()).isEqualTo("0.1.0-SNAPSHOT");
		assertThat(run.junitPlatformVersion()).isEqualTo("1.14.4");
		assertThat(run.notes()).isEmpty();
		assertThat(run.executed()).isEqualTo(4);
	}

	@Test
	void aBuildCountsOnlyTheFilesItWrote() throws IOException {
		Instant secondBuild = Instant.parse("2026-11-22T01:21:45Z");

		Run run = OutcomeFiles.read(Runs.path("timesheets/two-builds"), secondBuild);

		assertThat(run.forks()).isEqualTo(1);
		assertThat(run.tests()).hasSize(5);
		assertThat(run.notes()).isEmpty();
	}

	@Test
	void aGoalOnItsOwnReadsEveryBuildAndSaysSo() {
		Run run = Runs.run("timesheets/two-builds");

		assertThat(run.forks()).isEqualTo(2);
		assertThat(run.tests()).hasSize(5);
		assertThat(run.notes()).containsExactly("the outcome files come from more than one run (5 tests appear more"
				+ " than once); the newest result of each counts; run mvn clean verify for a clean comparison");
	}

	@Test
	void noDirectoryIsAnEmptyRun(@TempDir Path directory) throws IOException {
		Run run = OutcomeFiles.read(directory.resolve("target/testgov"), Instant.EPOCH);

		assertThat(run.isEmpty()).isTrue();
		assertThat(run.tests()).isEmpty();
	}

	@Test
	void gateVerdictsAreKeptOnce() {
		Run run = Runs.run("parcels/closed");

		assertThat(run.gates()).containsExactly(new GateState("requires_docker", false,
			"@RequiresDocker: Docker socket [/nonexistent.sock] does not exist; start the Docker engine or set DOCKER_HOST"));
		assertThat(Environment.of(run).docker()).isEqualTo(Environment.UNAVAILABLE);
		assertThat(run.javaVersions()).isEqualTo(Set.of(run.javaVersions().iterator().next()));
	}

	@Test
	void anotherFormatVersionIsRefusedNamingBothVersions(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("outcomes-1-1.json");
		Files.write(file, List.of("{\"format\": \"testgov-outcomes\", \"version\": 2, \"tests\": []}"), StandardCharsets.UTF_8);

		assertThatIllegalArgumentException().isThrownBy(() -> OutcomeFiles.read(directory, Instant.EPOCH))
			.withMessage("testgov: outcome file [" + file + "] has format [testgov-outcomes] version [2]; this plugin"
					+ " reads testgov-outcomes version 1; use the same testgov version for testgov-junit and"
					+ " testgov-maven-plugin");
	}
}
