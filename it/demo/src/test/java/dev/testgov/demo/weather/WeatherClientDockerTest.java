package dev.testgov.demo.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The client against a stub weather API: busybox's httpd in a container, serving a canned answer. Without Docker
 * the gate skips the whole class, so {@code @BeforeAll} never tries to start the container.
 *
 * <p>The image comes from {@code -Dtestgov.demo.image} (default {@code local/busybox:1}, which testgov's CI builds
 * locally); on a machine that reaches Docker Hub, {@code -Dtestgov.demo.image=busybox:1.36} works too.
 */
@RequiresDocker
class WeatherClientDockerTest {

	private static final String BERLIN = "{\"city\":\"Berlin\",\"highCelsius\":21,\"sky\":\"sunny\"}";

	private static GenericContainer<?> api;

	@BeforeAll
	static void startStubApi() {
		api = new GenericContainer<>(DockerImageName.parse(System.getProperty("testgov.demo.image", "local/busybox:1")))
			.withCopyToContainer(Transferable.of(BERLIN), "/www/v1/forecast/Berlin")
			.withCommand("httpd", "-f", "-p", "8080", "-h", "/www")
			.withExposedPorts(8080)
			.waitingFor(Wait.forHttp("/v1/forecast/Berlin"));
		api.start();
	}

	@AfterAll
	static void stopStubApi() {
		if (api != null) {
			api.stop();
		}
	}

	private static WeatherClient client() {
		return new WeatherClient(URI.create("http://" + api.getHost() + ":" + api.getMappedPort(8080)), "demo-key");
	}

	@Test
	void fetchesTodaysForecast() throws Exception {
		assertEquals(new Forecast("Berlin", 21, "sunny"), client().today("Berlin"));
	}

	@Test
	void reportsACityWithoutForecast() {
		assertThrows(IllegalArgumentException.class, () -> client().today("Atlantis"));
	}
}
