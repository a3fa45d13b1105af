package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DockerEndpointTests {

	@Test
	void dockerHostWinsOverTheDefaultSocket() {
		DockerEndpoint endpoint = DockerEndpoint.resolve(environment(Map.of(), Map.of("DOCKER_HOST", "tcp://build-host:2375")));

		assertThat(endpoint.kind()).isEqualTo(DockerEndpoint.Kind.TCP);
		assertThat(endpoint.host()).isEqualTo("build-host");
		assertThat(endpoint.port()).isEqualTo(2375);
	}

	@Test
	void parameterWinsOverDockerHost() {
		DockerEndpoint endpoint = DockerEndpoint.resolve(environment(Map.of("testgov.docker.host", "unix:///tmp/other.sock"),
			Map.of("DOCKER_HOST", "tcp://build-host:2375")));

		assertThat(endpoint).hasToString("unix:///tmp/other.sock");
	}

	@Test
	void tlsPortIsTheDefaultWhenTlsIsVerified() {
		DockerEndpoint endpoint = DockerEndpoint.resolve(
			environment(Map.of(), Map.of("DOCKER_HOST", "tcp://build-host", "DOCKER_TLS_VERIFY", "1")));

		assertThat(endpoint.port()).isEqualTo(2376);
		assertThat(endpoint.isTls()).isTrue();
	}

	@Test
	void sshAndNamedPipesCannotBePingedNatively() {
		assertThat(DockerEndpoint.parse("ssh://me@host", false).kind()).isEqualTo(DockerEndpoint.Kind.UNSUPPORTED);
		assertThat(DockerEndpoint.parse("npipe:////./pipe/docker_engine", false).kind())
			.isEqualTo(DockerEndpoint.Kind.UNSUPPORTED);
	}

	@Test
	void blankDockerHostFallsBackToASocket() {
		DockerEndpoint endpoint = DockerEndpoint.resolve(environment(Map.of(), Map.of("DOCKER_HOST", "  ")));

		assertThat(endpoint.kind()).isEqualTo(DockerEndpoint.Kind.UNIX);
	}

	private static Environment environment(Map<String, String> parameters, Map<String, String> variables) {
		return Environment.of(key -> Optional.ofNullable(parameters.get(key)), name -> Optional.ofNullable(variables.get(name)));
	}
}
