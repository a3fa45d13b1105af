package dev.testgov.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import dev.testgov.junit.internal.DockerProbe;
import dev.testgov.junit.internal.Environment;

/**
 * The Docker gate against the real engine: a container runs when the gate opens. CI runs this class with
 * {@code -Dtestgov.strict=requires_docker}, so it cannot go green by skipping.
 *
 * <p>No registry is reachable on testgov's build machines: the image is built locally by {@code .ci/run}
 * ({@code local/busybox:1}); {@code -Dtestgov.test.image} names another.
 */
@RequiresDocker
class TestcontainersDockerTests {

	private static final String IMAGE = System.getProperty("testgov.test.image", "local/busybox:1");

	@Test
	void containerRunsWhenTheGateOpens() throws Exception {
		try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(IMAGE))
			.withCommand("sh", "-c", "echo ready; sleep 60")
			.waitingFor(Wait.forLogMessage("ready\\n", 1))) {
			container.start();

			Container.ExecResult result = container.execInContainer("echo", "gate open");

			assertThat(result.getStdout()).isEqualTo("gate open\n");
		}
	}

	@Test
	void gateAgreesWithTestcontainers() {
		DockerProbe.Status status = DockerProbe.detect(Environment.system());

		assertThat(status.isAvailable()).isTrue();
		assertThat(status.fact()).endsWith("and Testcontainers can use it");
		assertThat(DockerClientFactory.instance().isDockerAvailable()).isTrue();
	}
}
