package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerProbeTests {

	@TempDir
	Path directory;

	@Test
	void testcontainersThatCannotDecideInTimeClosesTheGate() {
		DockerProbe.Status pinged = DockerProbe.Status.available(DockerEndpoint.parse("unix:///run/d.sock", false), "1.47");
		CountDownLatch never = new CountDownLatch(1);

		DockerProbe.Status status = DockerProbe.withDeadline(() -> {
			await(never);
			return pinged;
		}, pinged, Duration.ofMillis(50));

		assertThat(status.isAvailable()).isFalse();
		assertThat(status.fact()).isEqualTo("Docker answers at [unix:///run/d.sock] but Testcontainers cannot use it (it did"
				+ " not find a working Docker environment within [50 ms]; where no registry is reachable set"
				+ " TESTCONTAINERS_RYUK_DISABLED=true)");
		assertThat(status.howToEnable())
			.isEqualTo("check ~/.testcontainers.properties and the TESTCONTAINERS_* and DOCKER_* variables");
	}

	@Test
	void answerWithinTheDeadlineIsKept() {
		DockerProbe.Status pinged = DockerProbe.Status.available(DockerEndpoint.parse("unix:///run/d.sock", false), "1.47");

		assertThat(DockerProbe.withDeadline(pinged::confirmedByTestcontainers, pinged, Duration.ofSeconds(10)).fact())
			.isEqualTo("Docker is available at [unix:///run/d.sock] (API 1.47) and Testcontainers can use it");
	}

	@Test
	void resultIsCachedPerEndpoint() throws Exception {
		Path socket = directory.resolve("cached.sock");
		Environment environment = Environment.of(
			key -> java.util.Optional.ofNullable(key.equals("testgov.docker.host") ? "unix://" + socket : null),
			name -> java.util.Optional.empty());
		DockerProbe.Status before = DockerProbe.detect(environment);

		try (FakeDockerEngine engine = FakeDockerEngine.start(socket, FakeDockerEngine.Behaviour.HEALTHY)) {
			assertThat(DockerProbe.detect(environment)).isSameAs(before);
			assertThat(before.isAvailable()).isFalse();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
